package org.fostergraph;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Tests on a small graph each test builds for itself with Cypher, in a database that holds no demo data,
 * to pin one rule at a time. The graph is emptied (schema history kept) before every test.
 */
@TestPropertySource(properties = "fostergraph.seed.mode=never")
public abstract class HandBuiltGraphTest extends GraphQlHttpTest {

    @Autowired
    protected Neo4jClient neo4j;

    @BeforeEach
    protected void emptyTheGraph() {
        neo4j.query("MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n").run();
    }

    protected void given(String cypher) {
        neo4j.query(cypher).run();
    }

    protected void given(String cypher, Map<String, Object> parameters) {
        neo4j.query(cypher).bindAll(parameters).run();
    }

    protected long count(String cypher) {
        return neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
    }
}
