package org.fostergraph.security;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.fostergraph.SeededGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
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

    /** Every node's labels and every relationship's type, counted: what any write would change. */
    private String graphState() {
        return neo4j.query("""
                CALL () { MATCH (n) UNWIND labels(n) AS label RETURN label AS kind, count(*) AS n
                          UNION ALL MATCH ()-[r]->() RETURN type(r) AS kind, count(*) AS n }
                RETURN kind + ' ' + n AS row ORDER BY row
                """).fetchAs(String.class).all().toString();
    }
}
