package org.fostergraph.config;

import org.junit.jupiter.api.Test;

import org.fostergraph.SeededGraphTest;

class HealthTest extends SeededGraphTest {

    @Test
    void healthReportsTheNeo4jItIsConnectedTo() {
        http.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.neo4j.status").isEqualTo("UP")
                .jsonPath("$.components.neo4j.details.edition").isEqualTo("community")
                .jsonPath("$.components.neo4j.details.database").isEqualTo("neo4j");
        http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }
}
