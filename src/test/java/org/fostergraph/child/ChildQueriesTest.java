package org.fostergraph.child;

import org.junit.jupiter.api.Test;

import org.fostergraph.SeededGraphTest;

class ChildQueriesTest extends SeededGraphTest {

    @Test
    void placementHistoryOldestFirstWithTheCurrentOne() {
        graphQl.documentName("childPlacements").variable("id", "CH-0022").execute()
                .path("child.dateOfBirth").entity(String.class).isEqualTo("2021-04-23")
                .path("child.ageYears").entity(Integer.class).isEqualTo(5)
                .path("child.sex").entity(String.class).isEqualTo("MALE")
                .path("child.placements[*].id").entityList(String.class).containsExactly("PL-00030", "PL-00031", "PL-00032")
                .path("child.placements[*].start").entityList(String.class)
                .containsExactly("2024-03-20", "2025-02-14", "2025-12-20")
                .path("child.placements[0].end").entity(String.class).isEqualTo("2025-02-14")
                .path("child.placements[0].endReason").entity(String.class).isEqualTo("CHILD")
                .path("child.placements[2].end").valueIsNull()
                .path("child.placements[*].placeCode").entityList(String.class).containsExactly("U6", "U6", "U4")
                .path("child.placements[*].providerCode").entityList(String.class).containsExactly("PR4", "PR4", "PR4")
                .path("child.placements[*].weeklyCost").entityList(Double.class).containsExactly(810.0, 780.0, 810.0)
                .path("child.placements[*].internal").entityList(Boolean.class).containsExactly(false, false, false)
                .path("child.placements[*].household.id").entityList(String.class)
                .containsExactly("HH-IFA-059", "HH-IFA-005", "HH-IFA-078")
                .path("child.currentPlacement.id").entity(String.class).isEqualTo("PL-00032")
                .path("child.currentPlacement.household.provider.name").entity(String.class).isEqualTo("Kestrel Foster Care");
    }

    @Test
    void anInHousePlacement() {
        graphQl.documentName("childPlacements").variable("id", "CH-0001").execute()
                .path("child.placements[*].id").entityList(String.class).containsExactly("PL-00001")
                .path("child.placements[0].weeklyCost").entity(Double.class).isEqualTo(510.0)
                .path("child.placements[0].internal").entity(Boolean.class).isEqualTo(true)
                .path("child.placements[0].household.internal").entity(Boolean.class).isEqualTo(true)
                .path("child.currentPlacement.household.id").entity(String.class).isEqualTo("HH-IN-001")
                .path("child.homeLocality.id").entity(String.class).isEqualTo("LOC-CEN");
    }

    @Test
    void aChildWhoLeftCareHasNoCurrentPlacement() {
        graphQl.documentName("childPlacements").variable("id", "CH-0008").execute()
                .path("child.placements[*].id").entityList(String.class).containsExactly("PL-00008")
                .path("child.placements[0].end").entity(String.class).isEqualTo("2025-02-24")
                .path("child.placements[0].endReason").entity(String.class).isEqualTo("E13")
                .path("child.currentPlacement").valueIsNull();
    }

    @Test
    void siblingsBothWays() {
        graphQl.documentName("childPlacements").variable("id", "CH-0013").execute()
                .path("child.siblings[*].id").entityList(String.class).containsExactly("CH-0014");
        graphQl.documentName("childPlacements").variable("id", "CH-0014").execute()
                .path("child.siblings[*].id").entityList(String.class).containsExactly("CH-0013");
    }

    @Test
    void anUnknownChildIsNull() {
        graphQl.documentName("childPlacements").variable("id", "CH-9999").execute().path("child").valueIsNull();
    }
}
