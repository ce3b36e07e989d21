package org.fostergraph.ssda903;

import org.testcontainers.junit.jupiter.Testcontainers;

import org.fostergraph.Neo4jServerContainer;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same tests against a Neo4j 5.26 server in a container; skipped where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
class Ssda903ImportOnNeo4jServerTest extends Ssda903ImportTest {

    @DynamicPropertySource
    static void neo4jServer(DynamicPropertyRegistry registry) {
        Neo4jServerContainer.connect(registry, Neo4jServerContainer.Use.HAND_BUILT);
    }
}
