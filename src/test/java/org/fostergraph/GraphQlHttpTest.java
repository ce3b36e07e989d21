package org.fostergraph;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Runs the whole service on a random port, on the in-process Neo4j (or the server that a subclass points
 * {@code spring.neo4j.uri} at), and sends GraphQL over HTTP exactly as a client does. Documents live in
 * {@code src/test/resources/graphql-test/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class GraphQlHttpTest {

    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(60);

    @LocalServerPort
    private int port;

    protected HttpGraphQlTester graphQl;

    protected WebTestClient http;

    @BeforeEach
    void connectOverHttp() {
        // Generous: the first request of a JVM compiles and plans everything on a 2-core machine.
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(RESPONSE_TIMEOUT).build();
        graphQl = HttpGraphQlTester.builder(http.mutate().baseUrl("http://localhost:" + port + "/graphql"))
                .responseTimeout(RESPONSE_TIMEOUT)
                .build();
    }
}
