package org.fostergraph.referral;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;

import org.fostergraph.security.Scope;
import org.fostergraph.api.paging.PageRequest;
import org.fostergraph.neo4j.RecordValues;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class ReferralRepository {

    private static final String PROJECTION = """
            RETURN r {.id, .council, .received, .urgency, .placementType, .closed, .outcome, risks: coalesce(r.risks, []),
                      childIds: COLLECT { MATCH (r)-[:FOR]->(c:Child) RETURN c.id ORDER BY c.id }} AS referral
            """;

    private final Neo4jClient neo4j;

    ReferralRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    List<Referral> findByIds(Collection<String> ids) {
        return fetch("MATCH (r:Referral) WHERE r.id IN $ids " + PROJECTION, Map.of("ids", List.copyOf(ids)));
    }

    /** Takes the referral's write lock for the rest of the transaction. */
    Optional<Referral> lock(String id) {
        return fetch("MATCH (r:Referral {id: $id}) SET r.version = coalesce(r.version, 0) + 1 WITH r " + PROJECTION,
                Map.of("id", id)).stream().findFirst();
    }

    /** The open referral each of these children is in, by child id (a child waits in one referral at a time). */
    Map<String, String> openReferralsOf(Collection<String> childIds) {
        Map<String, String> open = new HashMap<>();
        neo4j.query("""
                MATCH (r:Referral)-[:FOR]->(c:Child) WHERE c.id IN $ids AND r.closed IS NULL
                RETURN c.id AS childId, r.id AS referralId
                """)
                .bind(List.copyOf(childIds)).to("ids")
                .fetch().all()
                .forEach(row -> open.put((String) row.get("childId"), (String) row.get("referralId")));
        return open;
    }

    void open(String id, ReferralCommands.OpenReferral command, String by, ZonedDateTime at) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        parameters.put("childIds", command.childIds());
        parameters.put("received", command.received());
        parameters.put("urgency", command.urgency());
        parameters.put("placementType", command.placementType());
        parameters.put("risks", command.risks() == null ? List.of() : command.risks());
        parameters.put("by", by);
        parameters.put("at", at);
        neo4j.query("""
                CREATE (r:Referral {id: $id, received: $received, urgency: $urgency, placementType: $placementType,
                                    risks: $risks, openedBy: $by, openedAt: $at})
                WITH r
                UNWIND $childIds AS childId
                MATCH (c:Child {id: childId})
                CREATE (r)-[:FOR]->(c)
                SET r.council = c.council
                """)
                .bindAll(parameters)
                .run();
    }

    void close(String id, LocalDate date, String outcome, String by, ZonedDateTime at) {
        neo4j.query("""
                MATCH (r:Referral {id: $id})
                SET r.closed = $date, r.outcome = $outcome, r.closedBy = $by, r.closedAt = $at
                """)
                .bindAll(Map.of("id", id, "date", date, "outcome", outcome, "by", by, "at", at))
                .run();
    }

    /** One page of referrals, oldest received first (the longest wait first), open ones only when asked. */
    List<Referral> page(Scope scope, boolean openOnly, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("openOnly", openOnly);
        parameters.put("afterReceived", page.isFirstPage() ? null : LocalDate.parse(page.after().get(0)));
        parameters.put("afterId", page.isFirstPage() ? null : page.after().get(1));
        parameters.put("limit", page.size() + 1);
        parameters.put("councils", scope.councils());
        return fetch("""
                MATCH (r:Referral) WHERE (NOT $openOnly OR r.closed IS NULL) AND r.council IN $councils
                  AND ($afterReceived IS NULL OR r.received > $afterReceived OR (r.received = $afterReceived AND r.id > $afterId))
                WITH r ORDER BY r.received, r.id LIMIT $limit
                """ + PROJECTION, parameters);
    }

    long count(Scope scope, boolean openOnly) {
        return neo4j.query("MATCH (r:Referral) WHERE (NOT $openOnly OR r.closed IS NULL) AND r.council IN $councils RETURN count(r) AS n")
                .bind(openOnly).to("openOnly").bind(scope.councils()).to("councils")
                .fetchAs(Long.class).mappedBy((types, row) -> row.get("n").asLong()).one().orElse(0L);
    }

    /** The children of referrals open on the day: received on or before it and not closed by then. */
    List<ReferredChild> childrenWaitingOn(Scope scope, LocalDate day) {
        return neo4j.query("""
                MATCH (r:Referral)-[:FOR]->(c:Child)
                WHERE c.council IN $councils AND r.received <= $day AND (r.closed IS NULL OR r.closed > $day)
                WITH DISTINCT c
                OPTIONAL MATCH (c)-[:HOME_IN]->(home:Locality)
                RETURN c.id AS childId, home.id AS localityId, c.dateOfBirth AS dateOfBirth
                ORDER BY childId
                """)
                .bind(day).to("day").bind(scope.councils()).to("councils")
                .fetchAs(ReferredChild.class)
                .mappedBy((types, row) -> new ReferredChild(row.get("childId").asString(), RecordValues.string(row.get("localityId")),
                        row.get("dateOfBirth").asLocalDate()))
                .all().stream().toList();
    }

    private List<Referral> fetch(String cypher, Map<String, Object> parameters) {
        return neo4j.query(cypher)
                .bindAll(parameters)
                .fetchAs(Referral.class)
                .mappedBy((types, row) -> referral(row.get("referral")))
                .all().stream().toList();
    }

    private static Referral referral(Value value) {
        return new Referral(value.get("id").asString(), value.get("received").asLocalDate(), value.get("urgency").asString(),
                RecordValues.string(value.get("placementType")), value.get("risks").asList(Value::asString),
                RecordValues.date(value.get("closed")),
                RecordValues.string(value.get("outcome")), value.get("childIds").asList(Value::asString),
                RecordValues.string(value.get("council")));
    }
}
