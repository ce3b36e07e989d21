package org.fostergraph.security;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.fostergraph.AuditedReads;
import org.junit.jupiter.api.Test;

import org.fostergraph.SeededGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;

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
    private MadeUpCouncil madeUpCouncil;

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

        // Each round: the constellations, three of their households, the reports; then the made-up council's
        // constellations, one of its households and its children.
        assertThat(done).containsExactly(2, 16);
        assertThat(graphState()).isEqualTo(before);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void asksAboutChildrenOnlyOfACouncilMadeUpForItAndRolledBackWithTheirAudit() {
        String before = graphState();

        Map<String, Object> seen = madeUpCouncil.readRolledBack((caller, households) -> {
            SecurityContextHolder.getContext().setAuthentication(new CallerToken(caller, null));
            try {
                Map<String, Object> children = warmUp.ask(MadeUpCouncil.DOCUMENT, "MadeUpChildren", Map.of()).getData();
                Map<String, Object> household = warmUp.ask(MadeUpCouncil.DOCUMENT, "MadeUpHousehold",
                        Map.of("id", households.get(2))).getData();
                long audited = neo4j.query(AuditedReads.EACH_READ + "WHERE a.by = $by RETURN count(*) AS n")
                        .bind(StartUpWarmUp.CALLER_NAME).to("by").fetchAs(Long.class).one().orElseThrow();
                return Map.of("caller", caller, "households", households, "children", children,
                        "household", household, "audited", audited);
            }
            finally {
                SecurityContextHolder.clearContext();
            }
        });

        Caller caller = (Caller) seen.get("caller");
        assertThat(caller.councils()).singleElement().asString().startsWith("MADE-UP-");
        String code = caller.councils().iterator().next();
        assertThat(seen.get("households")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(String.class)).containsExactly(code + "-H0", code + "-H1", code + "-H2",
                code + "-H3", code + "-H4");
        // The made-up council's four satellites hold two children each (made-up-council.cypher), and its caller sees
        // those eight and none of the demo council's children.
        Map<?, ?> children = (Map<?, ?>) ((Map<?, ?>) seen.get("children")).get("children");
        assertThat(children.get("totalCount")).isEqualTo(8);
        assertThat(((List<?>) children.get("edges")).stream().map(edge -> (String) ((Map<?, ?>) ((Map<?, ?>) edge).get("node")).get("id")).toList())
                .containsExactlyInAnyOrder(code + "-CH11", code + "-CH12", code + "-CH21", code + "-CH22",
                        code + "-CH31", code + "-CH32", code + "-CH41", code + "-CH42");
        Map<?, ?> household = (Map<?, ?>) ((Map<?, ?>) seen.get("household")).get("household");
        assertThat((List<?>) household.get("children")).hasSize(2);
        // Inside the transaction the reads were audited as any caller's are (8 children, then the household's 2)...
        assertThat(seen.get("audited")).isEqualTo(10L);
        // ...and the transaction rolled back: no council, child or audit record of it is left.
        assertThat(graphState()).isEqualTo(before);
        assertThat(neo4j.query("MATCH (n) WHERE n.code STARTS WITH 'MADE-UP-' OR n.id STARTS WITH 'MADE-UP-' RETURN count(n)")
                .fetchAs(Long.class).one()).contains(0L);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void aMadeUpCouncilThatFailsStopsItsOwnReadsOnly(@Autowired WebGraphQlHandler graphQl,
            @Autowired PlatformTransactionManager transactions, @Autowired Clock clock, @Autowired WarmUpProperties properties) {
        MadeUpCouncil failing = new MadeUpCouncil(transactions, neo4j, clock) {
            @Override
            <T> T readRolledBack(BiFunction<Caller, List<String>, T> reads) {
                throw new IllegalStateException("refused");
            }
        };

        int[] done = new StartUpWarmUp(graphQl, neo4j, failing, properties).warmUp(2, Long.MAX_VALUE);

        // Both rounds of the real councils' reads, without the made-up council's.
        assertThat(done).containsExactly(2, 10);
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

        // One round of its requests: the reports, the constellations and the pings.
        int round = HttpWarmUp.OPERATIONS.size();
        assertThat(HttpWarmUp.OPERATIONS).contains("WarmUpReports", "WarmUpConstellations", "WarmUpPing");
        assertThat(httpWarmUp.warmUp(port, caller, round, Long.MAX_VALUE)).isEqualTo(round);
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
