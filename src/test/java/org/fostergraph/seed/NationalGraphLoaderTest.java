package org.fostergraph.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.fostergraph.HandBuiltGraphTest;
import org.fostergraph.security.TestTokens;
import org.fostergraph.seed.NationalGraphGenerator.CouncilGraph;
import org.fostergraph.seed.NationalGraphGenerator.Part;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A national graph a fiftieth of England's size (3 councils) loaded into the in-process Neo4j, then read through
 * GraphQL by a commissioner of all three councils and by one of a single council.
 */
class NationalGraphLoaderTest extends HandBuiltGraphTest {

    private static final NationalGraphShape SMALL = NationalGraphShape.england().scaled(0.02);

    @Autowired
    private NationalGraphLoader loader;

    @Test
    void writesEveryRowAndTheCommissionersSeeTheirCouncilsChildren() {
        List<CouncilGraph> councils = new ArrayList<>();
        new NationalGraphGenerator(SMALL).generate(councils::add);

        NationalGraphLoader.Loaded loaded = loader.load(new NationalGraphGenerator(SMALL));

        assertThat(loaded.rows().get(Part.PLACEMENT)).isEqualTo(rows(councils, Part.PLACEMENT));
        assertThat(count("MATCH (n:Placement) RETURN count(n)")).isEqualTo(rows(councils, Part.PLACEMENT));
        assertThat(count("MATCH (n:Child) RETURN count(n)")).isEqualTo(rows(councils, Part.CHILD));
        assertThat(count("MATCH (n:Household) RETURN count(n)")).isEqualTo(rows(councils, Part.HOUSEHOLD));
        assertThat(count("MATCH (n:Constellation)<-[:HUB_OF]-(:Household) RETURN count(n)")).isEqualTo(SMALL.constellations());
        assertThat(count("MATCH (:Child)-[r:HAD]->(:Placement)-[:WITH]->(:Household) RETURN count(r)"))
                .isEqualTo(rows(councils, Part.PLACEMENT));
        assertThat(loader.marker()).hasValueSatisfying(marker -> {
            assertThat(marker.councils()).isEqualTo(3);
            // The in-process database the tests run on is started with fostergraph's grouping (StoreLayout).
            assertThat(marker.relationshipGroupingThreshold()).isEqualTo(10);
        });

        commissionerOf(List.of("LA001", "LA002", "LA003")).document("{ placementMix { total internal external } }").execute()
                .path("placementMix.total").entity(Integer.class).isEqualTo(SMALL.childrenInCare())
                .path("placementMix.internal").entity(Long.class).isEqualTo(openInternal(councils, null));
        commissionerOf(List.of("LA002")).document("{ placementMix { total internal } }").execute()
                .path("placementMix.total").entity(Long.class).isEqualTo(open(councils, "LA002"))
                .path("placementMix.internal").entity(Long.class).isEqualTo(openInternal(councils, "LA002"));
    }

    @Test
    void refusesADatabaseThatHoldsACouncilAlready() {
        given("CREATE (:LocalAuthority {code: 'DEMO', name: 'Test council'})");

        assertThatThrownBy(() -> loader.load(new NationalGraphGenerator(SMALL)))
                .isInstanceOf(SeedException.class).hasMessageContaining("empty database");
        assertThat(count("MATCH (n) WHERE n:Child OR n:Household OR n:Placement RETURN count(n)")).isZero();
    }

    private HttpGraphQlTester commissionerOf(List<String> councils) {
        return graphQlOver(anonymous().mutate().defaultHeaders(headers -> headers.setBearerAuth(
                TestTokens.token("commissioner-" + councils.size(), List.of("COMMISSIONER"), councils))).build());
    }

    private static long rows(List<CouncilGraph> councils, Part part) {
        return councils.stream().mapToLong(council -> council.rows(part).size()).sum();
    }

    private static long open(List<CouncilGraph> councils, String code) {
        return openPlacements(councils, code).size();
    }

    /** With the council's own carers or parents (SSDA903 PR0 and PR1). */
    private static long openInternal(List<CouncilGraph> councils, String code) {
        return openPlacements(councils, code).stream()
                .filter(p -> p.get("providerCode").equals("PR0") || p.get("providerCode").equals("PR1")).count();
    }

    private static List<Map<String, Object>> openPlacements(List<CouncilGraph> councils, String code) {
        return councils.stream().filter(council -> code == null || council.code().equals(code))
                .flatMap(council -> council.rows(Part.PLACEMENT).stream()).filter(p -> p.get("end") == null).toList();
    }
}
