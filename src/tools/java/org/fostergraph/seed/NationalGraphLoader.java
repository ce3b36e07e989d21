package org.fostergraph.seed;

import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.fostergraph.neo4j.StoreLayout;
import org.fostergraph.schema.SchemaMigrations;
import org.fostergraph.seed.NationalGraphGenerator.CouncilGraph;
import org.fostergraph.seed.NationalGraphGenerator.Part;
import org.fostergraph.neo4j.GraphSessions;
import org.fostergraph.care.OpenPlacements;

import org.springframework.stereotype.Component;

/**
 * Writes a generated national graph into an empty database with batched {@code UNWIND ... CREATE} statements, one
 * transaction per batch, council after council. Each statement answers how many rows it wrote, and a batch that wrote
 * fewer than it was given (a row naming a node that is not there) stops the load. At the end a {@code GeneratedGraph}
 * node records the shape, the seed and how long loading took, so a benchmark can tell whether the graph it finds is the
 * one it wants.
 */
@Component
public class NationalGraphLoader {

    private static final Logger log = LoggerFactory.getLogger(NationalGraphLoader.class);
    static final int BATCH_ROWS = 10_000;

    static final String PROVIDERS = """
            UNWIND $rows AS row
            CREATE (:Provider {id: row.id, name: row.name, kind: row.kind, placeProviderCode: row.placeProviderCode})
            RETURN count(*) AS written
            """;

    static final Map<Part, String> CYPHER = new EnumMap<>(Map.ofEntries(
            Map.entry(Part.COUNCIL, """
                    UNWIND $rows AS row
                    CREATE (:LocalAuthority {code: row.code, name: row.name, region: row.region})
                    RETURN count(*) AS written
                    """),
            Map.entry(Part.LOCALITY, """
                    UNWIND $rows AS row
                    MATCH (a:LocalAuthority {code: $council})
                    CREATE (:Locality {id: row.id, name: row.name,
                            centre: point({latitude: row.latitude, longitude: row.longitude})})-[:IN]->(a)
                    RETURN count(*) AS written
                    """),
            Map.entry(Part.NEIGHBOURS, """
                    UNWIND $rows AS row
                    MATCH (l:Locality {id: row.id}), (n:Locality {id: row.neighbourId})
                    MERGE (l)-[:NEIGHBOURS]-(n)
                    RETURN count(*) AS written
                    """),
            Map.entry(Part.POSTCODE_SECTOR, """
                    UNWIND $rows AS row
                    MATCH (l:Locality {id: row.localityId})
                    CREATE (:PostcodeSector {sector: row.sector,
                            centre: point({latitude: row.latitude, longitude: row.longitude})})-[:IN]->(l)
                    RETURN count(*) AS written
                    """),
            Map.entry(Part.HOUSEHOLD, """
                    UNWIND $rows AS row
                    OPTIONAL MATCH (l:Locality {id: row.localityId})
                    OPTIONAL MATCH (p:Provider {id: row.providerId})
                    WITH row, l, p WHERE (row.localityId IS NULL OR l IS NOT NULL) AND (row.providerId IS NULL OR p IS NOT NULL)
                    CREATE (h:Household {id: row.id, council: $council, name: row.name, provision: row.provision,
                            status: row.status, statusSince: row.statusSince, postcodeSector: row.postcodeSector,
                            location: point({latitude: row.latitude, longitude: row.longitude}),
                            approvedPlaces: row.approvedPlaces, ageMin: row.ageMin, ageMax: row.ageMax,
                            approvalTypes: row.approvalTypes, bedrooms: row.bedrooms, languages: row.languages,
                            skills: row.skills, pets: row.pets})
                    FOREACH (locality IN CASE WHEN l IS NULL THEN [] ELSE [l] END | CREATE (h)-[:IN]->(locality))
                    FOREACH (provider IN CASE WHEN p IS NULL THEN [] ELSE [p] END | CREATE (h)-[:RUN_BY]->(provider))
                    RETURN count(*) AS written
                    """),
            Map.entry(Part.STATUS_CHANGE, """
                    UNWIND $rows AS row
                    MATCH (h:Household {id: row.householdId})
                    CREATE (h)-[:CHANGED_STATUS]->(:StatusChange {id: row.id, status: row.status, date: row.date})
                    RETURN count(*) AS written
                    """),
            Map.entry(Part.CARER, """
                    UNWIND $rows AS row
                    MATCH (h:Household {id: row.householdId})
                    CREATE (:Carer {id: row.id, name: row.name})-[:CARES_IN]->(h)
                    RETURN count(*) AS written
                    """),
            Map.entry(Part.SOCIAL_WORKER, """
                    UNWIND $rows AS row
                    CREATE (:SocialWorker {id: row.id, name: row.name, council: $council})
                    RETURN count(*) AS written
                    """),
            Map.entry(Part.CONSTELLATION, """
                    UNWIND $rows AS row
                    MATCH (hub:Household {id: row.hubId}), (worker:SocialWorker {id: row.liaisonWorkerId})
                    CREATE (c:Constellation {id: row.id, council: $council, name: row.name, launched: row.launched})
                    CREATE (hub)-[:HUB_OF {since: row.launched}]->(c)
                    CREATE (worker)-[:LIAISON_FOR]->(c)
                    RETURN count(*) AS written
                    """),
            Map.entry(Part.SATELLITE, """
                    UNWIND $rows AS row
                    MATCH (h:Household {id: row.householdId}), (c:Constellation {id: row.constellationId})
                    CREATE (h)-[:SATELLITE_OF {since: row.since, until: row.until}]->(c)
                    RETURN count(*) AS written
                    """),
            Map.entry(Part.CHILD, """
                    UNWIND $rows AS row
                    MATCH (home:Locality {id: row.homeLocalityId})
                    CREATE (c:Child {id: row.id, council: $council, dateOfBirth: row.dateOfBirth, sex: row.sex,
                            needs: row.needs, homePostcodeSector: row.homePostcodeSector,
                            homeLocation: point({latitude: row.homeLatitude, longitude: row.homeLongitude}),
                            schoolName: row.schoolName,
                            schoolLocation: CASE WHEN row.schoolLatitude IS NULL THEN null
                                ELSE point({latitude: row.schoolLatitude, longitude: row.schoolLongitude}) END})
                    CREATE (c)-[:HOME_IN]->(home)
                    RETURN count(*) AS written
                    """),
            Map.entry(Part.SIBLINGS, """
                    UNWIND $rows AS row
                    MATCH (a:Child {id: row.childId}), (b:Child {id: row.siblingId})
                    CREATE (a)-[:SIBLING_OF]->(b)
                    RETURN count(*) AS written
                    """),
            Map.entry(Part.PLACEMENT, """
                    UNWIND $rows AS row
                    MATCH (c:Child {id: row.childId}), (h:Household {id: row.householdId})
                    CREATE (c)-[:HAD]->(p:Placement {id: row.id, start: row.start, end: row.end, placeCode: row.placeCode,
                            providerCode: row.providerCode, weeklyCost: row.weeklyCost, endReason: row.endReason})-[:WITH]->(h)
                    SET %s
                    RETURN count(*) AS written
                    """.formatted(OpenPlacements.keys("p", "c", "row.end"))),
            Map.entry(Part.REFERRAL, """
                    UNWIND $rows AS row
                    CREATE (r:Referral {id: row.id, council: $council, received: row.received, urgency: row.urgency,
                            placementType: row.placementType, risks: []})
                    WITH r, row
                    UNWIND row.childIds AS childId
                    MATCH (c:Child {id: childId})
                    CREATE (r)-[:FOR]->(c)
                    RETURN count(*) AS written
                    """)));

    /** What a load wrote and how long it took. */
    public record Loaded(NationalGraphShape shape, Map<Part, Long> rows, long providers, Duration took) {
    }

    /**
     * The generated graph a database holds, as its marker node records it, with the relationship grouping threshold the
     * database was set to when it was loaded ({@link StoreLayout}; 50, Neo4j's default, before the marker recorded it).
     */
    public record Marker(int generatorVersion, long seed, int councils, int childrenInCare, String referenceDate,
            double loadSeconds, int relationshipGroupingThreshold) {
    }

    private final GraphSessions sessions;

    /** Takes the schema runner so that constraints and indexes exist before anything is written. */
    public NationalGraphLoader(GraphSessions sessions, SchemaMigrations schemaUpToDate) {
        this.sessions = sessions;
    }

    public Optional<Marker> marker() {
        try (Session session = sessions.open()) {
            return session.executeRead(tx -> tx.run("""
                    MATCH (g:GeneratedGraph {name: 'national'})
                    RETURN coalesce(g.generatorVersion, 1) AS version, g.seed AS seed, g.councils AS councils, g.childrenInCare AS childrenInCare,
                           toString(g.referenceDate) AS referenceDate, g.loadSeconds AS loadSeconds,
                           coalesce(g.relationshipGroupingThreshold, 50) AS relationshipGroupingThreshold
                    """).list().stream().findFirst()
                    .map(r -> new Marker(r.get("version").asInt(), r.get("seed").asLong(), r.get("councils").asInt(), r.get("childrenInCare").asInt(),
                            r.get("referenceDate").asString(), r.get("loadSeconds").asDouble(),
                            r.get("relationshipGroupingThreshold").asInt())));
        }
    }

    /** Generates and writes the whole graph; refuses a database that already holds any council data. */
    public Loaded load(NationalGraphGenerator generator) {
        long started = System.nanoTime();
        Map<Part, Long> written = new EnumMap<>(Part.class);
        try (Session session = sessions.open()) {
            if (DemoDataLoader.holdsACouncil(session)) {
                throw new SeedException("The national graph loads into an empty database only; this one already holds council data");
            }
            long providers = write(session, PROVIDERS, generator.providerRows(), null);
            int[] done = {0};
            generator.generate(council -> {
                write(session, council, written);
                if (++done[0] % 10 == 0 || done[0] == generator.shape().councils()) {
                    log.info("National graph: {} of {} councils written in {} s", done[0], generator.shape().councils(),
                            (System.nanoTime() - started) / 1_000_000_000);
                }
            });
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            NationalGraphShape shape = generator.shape();
            // What the database holds to, not what fostergraph asks of it: a server may have been started without it.
            int grouping = session.run("SHOW SETTINGS YIELD name, value WHERE name = $name RETURN value",
                    Map.of("name", StoreLayout.RELATIONSHIP_GROUPING_SETTING)).single().get("value").asString().transform(Integer::parseInt);
            session.executeWriteWithoutResult(tx -> tx.run("""
                    CREATE (:GeneratedGraph {name: 'national', generatorVersion: $version, seed: $seed, councils: $councils, childrenInCare: $children,
                            referenceDate: $day, loadSeconds: $seconds, loadedAt: datetime(), relationshipGroupingThreshold: $grouping})
                    """, Map.of("version", NationalGraphGenerator.VERSION, "seed", shape.seed(), "councils", shape.councils(), "children", shape.childrenInCare(),
                    "day", shape.referenceDate(), "seconds", took.toMillis() / 1000.0,
                    "grouping", grouping)).consume());
            log.info("National graph loaded in {} s: {} providers, {}", took.toSeconds(), providers, written);
            return new Loaded(shape, written, providers, took);
        }
    }

    private void write(Session session, CouncilGraph council, Map<Part, Long> written) {
        for (Part part : Part.values()) {
            long rows = write(session, CYPHER.get(part), council.rows(part), council.code());
            written.merge(part, rows, Long::sum);
        }
    }

    private static long write(Session session, String cypher, List<Map<String, Object>> rows, String council) {
        long total = 0;
        for (int from = 0; from < rows.size(); from += BATCH_ROWS) {
            List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + BATCH_ROWS));
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("rows", batch);
            parameters.put("council", council);
            long expected = cypher.contains("UNWIND row.childIds")
                    ? batch.stream().mapToLong(row -> ((List<?>) row.get("childIds")).size()).sum() : batch.size();
            long count = session.executeWrite(tx -> tx.run(cypher, parameters).single().get("written").asLong());
            if (count != expected) {
                throw new SeedException("National graph, council " + council + ": " + (expected - count) + " of "
                        + expected + " rows name a node that was not written");
            }
            total += batch.size();
        }
        return total;
    }
}
