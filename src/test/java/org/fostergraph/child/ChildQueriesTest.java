package org.fostergraph.child;

import org.junit.jupiter.api.Test;

import org.fostergraph.SeededGraphTest;

class ChildQueriesTest extends SeededGraphTest {

    @Test
    void placementHistoryOldestFirstWithTheCurrentOne() {
        // Counted from seed/children.csv and seed/placements.csv.
        graphQl.documentName("childPlacements").variable("id", "CH-0057").execute()
                .path("child.dateOfBirth").entity(String.class).isEqualTo("2025-04-10")
                .path("child.ageYears").entity(Integer.class).isEqualTo(1)
                .path("child.sex").entity(String.class).isEqualTo("FEMALE")
                .path("child.placements[*].id").entityList(String.class).containsExactly("PL-00078", "PL-00079", "PL-00080")
                .path("child.placements[*].start").entityList(String.class)
                .containsExactly("2025-04-13", "2025-11-09", "2026-05-04")
                .path("child.placements[0].end").entity(String.class).isEqualTo("2025-11-09")
                .path("child.placements[0].endReason").entity(String.class).isEqualTo("LAREQ")
                .path("child.placements[2].end").valueIsNull()
                .path("child.placements[*].placeCode").entityList(String.class).containsExactly("U6", "U6", "U4")
                .path("child.placements[*].providerCode").entityList(String.class).containsExactly("PR4", "PR4", "PR4")
                .path("child.placements[*].weeklyCost").entityList(Double.class).containsExactly(780.0, 850.0, 820.0)
                .path("child.placements[*].internal").entityList(Boolean.class).containsExactly(false, false, false)
                .path("child.placements[*].household.id").entityList(String.class)
                .containsExactly("HH-IFA-033", "HH-IFA-010", "HH-IFA-053")
                .path("child.currentPlacement.id").entity(String.class).isEqualTo("PL-00080")
                .path("child.currentPlacement.household.provider.name").entity(String.class).isEqualTo("Brightpath Fostering");
    }

    @Test
    void anInHousePlacement() {
        graphQl.documentName("childPlacements").variable("id", "CH-0001").execute()
                .path("child.placements[*].id").entityList(String.class).containsExactly("PL-00001")
                .path("child.placements[0].weeklyCost").entity(Double.class).isEqualTo(396.0)
                .path("child.placements[0].internal").entity(Boolean.class).isEqualTo(true)
                .path("child.placements[0].household.internal").entity(Boolean.class).isEqualTo(true)
                .path("child.currentPlacement.household.id").entity(String.class).isEqualTo("HH-IN-001")
                .path("child.homeLocality.id").entity(String.class).isEqualTo("LOC-CEN");
    }

    @Test
    void aChildWhoLeftCareHasNoCurrentPlacement() {
        graphQl.documentName("childPlacements").variable("id", "CH-0009").execute()
                .path("child.placements[*].id").entityList(String.class).containsExactly("PL-00009")
                .path("child.placements[0].end").entity(String.class).isEqualTo("2026-07-09")
                .path("child.placements[0].endReason").entity(String.class).isEqualTo("E13")
                .path("child.currentPlacement").valueIsNull();
    }

    @Test
    void siblingsBothWays() {
        graphQl.documentName("childPlacements").variable("id", "CH-0034").execute()
                .path("child.siblings[*].id").entityList(String.class).containsExactly("CH-0035");
        graphQl.documentName("childPlacements").variable("id", "CH-0035").execute()
                .path("child.siblings[*].id").entityList(String.class).containsExactly("CH-0034");
    }

    @Test
    void anUnknownChildIsNull() {
        graphQl.documentName("childPlacements").variable("id", "CH-9999").execute().path("child").valueIsNull();
    }
}
