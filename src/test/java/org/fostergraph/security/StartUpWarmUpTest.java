package org.fostergraph.security;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.fostergraph.SeededGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up warm-up (off in the tests' profile, run here on purpose): it asks what the fostering team's and the
 * commissioner's pages ask, as a user of the council would see it, and leaves no trace: no audited read, no change,
 * no caller left on the thread.
 */
class StartUpWarmUpTest extends SeededGraphTest {

    @Autowired
    private StartUpWarmUp warmUp;

    @Autowired
    private Neo4jClient neo4j;

    @Autowired
    private HttpWarmUp httpWarmUp;

    @Autowired
    private WarmUpPass pass;

    @LocalServerPort
    private int port;

    @Test
    void readsWhatAUserOfTheCouncilWouldAndWritesNothing() {
        String before = graphState();

        int[] done = warmUp.warmUp(2, Long.MAX_VALUE);

        // Each round: the constellations, three of their households, the reports.
        assertThat(done).containsExactly(2, 10);
        assertThat(graphState()).isEqualTo(before);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void itsCallerSeesTheCouncilsConstellationsAsTheFosteringTeamDoes() {
        int seenByFostering = graphQlAs("fostering").document("{ constellations(first: 100) { totalCount } }").execute()
                .errors().verify().path("constellations.totalCount").entity(Integer.class).get();
        SecurityContextHolder.getContext().setAuthentication(new CallerToken(new Caller(StartUpWarmUp.CALLER_NAME,
                java.util.EnumSet.of(Role.FOSTERING, Role.COMMISSIONER), java.util.Set.of("DEMO")), null));
        try {
            Map<String, Object> data = warmUp.ask("WarmUpConstellations", Map.of()).getData();
            assertThat(((Map<?, ?>) data.get("constellations")).get("totalCount")).isEqualTo(seenByFostering).isEqualTo(3);
        }
        finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void overHttpItsRequestsAreAnsweredAndWriteNothing() {
        String before = graphState();
        Caller caller = warmUp.internalCaller().orElseThrow();

        // Two of each of its six requests: the pings, the reports and the constellations.
        assertThat(httpWarmUp.warmUp(port, caller, 12, Long.MAX_VALUE)).isEqualTo(12);
        assertThat(graphState()).isEqualTo(before);
    }

    @Test
    void itsKeySignsInOnlyOnGraphQlAndOnlyUntilTheWarmUpEnds() {
        String document = "{\"query\": \"{ constellations(first: 100) { totalCount } }\"}";
        String key = pass.open(warmUp.internalCaller().orElseThrow());
        try {
            anonymous().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).header(WarmUpPass.HEADER, key)
                    .bodyValue(document).exchange()
                    .expectStatus().isOk().expectBody().jsonPath("$.data.constellations.totalCount").isEqualTo(3);
            anonymous().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                    .header(WarmUpPass.HEADER, key.substring(1) + "A").bodyValue(document).exchange()
                    .expectStatus().isUnauthorized();
            anonymous().get().uri("/api/reports/forecast.csv").header(WarmUpPass.HEADER, key).exchange()
                    .expectStatus().isUnauthorized();
        }
        finally {
            pass.close();
        }
        anonymous().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).header(WarmUpPass.HEADER, key)
                .bodyValue(document).exchange()
                .expectStatus().isUnauthorized();
    }

    /** Every node's labels and every relationship's type, counted: what any write would change. */
    private String graphState() {
        return neo4j.query("""
                CALL () { MATCH (n) UNWIND labels(n) AS label RETURN label AS kind, count(*) AS n
                          UNION ALL MATCH ()-[r]->() RETURN type(r) AS kind, count(*) AS n }
                RETURN kind + ' ' + n AS row ORDER BY row
                """).fetchAs(String.class).all().toString();
    }
}
