package org.fostergraph.constellation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.fostergraph.SeededGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The fostering team's view of the demo council's three constellations, over HTTP GraphQL. */
class ConstellationQueriesTest extends SeededGraphTest {

    @Test
    void listsTheThreeConstellationsByNameWithHubLocalityAndLiaisonWorker() {
        var response = graphQl.documentName("constellationStructure").execute();

        response.path("constellations.totalCount").entity(Integer.class).isEqualTo(3);
        response.path("constellations.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
        response.path("constellations.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
        response.path("constellations.edges[*].node.id").entityList(String.class).containsExactly("CON-2", "CON-1", "CON-3");
        response.path("constellations.edges[*].node.name").entityList(String.class)
                .containsExactly("Bloxwich constellation", "Walsall Central constellation", "Willenhall constellation");
        response.path("constellations.edges[*].node.locality.id").entityList(String.class)
                .containsExactly("LOC-NOR", "LOC-CEN", "LOC-WES");
        response.path("constellations.edges[*].node.launched").entityList(String.class)
                .containsExactly("2024-02-01", "2023-05-01", "2025-01-15");
        response.path("constellations.edges[*].node.liaisonWorker.name").entityList(String.class)
                .containsExactly("Priya Dhaliwal", "Alex Marsh", "Tom Ridley");
        response.path("constellations.edges[*].node.hub.id").entityList(String.class)
                .containsExactly("HH-IN-002", "HH-IN-001", "HH-IN-003");
        response.path("constellations.edges[*].node.hub.constellationRole").entityList(String.class)
                .containsExactly("HUB", "HUB", "HUB");
    }

    @Test
    void eachConstellationHasSevenCurrentSatellitesByName() {
        var response = graphQl.documentName("constellationStructure").execute();

        response.path("constellations.edges[0].node.satellites[*].id").entityList(String.class).containsExactly(
                "HH-IN-046", "HH-IN-041", "HH-IN-016", "HH-IN-077", "HH-IN-036", "HH-IN-006", "HH-IN-057");
        response.path("constellations.edges[1].node.satellites[*].id").entityList(String.class).containsExactly(
                "HH-IN-058", "HH-IN-079", "HH-IN-035", "HH-IN-020", "HH-IN-044", "HH-IN-056", "HH-IN-083");
        response.path("constellations.edges[2].node.satellites[*].id").entityList(String.class).containsExactly(
                "HH-IN-068", "HH-IN-042", "HH-CP-031", "HH-IN-033", "HH-IN-008", "HH-IN-066", "HH-CP-024");
        response.path("constellations.edges[*].node.fidelity.satelliteCount").entityList(Integer.class)
                .containsExactly(7, 7, 7);
        response.path("constellations.edges[*].node.fidelity.withinRange").entityList(Boolean.class)
                .containsExactly(true, true, true);
        response.path("constellations.edges[*].node.satellites[*].constellationRole").entityList(String.class)
                .satisfies(roles -> assertThat(roles).hasSize(21).containsOnly("SATELLITE"));
        response.path("constellations.edges[1].node.satellites[*].constellation.id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).hasSize(7).containsOnly("CON-1"));
    }

    @Test
    void aFormerSatelliteIsNotListed() {
        graphQl.documentName("constellation").variable("id", "CON-1").execute()
                .path("constellation.satellites[*].id").entityList(String.class).doesNotContain("HH-IN-105");
    }

    @Test
    void showsWhoLivesWhereAndTheFreeBeds() {
        var response = graphQl.documentName("constellationStructure").execute();

        // Counted from seed/placements.csv: the placements open on today (24/11/2026) in each household.
        response.path("constellations.edges[0].node.hub.children[*].id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder("CH-0003", "CH-0004", "CH-0005"));
        response.path("constellations.edges[0].node.satellites[3].children[*].id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder("CH-0072"));
        response.path("constellations.edges[0].node.satellites[*].vacancies").entityList(Integer.class)
                .containsExactly(1, 0, 0, 1, 0, 0, 1);
        response.path("constellations.edges[1].node.satellites[*].vacancies").entityList(Integer.class)
                .containsExactly(0, 0, 0, 0, 0, 0, 1);
        response.path("constellations.edges[2].node.satellites[*].vacancies").entityList(Integer.class)
                .containsExactly(1, 0, 1, 0, 1, 0, 0);
        // A hub offers no place for a new placement beyond its two sleepover beds.
        response.path("constellations.edges[*].node.hub.vacancies").entityList(Integer.class).containsExactly(0, 0, 0);
        response.path("constellations.edges[*].node.vacancies").entityList(Integer.class).containsExactly(3, 1, 3);
        response.path("constellations.edges[*].node.sleepoverBedsFree").entityList(Integer.class).containsExactly(1, 2, 2);
    }

    @Test
    void fidelitySaysWhenAPlacementFillsAHubSleepoverBed() {
        var response = graphQl.documentName("constellationStructure").execute();

        response.path("constellations.edges[0].node.fidelity.hubSleepoverBedsFree").entity(Integer.class).isEqualTo(1);
        response.path("constellations.edges[0].node.fidelity.issues").entityList(String.class)
                .containsExactly("The hub keeps 1 of its 2 sleepover beds free; placements fill the other bed.");
        response.path("constellations.edges[1].node.fidelity.issues").entityList(String.class).hasSize(0);
        response.path("constellations.edges[2].node.fidelity.issues").entityList(String.class).hasSize(0);
    }

    @Test
    void pagesByCursorWithoutGapsOrRepeats() {
        var firstPage = graphQl.documentName("constellationNames").variable("first", 2).execute();
        firstPage.path("constellations.totalCount").entity(Integer.class).isEqualTo(3);
        firstPage.path("constellations.edges[*].node.id").entityList(String.class).containsExactly("CON-2", "CON-1");
        firstPage.path("constellations.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        String endCursor = firstPage.path("constellations.pageInfo.endCursor").entity(String.class).get();

        var secondPage = graphQl.documentName("constellationNames").variables(Map.of("first", 2, "after", endCursor)).execute();
        secondPage.path("constellations.edges[*].node.id").entityList(String.class).containsExactly("CON-3");
        secondPage.path("constellations.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
        secondPage.path("constellations.totalCount").entity(Integer.class).isEqualTo(3);
    }

    @Test
    void filtersByTheHubsLocality() {
        var response = graphQl.documentName("constellationNames").variable("localityId", "LOC-WES").execute();
        response.path("constellations.totalCount").entity(Integer.class).isEqualTo(1);
        response.path("constellations.edges[*].node.id").entityList(String.class).containsExactly("CON-3");

        var none = graphQl.documentName("constellationNames").variable("localityId", "LOC-EAS").execute();
        none.path("constellations.totalCount").entity(Integer.class).isEqualTo(0);
        none.path("constellations.edges").entityList(Object.class).hasSize(0);
    }

    @Test
    void refusesAPageLargerThanTheCapNamingTheFieldAndValue() {
        graphQl.documentName("constellationNames").variable("first", 101).execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getMessage())
                            .isEqualTo("first: page size must be between 1 and 100 (got '101')");
                    assertThat(errors.get(0).getErrorType().toString()).isEqualTo("BAD_REQUEST");
                    assertThat(errors.get(0).getExtensions())
                            .containsEntry("code", "INVALID_ARGUMENT").containsEntry("field", "first")
                            .containsEntry("value", "'101'");
                    assertThat(errors.get(0).getParsedPath()).isEqualTo(List.of("constellations"));
                });
    }

    @Test
    void refusesACursorItDidNotIssue() {
        graphQl.documentName("constellationNames").variable("after", "bm90LWEtY3Vyc29y").execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getMessage()).isEqualTo(
                            "after: not a cursor from this list; pass the endCursor of the previous page (got 'bm90LWEtY3Vyc29y')");
                    assertThat(errors.get(0).getExtensions()).containsEntry("field", "after");
                });
        graphQl.documentName("constellationNames").variable("first", 0).execute()
                .errors().satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("value", "'0'"));
    }

    @Test
    void oneConstellationByIdAndNullForAnUnknownId() {
        var response = graphQl.documentName("constellation").variable("id", "CON-3").execute();
        response.path("constellation.name").entity(String.class).isEqualTo("Willenhall constellation");
        response.path("constellation.hub.id").entity(String.class).isEqualTo("HH-IN-003");
        response.path("constellation.satellites").entityList(Object.class).hasSize(7);
        response.path("constellation.sleepoverBedsFree").entity(Integer.class).isEqualTo(2);

        graphQl.documentName("constellation").variable("id", "CON-404").execute()
                .path("constellation").valueIsNull();
    }
}
