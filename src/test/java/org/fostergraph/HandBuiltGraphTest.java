package org.fostergraph;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.fostergraph.care.OpenPlacements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests on a small graph each test builds for itself with Cypher, in a database that holds no demo data,
 * to pin one rule at a time. The graph is emptied (schema history and the append-only read audit kept) before every
 * test. The graph is one council's, the test users' ({@link #COUNCIL}): records a fixture creates without a council
 * are given it, and placements the keys of the open-placement index ({@link OpenPlacements}) as every writer sets
 * them. After every test, each placement's keys must still agree with its child and its end, whatever the test
 * changed through the API: that is how each writer (start, end, move, import) is held to them.
 */
@TestPropertySource(properties = "fostergraph.seed.mode=never")
public abstract class HandBuiltGraphTest extends GraphQlHttpTest {

    @Autowired
    protected Neo4jClient neo4j;

    /** The council of the test users (application-test.yaml). */
    protected static final String COUNCIL = "DEMO";

    /** Counts the placements whose open-placement keys disagree with their child's council or their end: none, ever. */
    public static final String PLACEMENTS_WITH_STALE_KEYS = """
            MATCH (c:Child)-[:HAD]->(p:Placement)
            WHERE coalesce(p.council, '') <> coalesce(c.council, '') OR p.openUntil IS NULL
               OR p.openUntil <> coalesce(p.end, p.unknownFrom, %s)
            RETURN count(p)
            """.formatted(OpenPlacements.STILL_OPEN);

    @BeforeEach
    protected void emptyTheGraph() {
        neo4j.query("MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:AuditRecord DETACH DELETE n").run();
    }

    @AfterEach
    void placementsKeepTheirOpenPlacementKeys() {
        assertThat(count(PLACEMENTS_WITH_STALE_KEYS)).as("placements whose open-placement index keys are stale").isZero();
    }

    protected void given(String cypher) {
        given(cypher, Map.of());
    }

    protected void given(String cypher, Map<String, Object> parameters) {
        neo4j.query(cypher).bindAll(parameters).run();
        neo4j.query("""
                MATCH (n) WHERE (n:Child OR n:Household OR n:Constellation OR n:Referral OR n:SocialWorker) AND n.council IS NULL
                SET n.council = $council
                """).bind(COUNCIL).to("council").run();
        neo4j.query("MATCH (c:Child)-[:HAD]->(p:Placement) SET " + OpenPlacements.keys("p", "c", "p.end")).run();
        neo4j.query("""
                MATCH (l:Locality) WHERE NOT (l)-[:IN]->(:LocalAuthority)
                MERGE (a:LocalAuthority {code: $council}) ON CREATE SET a.name = 'Test council'
                CREATE (l)-[:IN]->(a)
                """).bind(COUNCIL).to("council").run();
    }

    protected long count(String cypher) {
        return neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
    }
}
