package org.fostergraph.provider;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;

import org.fostergraph.api.paging.PageRequest;
import org.fostergraph.neo4j.RecordValues;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Referrals sent to providers ({@code (:ProviderReferral)-[:OF]->(:Referral)}, {@code -[:TO]->(:Provider)}) and their
 * offers ({@code -[:ANSWERED_WITH]->(:Offer)-[:AT]->(:Household)}).
 */
@Repository
class ProviderReferralRepository {

    /** Every field of a sending, from {@code pr}; {@code now} and {@code today} for the child's age. */
    private static final String SENDING = """
            MATCH (pr)-[:OF]->(r:Referral), (pr)-[:TO]->(p:Provider)
            OPTIONAL MATCH (a:LocalAuthority {code: pr.council})
            RETURN pr {.id, .provider, .council, .sent, .respondBy, .status, .declineReason, .declineDetail, .closedMessage,
                       .maxDistanceMiles, providerName: p.name, providerKind: p.kind, councilName: a.name, referralId: r.id, referralClosed: r.closed,
                       urgency: r.urgency, placementType: r.placementType, risks: coalesce(r.risks, []),
                       offerId: COLLECT { MATCH (pr)-[:ANSWERED_WITH]->(o:Offer) RETURN o.id }[0],
                       homeArea: COLLECT { MATCH (r)-[:FOR]->(c:Child)-[:HOME_IN]->(l:Locality) RETURN l.name ORDER BY c.id }[0],
                       children: COLLECT { MATCH (r)-[:FOR]->(c:Child)
                                           RETURN c {.id, .sex, .needs, age: duration.between(c.dateOfBirth, $today).years}
                                           ORDER BY c.id }} AS sending
            """;

    private static final String OFFER = """
            MATCH (pr:ProviderReferral)-[:ANSWERED_WITH]->(o), (pr)-[:OF]->(r:Referral), (pr)-[:TO]->(p:Provider), (o)-[:AT]->(h:Household)
            RETURN o {.id, .council, .provider, .made, .madeBy, .start, .weeklyCore, .weeklyAdditional, .weeklyEducation,
                      .notes, .status, .closedMessage, providerName: p.name, providerKind: p.kind, providerReferralId: pr.id, referralId: r.id,
                      referralClosed: r.closed, householdId: h.id} AS offer
            """;

    private final Neo4jClient neo4j;

    ProviderReferralRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** A referral to one provider to create. */
    record NewSending(String id, String providerId, OffsetDateTime respondBy) {
    }

    void send(String referralId, List<NewSending> sendings, double maxDistanceMiles, String by, OffsetDateTime at) {
        neo4j.query("""
                MATCH (r:Referral {id: $referralId})
                UNWIND $sendings AS sending
                MATCH (p:Provider {id: sending.providerId})
                CREATE (pr:ProviderReferral {id: sending.id, council: r.council, provider: p.id, sent: $at,
                        respondBy: sending.respondBy, status: 'AWAITING', maxDistanceMiles: $maxDistanceMiles, sentBy: $by})
                CREATE (pr)-[:OF]->(r), (pr)-[:TO]->(p)
                """)
                .bindAll(Map.of("referralId", referralId, "at", at, "by", by, "maxDistanceMiles", maxDistanceMiles,
                        "sendings", sendings.stream().map(sending -> Map.<String, Object>of("id", sending.id(),
                                "providerId", sending.providerId(), "respondBy", sending.respondBy())).toList()))
                .run();
    }

    List<ProviderReferral> findByIds(Collection<String> ids, LocalDate today) {
        // No ORDER BY here: Neo4j 5.26's planner fails ("insertCachedProperties") on this projection after an index seek
        // ordered by the same property; callers order what they need.
        return sendings("MATCH (pr:ProviderReferral) WHERE pr.id IN $ids WITH pr " + SENDING,
                Map.of("ids", List.copyOf(ids), "today", today));
    }

    /** Takes the sending's write lock for the rest of the transaction. */
    Optional<ProviderReferral> lock(String id, LocalDate today) {
        return sendings("MATCH (pr:ProviderReferral {id: $id}) SET pr.version = coalesce(pr.version, 0) + 1 WITH pr " + SENDING,
                Map.of("id", id, "today", today)).stream().findFirst();
    }

    /** The sendings of each of these referrals, by referral id, each list in the order sent. */
    Map<String, List<ProviderReferral>> sendingsOf(Collection<String> referralIds, LocalDate today) {
        Map<String, List<ProviderReferral>> byReferral = new LinkedHashMap<>();
        sendings("""
                MATCH (pr:ProviderReferral)-[:OF]->(r:Referral) WHERE r.id IN $ids
                WITH pr ORDER BY pr.sent, pr.id
                """ + SENDING, Map.of("ids", List.copyOf(referralIds), "today", today))
                .forEach(sending -> byReferral.computeIfAbsent(sending.referralId(), id -> new java.util.ArrayList<>()).add(sending));
        return byReferral;
    }

    /**
     * One page of the referrals sent to these providers, the latest sent first; with {@code waitingOnly}, those still
     * awaiting an answer whose deadline has not passed and whose referral is open.
     */
    List<ProviderReferral> page(List<String> providers, boolean waitingOnly, OffsetDateTime now, LocalDate today, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("providers", providers);
        parameters.put("waitingOnly", waitingOnly);
        parameters.put("now", now);
        parameters.put("today", today);
        parameters.put("afterSent", page.isFirstPage() ? null : OffsetDateTime.parse(page.after().get(0)));
        parameters.put("afterId", page.isFirstPage() ? null : page.after().get(1));
        parameters.put("limit", page.size() + 1);
        return sendings("""
                MATCH (pr:ProviderReferral)-[:OF]->(r:Referral) WHERE pr.provider IN $providers
                  AND (NOT $waitingOnly OR (pr.status = 'AWAITING' AND pr.respondBy > $now AND r.closed IS NULL))
                  AND ($afterSent IS NULL OR pr.sent < $afterSent OR (pr.sent = $afterSent AND pr.id < $afterId))
                WITH pr ORDER BY pr.sent DESC, pr.id DESC LIMIT $limit
                """ + SENDING, parameters);
    }

    long count(List<String> providers, boolean waitingOnly, OffsetDateTime now) {
        return neo4j.query("""
                MATCH (pr:ProviderReferral)-[:OF]->(r:Referral) WHERE pr.provider IN $providers
                  AND (NOT $waitingOnly OR (pr.status = 'AWAITING' AND pr.respondBy > $now AND r.closed IS NULL))
                RETURN count(pr) AS n
                """)
                .bindAll(Map.of("providers", providers, "waitingOnly", waitingOnly, "now", now))
                .fetchAs(Long.class).mappedBy((types, row) -> row.get("n").asLong()).one().orElse(0L);
    }

    /** Sendings of these providers that the council has settled: an offer accepted, or the referral closed. */
    long settled(List<String> providers) {
        return neo4j.query("""
                MATCH (pr:ProviderReferral)-[:OF]->(r:Referral) WHERE pr.provider IN $providers
                  AND (pr.status IN ['ACCEPTED', 'CLOSED'] OR r.closed IS NOT NULL)
                RETURN count(pr) AS n
                """)
                .bind(providers).to("providers")
                .fetchAs(Long.class).mappedBy((types, row) -> row.get("n").asLong()).one().orElse(0L);
    }

    void answerWithOffer(String sendingId, Offer offer) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("sendingId", sendingId);
        parameters.put("householdId", offer.householdId());
        parameters.put("offer", Map.of("id", offer.id(), "made", offer.made(), "madeBy", offer.madeBy(), "start", offer.start(),
                "weeklyCore", offer.weeklyCore(), "weeklyAdditional", offer.weeklyAdditional(),
                "weeklyEducation", offer.weeklyEducation()));
        parameters.put("notes", offer.notes());
        neo4j.query("""
                MATCH (pr:ProviderReferral {id: $sendingId}), (h:Household {id: $householdId})
                CREATE (pr)-[:ANSWERED_WITH]->(o:Offer)-[:AT]->(h)
                SET o = $offer, o.council = pr.council, o.provider = pr.provider, o.notes = $notes, o.status = 'OPEN',
                    pr.status = 'OFFERED', pr.answeredAt = $offer.made, pr.answeredBy = $offer.madeBy
                """)
                .bindAll(parameters)
                .run();
    }

    void decline(String sendingId, String reason, String detail, String by, OffsetDateTime at) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", sendingId);
        parameters.put("reason", reason);
        parameters.put("detail", detail);
        parameters.put("by", by);
        parameters.put("at", at);
        neo4j.query("""
                MATCH (pr:ProviderReferral {id: $id})
                SET pr.status = 'DECLINED', pr.declineReason = $reason, pr.declineDetail = $detail, pr.answeredBy = $by,
                    pr.answeredAt = $at
                """)
                .bindAll(parameters)
                .run();
    }

    List<Offer> offersByIds(Collection<String> ids) {
        return offers("MATCH (o:Offer) WHERE o.id IN $ids WITH o " + OFFER, Map.of("ids", List.copyOf(ids)));
    }

    /** Takes the offer's write lock for the rest of the transaction. */
    Optional<Offer> lockOffer(String id) {
        return offers("MATCH (o:Offer {id: $id}) SET o.version = coalesce(o.version, 0) + 1 WITH o " + OFFER,
                Map.of("id", id)).stream().findFirst();
    }

    /** The offers made for each of these referrals, by referral id. */
    Map<String, List<Offer>> offersOf(Collection<String> referralIds) {
        Map<String, List<Offer>> byReferral = new LinkedHashMap<>();
        offers("""
                MATCH (r:Referral)<-[:OF]-(:ProviderReferral)-[:ANSWERED_WITH]->(o:Offer) WHERE r.id IN $ids
                WITH o ORDER BY o.made, o.id
                """ + OFFER, Map.of("ids", List.copyOf(referralIds)))
                .forEach(offer -> byReferral.computeIfAbsent(offer.referralId(), id -> new java.util.ArrayList<>()).add(offer));
        return byReferral;
    }

    /**
     * The offer is accepted; every other open offer and unanswered sending of its referral is closed with the message.
     */
    void accept(Offer offer, String message, String by, OffsetDateTime at) {
        neo4j.query("""
                MATCH (accepted:Offer {id: $offerId})<-[:ANSWERED_WITH]-(chosen:ProviderReferral)-[:OF]->(r:Referral)
                SET accepted.status = 'ACCEPTED', accepted.acceptedBy = $by, accepted.acceptedAt = $at, chosen.status = 'ACCEPTED'
                WITH r, chosen
                CALL (r, chosen) {
                  MATCH (r)<-[:OF]-(other:ProviderReferral) WHERE other <> chosen AND other.status IN ['AWAITING', 'OFFERED']
                  OPTIONAL MATCH (other)-[:ANSWERED_WITH]->(o:Offer {status: 'OPEN'})
                  SET other.status = 'CLOSED', other.closedMessage = $message, o.status = 'CLOSED', o.closedMessage = $message
                }
                """)
                .bindAll(Map.of("offerId", offer.id(), "message", message, "by", by, "at", at))
                .run();
    }

    /** The providers running each of these homes, by home id. */
    Map<String, ProviderSummary> providersOf(Collection<String> householdIds) {
        Map<String, ProviderSummary> byHome = new HashMap<>();
        neo4j.query("""
                MATCH (h:Household)-[:RUN_BY]->(p:Provider) WHERE h.id IN $ids
                RETURN h.id AS householdId, p.id AS id, p.name AS name, p.kind AS kind
                """)
                .bind(List.copyOf(householdIds)).to("ids")
                .fetch().all()
                .forEach(row -> byHome.put((String) row.get("householdId"),
                        new ProviderSummary((String) row.get("id"), (String) row.get("name"), (String) row.get("kind"))));
        return byHome;
    }

    /** The homes of these providers on the council's list (every council's when {@code council} is null), by name. */
    List<String> homesOf(Collection<String> providers, String council) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("providers", List.copyOf(providers));
        parameters.put("council", council);
        return neo4j.query("""
                MATCH (h:Household)-[:RUN_BY]->(p:Provider) WHERE p.id IN $providers AND ($council IS NULL OR h.council = $council)
                RETURN h.id AS id ORDER BY h.name, h.id
                """)
                .bindAll(parameters)
                .fetchAs(String.class).mappedBy((types, row) -> row.get("id").asString())
                .all().stream().toList();
    }

    private List<ProviderReferral> sendings(String cypher, Map<String, Object> parameters) {
        return neo4j.query(cypher).bindAll(parameters)
                .fetchAs(ProviderReferral.class).mappedBy((types, row) -> sending(row.get("sending")))
                .all().stream().toList();
    }

    private List<Offer> offers(String cypher, Map<String, Object> parameters) {
        return neo4j.query(cypher).bindAll(parameters)
                .fetchAs(Offer.class).mappedBy((types, row) -> offer(row.get("offer")))
                .all().stream().toList();
    }

    private static ProviderReferral sending(Value v) {
        List<SharedChild> children = v.get("children").asList(child -> new SharedChild(child.get("age").asInt(),
                child.get("sex").asString(), RecordValues.strings(child.get("needs"))));
        List<String> childIds = v.get("children").asList(child -> child.get("id").asString());
        return new ProviderReferral(v.get("id").asString(), new ProviderSummary(v.get("provider").asString(),
                v.get("providerName").asString(), v.get("providerKind").asString()),
                v.get("council").asString(), RecordValues.string(v.get("councilName")), v.get("referralId").asString(), childIds,
                time(v.get("sent")), time(v.get("respondBy")), SendingStatus.valueOf(v.get("status").asString()),
                RecordValues.string(v.get("declineReason")), RecordValues.string(v.get("declineDetail")),
                RecordValues.string(v.get("closedMessage")), RecordValues.date(v.get("referralClosed")),
                v.get("urgency").asString(), RecordValues.string(v.get("placementType")), v.get("risks").asList(Value::asString),
                RecordValues.string(v.get("homeArea")),
                v.get("maxDistanceMiles").asDouble(), children, RecordValues.string(v.get("offerId")));
    }

    private static Offer offer(Value v) {
        return new Offer(v.get("id").asString(), v.get("council").asString(), new ProviderSummary(v.get("provider").asString(),
                v.get("providerName").asString(), v.get("providerKind").asString()), v.get("providerReferralId").asString(), v.get("referralId").asString(),
                v.get("householdId").asString(), time(v.get("made")), RecordValues.string(v.get("madeBy")),
                v.get("start").asLocalDate(), v.get("weeklyCore").asDouble(), v.get("weeklyAdditional").asDouble(),
                v.get("weeklyEducation").asDouble(), RecordValues.string(v.get("notes")), v.get("status").asString(),
                RecordValues.string(v.get("closedMessage")), RecordValues.date(v.get("referralClosed")), null);
    }

    private static OffsetDateTime time(Value value) {
        return value.isNull() ? null : value.asZonedDateTime().toOffsetDateTime();
    }
}
