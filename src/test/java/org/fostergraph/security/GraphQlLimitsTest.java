package org.fostergraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.fostergraph.HandBuiltGraphTest;
import org.fostergraph.SmallCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Over-deep, over-complex and alias-flood requests are refused before any field runs: the response has no data at
 * all, and no child is read (so no audit record is written).
 */
class GraphQlLimitsTest extends HandBuiltGraphTest {

    @BeforeEach
    void smallCouncil() {
        given(SmallCouncil.CYPHER);
    }

    @Test
    void aTooDeepQueryIsRefusedBeforeItRuns() {
        // Each hop household → children → siblings adds depth: 13 levels against a limit of 12.
        String deep = "{ household(id: \"HUB\") { children { siblings { siblings { siblings { siblings { siblings { siblings "
                + "{ siblings { siblings { siblings { siblings { id } } } } } } } } } } } } }";
        assertRefused(deep, "The request is 13 fields deep; at most 12 are allowed");
    }

    @Test
    void aTooComplexQueryIsRefusedBeforeItRuns() {
        String complex = "{ constellations(first: 100) { edges { cursor node { id name launched sleepoverBedsFree vacancies "
                + "locality { id name } fidelity { satelliteCount withinRange hubSleepoverBedsFree issues } "
                + "liaisonWorker { id name } events { id kind date } sleepovers { id nights } "
                + "hub { id name children { id siblings { id } } } "
                + "satellites { id name children { id siblings { id } placements { id household { id name children { id } } } } } } } } "
                + "referrals(first: 100) { edges { node { id children { id siblings { id } placements { id } } } } } }";
        assertRefused(complex, "The request would cost");
    }

    /** Issue 21, finding 10: lists without first fanned out uncounted (12 deep answered 2 MB in 9.8 s). */
    @Test
    void aListWithoutAPageSizeCountsByItsAssumedSize() {
        given("""
                MATCH (l:Locality {id: 'L1'})
                UNWIND range(1, 6) AS n
                CREATE (l)-[:NEIGHBOURS]->(:Locality {id: 'N' + n, name: 'Neighbour ' + n})
                """);
        // Twelve fields deep, within the depth limit: refused for what it would cost.
        String twelveDeep = "{ localities { " + "neighbours { ".repeat(10) + "name" + " }".repeat(10) + " } }";
        assertRefused(twelveDeep, "The request would cost");
        // 1 + 30 localities × (1 + (1 + 8 neighbours × (1 + (1 + 8 × 2)))) = 4,381 (at most 25,000): three deep answers.
        String threeDeep = "{ localities { name neighbours { name neighbours { id name } } } }";
        http.post().uri("/graphql").bodyValue(Map.of("query", threeDeep)).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.errors").doesNotExist()
                .jsonPath("$.data.localities[?(@.name == 'Northtown')].neighbours[*].name")
                .value(List.class, names -> assertThat(names).hasSize(6));
        // Two more hops: 1 + 30 × (1 + 8 × (1 + 8 × (1 + 8 × (1 + 8 × 1)))) = 140,431.
        assertRefused("{ localities { neighbours { neighbours { neighbours { neighbours { id } } } } } }",
                "The request would cost 140431 (each field 1 plus what it selects");
    }

    @Test
    void anAliasFloodIsRefusedBeforeItRuns() {
        String flood = IntStream.range(0, 11).mapToObj(n -> "k" + n + ": child(id: \"K" + (n + 1) + "\") { id }")
                .collect(Collectors.joining(" ", "{ ", " }"));
        assertRefused(flood, "The request asks for 11 root fields; at most 10 are allowed in one request");

        String nested = "{ household(id: \"HUB\") { "
                + IntStream.range(0, 11).mapToObj(n -> "c" + n + ": children { id }").collect(Collectors.joining(" ")) + " } }";
        assertRefused(nested, "The request uses 11 aliases; at most 10 are allowed in one request");
    }

    @Test
    void errorsCarryNoStackTraceOrCypher() {
        http.post().uri("/graphql").bodyValue(Map.of("query", "{ child(id: \"K1\") { id nonsense } }")).exchange()
                .expectBody(String.class).value(body -> assertThat(body).doesNotContain("at org.", "Exception", "MATCH"));
    }

    private void assertRefused(String document, String message) {
        long audited = count("MATCH (a:AuditRecord) RETURN count(a)");
        http.post().uri("/graphql").bodyValue(Map.of("query", document)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.data").doesNotExist()
                .jsonPath("$.errors[0].message").value(String.class, actual -> assertThat(actual).startsWith(message));
        assertThat(count("MATCH (a:AuditRecord) RETURN count(a)")).isEqualTo(audited);
    }
}
