package org.fostergraph;

import java.time.Duration;
import java.util.Map;

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
@ActiveProfiles({"local", "test"})
public abstract class GraphQlHttpTest {

    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(60);

    @LocalServerPort
    private int port;

    protected HttpGraphQlTester graphQl;

    protected WebTestClient http;

    /** A test user with every role, for the tests of one feature; the role matrix is walked with the real users. */
    protected static final String TESTER = "tester";

    @BeforeEach
    void connectOverHttp() {
        // Generous: the first request of a JVM compiles and plans everything on a 2-core machine.
        http = as(TESTER);
        graphQl = graphQlAs(TESTER);
    }

    /** A client signed in over HTTP Basic as one of the local users (password = name). */
    protected WebTestClient as(String user) {
        return anonymous().mutate().defaultHeaders(headers -> headers.setBasicAuth(user, user)).build();
    }

    protected WebTestClient anonymous() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(RESPONSE_TIMEOUT).build();
    }

    protected HttpGraphQlTester graphQlAs(String user) {
        return graphQlOver(as(user));
    }

    protected HttpGraphQlTester graphQlOver(WebTestClient client) {
        return HttpGraphQlTester.builder(client.mutate().baseUrl("http://localhost:" + port + "/graphql"))
                .responseTimeout(RESPONSE_TIMEOUT)
                .build();
    }

    /** The first event of a subscription over GraphQL's server-sent events transport, as an API client receives it. */
    protected String firstEvent(String user, String document, Map<String, Object> variables) {
        return as(user).post().uri("/graphql").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .accept(org.springframework.http.MediaType.TEXT_EVENT_STREAM)
                .bodyValue(Map.of("query", document, "variables", variables)).exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseBody().filter(data -> !data.isBlank()).blockFirst(java.time.Duration.ofSeconds(30));
    }
}
