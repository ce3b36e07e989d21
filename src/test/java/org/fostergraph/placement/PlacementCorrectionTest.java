package org.fostergraph.placement;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.fostergraph.ChangeTest;
import org.fostergraph.SmallCouncil;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Correcting a placement on the day it was recorded, instead of a second move that would leave a 0-day placement in
 * the child's history (issue 24). Today is 2026-11-24; K0 lives at HH-A (PL-K0, since 2026-01-05, loaded, not recorded
 * through the service).
 */
class PlacementCorrectionTest extends ChangeTest {

    private static final Map<String, Object> K0_TO_HH_B = Map.of("childId", "K0", "householdId", "HH-B", "date", "2026-11-24",
            "placeCode", "U4", "providerCode", "PR1", "weeklyCost", 430, "reasonCode", "CARPL");

    @BeforeEach
    void smallCouncil() {
        given(SmallCouncil.CYPHER);
    }

    private String moveK0ToHhB() {
        return graphQl.documentName("movePlacement").variable("input", K0_TO_HH_B).execute().errors().verify()
                .path("movePlacement.id").entity(String.class).get();
    }

    @Test
    void aMistakenMoveIsUndoneAndThePlacementItEndedIsOpenAgain() {
        String mistake = moveK0ToHhB();

        graphQl.documentName("undoPlacement").variable("input", Map.of("placementId", mistake,
                        "reason", "Recorded against the wrong household")).execute().errors().verify()
                .path("undoPlacement.placements[*].id").entityList(String.class).containsExactly("PL-K0")
                .path("undoPlacement.placements[0].end").valueIsNull()
                .path("undoPlacement.placements[0].endReason").valueIsNull()
                .path("undoPlacement.currentPlacement.id").entity(String.class).isEqualTo("PL-K0");
        graphQl.documentName("householdVacancies").variable("id", "HH-B").execute()
                .path("household.vacancies").entity(Integer.class).isEqualTo(3);
        graphQl.documentName("householdVacancies").variable("id", "HH-A").execute()
                .path("household.vacancies").entity(Integer.class).isEqualTo(1);
        // Nothing committed is lost: the undone placement is kept, out of every count, with who undid it and why.
        assertThat(count("MATCH (:Child {id: 'K0'})-[:HAD_VOIDED]->(p:VoidedPlacement {id: '" + mistake + "', voidedBy: 'tester', "
                + "voidReason: 'Recorded against the wrong household'})-[:WAS_WITH]->(:Household {id: 'HH-B'}) RETURN count(p)"))
                .isEqualTo(1);
        assertThat(count("MATCH (p:Placement {id: '" + mistake + "'}) RETURN count(p)")).isZero();
        graphQl.documentName("changes").variable("subjectId", "K0").execute()
                .path("changes[*].operation").entityList(String.class).contains("movePlacement", "undoPlacement");
    }

    @Test
    void aMistakenMoveIsAmendedToTheRightHomeWithNoZeroDayPlacement() {
        String mistake = moveK0ToHhB();

        var amended = graphQl.documentName("amendPlacement").variable("input", Map.of("placementId", mistake,
                        "reason", "The child went to HH-C, not HH-B", "householdId", "HH-C", "placeCode", "U4",
                        "providerCode", "PR1", "weeklyCost", 445)).execute().errors().verify();
        amended.path("amendPlacement.start").entity(String.class).isEqualTo("2026-11-24")
                .path("amendPlacement.household.id").entity(String.class).isEqualTo("HH-C")
                .path("amendPlacement.household.vacancies").entity(Integer.class).isEqualTo(0)
                .path("amendPlacement.weeklyCost").entity(Double.class).isEqualTo(445.0)
                .path("amendPlacement.child.placements[*].household.id").entityList(String.class).containsExactly("HH-A", "HH-C")
                .path("amendPlacement.child.placements[0].end").entity(String.class).isEqualTo("2026-11-24")
                .path("amendPlacement.child.placements[0].endReason").entity(String.class).isEqualTo("CARPL")
                .path("amendPlacement.child.placements[1].end").valueIsNull();
        graphQl.documentName("householdVacancies").variable("id", "HH-B").execute()
                .path("household.vacancies").entity(Integer.class).isEqualTo(3);
        assertThat(count("MATCH (p:VoidedPlacement {id: '" + mistake + "'}) RETURN count(p)")).isEqualTo(1);
    }

    @Test
    void aHoldThePlacementUsedIsGivenBack() {
        String holdId = graphQl.documentName("holdVacancy").variable("input", Map.of("householdId", "HH-B", "childId", "K0",
                "hours", 24)).execute().errors().verify().path("holdVacancy.id").entity(String.class).get();
        String mistake = moveK0ToHhB();
        graphQl.documentName("hold").variable("id", holdId).execute().path("hold.active").entity(Boolean.class).isEqualTo(false);

        graphQl.documentName("undoPlacement").variable("input", Map.of("placementId", mistake, "reason", "Moved a day early"))
                .execute().errors().verify();

        graphQl.documentName("hold").variable("id", holdId).execute()
                .path("hold.active").entity(Boolean.class).isEqualTo(true)
                .path("hold.usedAt").valueIsNull();
    }

    @Test
    void onlyAnOpenPlacementRecordedTodayIsCorrectedWithAReasonAndARefusalChangesNothing() {
        expectRefused("undoPlacement", Map.of("placementId", "PL-K0", "reason", "Wrong"), "NOT_RECORDED_TODAY",
                "placementId", "'PL-K0'");
        String mistake = moveK0ToHhB();
        expectRefused("undoPlacement", Map.of("placementId", mistake, "reason", "  "), "INVALID_ARGUMENT", "reason", "'  '");
        expectRefused("amendPlacement", Map.of("placementId", mistake, "reason", "Wrong home", "householdId", "HH-HOLD",
                "placeCode", "U4", "providerCode", "PR1", "weeklyCost", 430), "HOUSEHOLD_NOT_APPROVED", "householdId", "'HH-HOLD'");
        // K0's old place at HH-A is taken by two other children since the move: the move cannot be undone.
        for (String child : new String[] {"K1", "K2"}) {
            graphQl.documentName("startPlacement").variable("input", Map.of("childId", child, "householdId", "HH-A",
                    "start", "2026-11-24", "placeCode", "U6", "providerCode", "PR1", "weeklyCost", 400)).execute().errors().verify();
        }
        expectRefused("undoPlacement", Map.of("placementId", mistake, "reason", "Wrong home"), "PLACE_TAKEN",
                "placementId", "'" + mistake + "'");
    }
}
