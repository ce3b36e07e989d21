package org.fostergraph;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Tests on a small graph each test builds for itself with Cypher, in a database that holds no demo data,
 * to pin one rule at a time. The graph is emptied (schema history and the append-only read audit kept) before every
 * test. The graph is one council's, the test users' ({@link #COUNCIL}): records a fixture creates without a council
 * are given it.
 */
@TestPropertySource(properties = "fostergraph.seed.mode=never")
public abstract class HandBuiltGraphTest extends GraphQlHttpTest {

    @Autowired
    protected Neo4jClient neo4j;

    /** The council of the test users (application-test.yaml). */
    protected static final String COUNCIL = "DEMO";

    @BeforeEach
    protected void emptyTheGraph() {
        neo4j.query("MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:AuditRecord DETACH DELETE n").run();
    }

    protected void given(String cypher) {
        given(cypher, Map.of());
    }

    protected void given(String cypher, Map<String, Object> parameters) {
        neo4j.query(cypher).bindAll(parameters).run();
        neo4j.query("""
                MATCH (n) WHERE (n:Child OR n:Household OR n:Constellation OR n:Referral) AND n.council IS NULL
                SET n.council = $council
                """).bind(COUNCIL).to("council").run();
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
