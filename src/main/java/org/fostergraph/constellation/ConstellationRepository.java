package org.fostergraph.constellation;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;

import org.fostergraph.security.Scope;
import org.fostergraph.care.Distances;
import org.fostergraph.geo.GeoPoint;
import org.fostergraph.api.paging.PageRequest;
import org.fostergraph.neo4j.BatchResults;
import org.fostergraph.neo4j.RecordValues;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class ConstellationRepository {

    private static final String CONSTELLATION_PROJECTION = """
            OPTIONAL MATCH (worker:SocialWorker)-[:LIAISON_FOR]->(c)
            RETURN c {.id, .name, .launched, .council, hubId: hub.id, localityId: locality.id,
                      satelliteIds: COLLECT { MATCH (s:Household)-[m:SATELLITE_OF]->(c) WHERE m.until IS NULL
                                              RETURN s.id ORDER BY s.name, s.id },
                      liaisonWorker: worker {.id, .name}} AS constellation
            """;

    private final Neo4jClient neo4j;

    ConstellationRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** Up to {@code page.size() + 1} constellations by name after the page's cursor. */
    List<Constellation> findPage(Scope scope, String localityId, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("localityId", localityId);
        parameters.put("afterName", page.isFirstPage() ? null : page.after().get(0));
        parameters.put("afterId", page.isFirstPage() ? null : page.after().get(1));
        parameters.put("limit", page.size() + 1);
        parameters.put("councils", scope.councils());
        return neo4j.query("""
                MATCH (hub:Household)-[:HUB_OF]->(c:Constellation) WHERE c.council IN $councils
                OPTIONAL MATCH (hub)-[:IN]->(locality:Locality)
                WITH c, hub, locality
                WHERE ($localityId IS NULL OR locality.id = $localityId)
                  AND ($afterName IS NULL OR c.name > $afterName OR (c.name = $afterName AND c.id > $afterId))
                ORDER BY c.name, c.id
                LIMIT $limit
                """ + CONSTELLATION_PROJECTION)
                .bindAll(parameters)
                .fetchAs(Constellation.class).mappedBy((types, row) -> toConstellation(row.get("constellation")))
                .all().stream().toList();
    }

    long count(Scope scope, String localityId) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("localityId", localityId);
        parameters.put("councils", scope.councils());
        return neo4j.query("""
                MATCH (hub:Household)-[:HUB_OF]->(c:Constellation) WHERE c.council IN $councils
                OPTIONAL MATCH (hub)-[:IN]->(locality:Locality)
                WITH c, locality WHERE $localityId IS NULL OR locality.id = $localityId
                RETURN count(DISTINCT c) AS total
                """)
                .bindAll(parameters)
                .fetchAs(Long.class).mappedBy((types, row) -> row.get("total").asLong())
                .one().orElse(0L);
    }

    List<Constellation> findByIds(Collection<String> ids) {
        return neo4j.query("""
                MATCH (hub:Household)-[:HUB_OF]->(c:Constellation) WHERE c.id IN $ids
                OPTIONAL MATCH (hub)-[:IN]->(locality:Locality)
                WITH c, hub, locality
                """ + CONSTELLATION_PROJECTION)
                .bind(List.copyOf(ids)).to("ids")
                .fetchAs(Constellation.class).mappedBy((types, row) -> toConstellation(row.get("constellation")))
                .all().stream().toList();
    }

    Optional<Constellation> lock(String id) {
        return neo4j.query("""
                MATCH (hub:Household)-[:HUB_OF]->(c:Constellation {id: $id})
                SET c.version = coalesce(c.version, 0) + 1
                WITH c, hub
                OPTIONAL MATCH (hub)-[:IN]->(locality:Locality)
                WITH c, hub, locality
                """ + CONSTELLATION_PROJECTION)
                .bind(id).to("id")
                .fetchAs(Constellation.class).mappedBy((types, row) -> toConstellation(row.get("constellation")))
                .one();
    }

    boolean socialWorkerExists(String id) {
        return neo4j.query("MATCH (w:SocialWorker {id: $id}) RETURN count(w) > 0 AS found").bind(id).to("id")
                .fetchAs(Boolean.class).mappedBy((types, row) -> row.get("found").asBoolean()).one().orElse(false);
    }

    void create(String id, ConstellationCommands.CreateConstellation command, String by, ZonedDateTime at) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        parameters.put("name", command.name().strip());
        parameters.put("launched", command.launched());
        parameters.put("hubId", command.hubId());
        parameters.put("workerId", command.liaisonWorkerId());
        parameters.put("by", by);
        parameters.put("at", at);
        neo4j.query("""
                MATCH (hub:Household {id: $hubId})
                CREATE (hub)-[:HUB_OF {since: $launched, addedBy: $by, addedAt: $at}]->
                       (c:Constellation {id: $id, council: hub.council, name: $name, launched: $launched, createdBy: $by, createdAt: $at})
                WITH c
                OPTIONAL MATCH (worker:SocialWorker {id: $workerId})
                FOREACH (w IN CASE WHEN worker IS NULL THEN [] ELSE [worker] END | CREATE (w)-[:LIAISON_FOR]->(c))
                """)
                .bindAll(parameters)
                .run();
    }

    void addSatellite(String constellationId, String householdId, LocalDate since, String by, ZonedDateTime at) {
        neo4j.query("""
                MATCH (c:Constellation {id: $constellationId}), (h:Household {id: $householdId})
                CREATE (h)-[:SATELLITE_OF {since: $since, addedBy: $by, addedAt: $at}]->(c)
                """)
                .bindAll(Map.of("constellationId", constellationId, "householdId", householdId, "since", since,
                        "by", by, "at", at))
                .run();
    }

    /** Ends a household's current membership on {@code until}; the membership stays as history. */
    void removeSatellite(String constellationId, String householdId, LocalDate until, String reason, String by,
            ZonedDateTime at) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("constellationId", constellationId);
        parameters.put("householdId", householdId);
        parameters.put("until", until);
        parameters.put("reason", reason);
        parameters.put("by", by);
        parameters.put("at", at);
        neo4j.query("""
                MATCH (:Household {id: $householdId})-[m:SATELLITE_OF]->(:Constellation {id: $constellationId})
                WHERE m.until IS NULL
                SET m.until = $until, m.reason = $reason, m.removedBy = $by, m.removedAt = $at
                """)
                .bindAll(parameters)
                .run();
    }

    Optional<LocalDate> currentMembershipSince(String constellationId, String householdId) {
        return neo4j.query("""
                MATCH (:Household {id: $householdId})-[m:SATELLITE_OF]->(:Constellation {id: $constellationId})
                WHERE m.until IS NULL
                RETURN m.since AS since
                """)
                .bindAll(Map.of("constellationId", constellationId, "householdId", householdId))
                .fetchAs(LocalDate.class).mappedBy((types, row) -> row.get("since").asLocalDate())
                .one();
    }

    void recordEvent(String id, ConstellationCommands.RecordConstellationEvent command, String by, ZonedDateTime at) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        parameters.put("constellationId", command.constellationId());
        parameters.put("kind", command.kind().name());
        parameters.put("date", command.date());
        parameters.put("attending", command.householdsAttending());
        parameters.put("note", command.note());
        parameters.put("by", by);
        parameters.put("at", at);
        neo4j.query("""
                MATCH (c:Constellation {id: $constellationId})
                CREATE (c)<-[:OF]-(:ConstellationEvent {id: $id, kind: $kind, date: $date, householdsAttending: $attending,
                        note: $note, recordedBy: $by, recordedAt: $at})
                """)
                .bindAll(parameters)
                .run();
    }

    void recordSleepover(String id, String hubId, ConstellationCommands.RecordSleepover command, String by, ZonedDateTime at) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        parameters.put("hubId", hubId);
        parameters.put("childId", command.childId());
        parameters.put("kind", command.kind().name());
        parameters.put("urgency", command.urgency().name());
        parameters.put("start", command.start());
        parameters.put("end", command.start().plusDays(command.nights()));
        parameters.put("nights", command.nights());
        parameters.put("by", by);
        parameters.put("at", at);
        neo4j.query("""
                MATCH (hub:Household {id: $hubId}), (child:Child {id: $childId})
                CREATE (hub)<-[:AT]-(:Sleepover {id: $id, kind: $kind, urgency: $urgency, start: $start, end: $end,
                        nights: $nights, recordedBy: $by, recordedAt: $at})-[:FOR]->(child)
                """)
                .bindAll(parameters)
                .run();
    }

    Map<String, List<ConstellationEvent>> events(Collection<String> constellationIds) {
        var rows = neo4j.query("""
                MATCH (c:Constellation)<-[:OF]-(e:ConstellationEvent) WHERE c.id IN $ids
                RETURN c.id AS constellationId, e ORDER BY e.date DESC, e.id
                """)
                .bind(List.copyOf(constellationIds)).to("ids")
                .fetchAs(ConstellationEvent.class)
                .mappedBy((types, row) -> {
                    Value e = row.get("e");
                    return new ConstellationEvent(e.get("id").asString(), row.get("constellationId").asString(),
                            e.get("kind").asString(), e.get("date").asLocalDate(), RecordValues.integer(e.get("householdsAttending")),
                            RecordValues.string(e.get("note")));
                })
                .all();
        return BatchResults.group(rows, ConstellationEvent::constellationId, event -> event);
    }

    /** Sleepovers at each constellation's hub that end after {@code from}, soonest first. */
    Map<String, List<Sleepover>> sleepovers(Collection<String> constellationIds, LocalDate from) {
        var rows = neo4j.query("""
                MATCH (c:Constellation)<-[:HUB_OF]-(hub:Household)<-[:AT]-(s:Sleepover)-[:FOR]->(child:Child)
                WHERE c.id IN $ids AND s.end > $from
                RETURN c.id AS constellationId, hub.id AS hubId, child.id AS childId, s ORDER BY s.start, s.id
                """)
                .bindAll(Map.of("ids", List.copyOf(constellationIds), "from", from))
                .fetchAs(Sleepover.class)
                .mappedBy((types, row) -> {
                    Value s = row.get("s");
                    return new Sleepover(s.get("id").asString(), row.get("constellationId").asString(),
                            row.get("hubId").asString(), row.get("childId").asString(), s.get("kind").asString(),
                            s.get("urgency").asString(), s.get("start").asLocalDate(), s.get("nights").asInt(),
                            s.get("end").asLocalDate());
                })
                .all();
        return BatchResults.group(rows, Sleepover::constellationId, sleepover -> sleepover);
    }

    private static Constellation toConstellation(Value c) {
        Value worker = c.get("liaisonWorker");
        return new Constellation(c.get("id").asString(), c.get("name").asString(), RecordValues.date(c.get("launched")),
                c.get("hubId").asString(), RecordValues.string(c.get("localityId")), RecordValues.strings(c.get("satelliteIds")),
                worker.isNull() ? null : new SocialWorker(worker.get("id").asString(), worker.get("name").asString()),
                RecordValues.string(c.get("council")));
    }

    /** Approved in-house fostering households within {@code metres} of each hub that are in no constellation, nearest first. */
    List<GrowthCandidate> growthCandidates(Collection<String> constellationIds, double metres) {
        return neo4j.query("""
                MATCH (hub:Household)-[:HUB_OF]->(c:Constellation) WHERE c.id IN $ids AND hub.location IS NOT NULL
                MATCH (h:Household {council: c.council, provision: 'IN_HOUSE_FOSTERING', status: 'APPROVED'})
                WHERE h.location IS NOT NULL AND point.distance(h.location, hub.location) <= $metres
                  AND NOT (h)-[:HUB_OF]->(:Constellation)
                  AND NOT EXISTS { (h)-[m:SATELLITE_OF]->(:Constellation) WHERE m.until IS NULL }
                WITH c, h, point.distance(h.location, hub.location) AS metres
                RETURN c.id AS constellationId, h.id AS householdId, metres / $metresPerMile AS miles
                ORDER BY constellationId, miles, householdId
                """)
                .bindAll(Map.of("ids", List.copyOf(constellationIds), "metres", metres, "metresPerMile", Distances.METRES_PER_MILE))
                .fetchAs(GrowthCandidate.class)
                .mappedBy((types, row) -> new GrowthCandidate(row.get("constellationId").asString(),
                        row.get("householdId").asString(), row.get("miles").asDouble()))
                .all().stream().toList();
    }

    /** The caller's councils' localities where no constellation has its hub, by name. */
    List<String> localitiesWithoutConstellation(Scope scope) {
        return neo4j.query("""
                MATCH (l:Locality)-[:IN]->(a:LocalAuthority) WHERE a.code IN $councils
                  AND NOT EXISTS { MATCH (l)<-[:IN]-(:Household)-[:HUB_OF]->(:Constellation) }
                RETURN DISTINCT l.id AS id, l.name AS name ORDER BY name, id
                """)
                .bind(scope.councils()).to("councils")
                .fetchAs(String.class).mappedBy((types, row) -> row.get("id").asString())
                .all().stream().toList();
    }
}
