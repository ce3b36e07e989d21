package org.fostergraph.placement;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.fostergraph.ChangeTest;
import org.fostergraph.SmallCouncil;

import static org.assertj.core.api.Assertions.assertThat;

/** Holding a vacancy for a child while the placement is agreed; now is 2026-11-24T00:00 London (UTC in November). */
class HoldVacancyTest extends ChangeTest {

    private static final Map<String, Object> HOLD_HH_A_FOR_K1 = Map.of("householdId", "HH-A", "childId", "K1", "hours", 24,
            "reason", "Introductions on Thursday");

    private static final Map<String, Object> K2_TO_HH_A = Map.of("childId", "K2", "householdId", "HH-A",
            "start", "2026-11-24", "placeCode", "U6", "providerCode", "PR1", "weeklyCost", 400);

    @BeforeEach
    void smallCouncil() {
        given(SmallCouncil.CYPHER);
    }

    @Test
    void aHoldTakesThePlaceAndOnlyItsChildMayUseIt() {
        String holdId = graphQl.documentName("holdVacancy").variable("input", HOLD_HH_A_FOR_K1).execute()
                .path("holdVacancy.active").entity(Boolean.class).isEqualTo(true)
                .path("holdVacancy.createdAt").entity(String.class).isEqualTo("2026-11-24T00:00:00.000Z")
                .path("holdVacancy.expiresAt").entity(String.class).isEqualTo("2026-11-25T00:00:00.000Z")
                .path("holdVacancy.reason").entity(String.class).isEqualTo("Introductions on Thursday")
                .path("holdVacancy.household.vacancies").entity(Integer.class).isEqualTo(0)
                .path("holdVacancy.child.id").entity(String.class).isEqualTo("K1")
                .path("holdVacancy.id").entity(String.class).get();

        expectRefused("startPlacement", K2_TO_HH_A, "NO_VACANCY", "householdId", "'HH-A'");
        graphQl.documentName("startPlacement").variable("input", with(K2_TO_HH_A, "childId", "K1")).execute()
                .path("startPlacement.household.vacancies").entity(Integer.class).isEqualTo(0);
        graphQl.documentName("hold").variable("id", holdId).execute()
                .path("hold.active").entity(Boolean.class).isEqualTo(false)
                .path("hold.usedAt").entity(String.class).isEqualTo("2026-11-24T00:00:00.000Z");
    }

    /** A child placed anywhere needs no place held for them elsewhere: the hold ends with the placement (issue 24). */
    @Test
    void aHoldEndsWhenItsChildIsPlacedElsewhere() {
        String holdId = graphQl.documentName("holdVacancy").variable("input", HOLD_HH_A_FOR_K1).execute()
                .path("holdVacancy.household.vacancies").entity(Integer.class).isEqualTo(0)
                .path("holdVacancy.id").entity(String.class).get();

        String placementId = graphQl.documentName("startPlacement").variable("input", Map.of("childId", "K1", "householdId", "HH-B",
                "start", "2026-11-24", "placeCode", "U4", "providerCode", "PR1", "weeklyCost", 450.5)).execute().errors().verify()
                .path("startPlacement.id").entity(String.class).get();

        graphQl.documentName("hold").variable("id", holdId).execute()
                .path("hold.active").entity(Boolean.class).isEqualTo(false)
                .path("hold.releasedAt").entity(String.class).isEqualTo("2026-11-24T00:00:00.000Z")
                .path("hold.usedAt").valueIsNull();
        assertThat(count("MATCH (h:Hold {id: '" + holdId + "', releasedBy: 'tester', releasedFor: '" + placementId + "'}) RETURN count(h)"))
                .isEqualTo(1);
        graphQl.documentName("householdVacancies").variable("id", "HH-A").execute()
                .path("household.vacancies").entity(Integer.class).isEqualTo(1);
        graphQl.documentName("startPlacement").variable("input", K2_TO_HH_A).execute().errors().verify()
                .path("startPlacement.child.id").entity(String.class).isEqualTo("K2");
    }

    @Test
    void anExpiredHoldGivesThePlaceBackByItself() {
        graphQl.documentName("holdVacancy").variable("input", HOLD_HH_A_FOR_K1).execute()
                .path("holdVacancy.household.vacancies").entity(Integer.class).isEqualTo(0);
        given("MATCH (hold:Hold) SET hold.expiresAt = datetime('2026-11-23T23:59:59Z')");

        graphQl.documentName("householdVacancies").variable("id", "HH-A").execute()
                .path("household.vacancies").entity(Integer.class).isEqualTo(1);
        graphQl.documentName("startPlacement").variable("input", K2_TO_HH_A).execute()
                .path("startPlacement.child.id").entity(String.class).isEqualTo("K2");
    }

    @Test
    void releasingAHoldGivesThePlaceBackOnce() {
        String holdId = graphQl.documentName("holdVacancy").variable("input", HOLD_HH_A_FOR_K1).execute()
                .path("holdVacancy.id").entity(String.class).get();

        graphQl.documentName("releaseHold").variable("input", Map.of("holdId", holdId)).execute()
                .path("releaseHold.active").entity(Boolean.class).isEqualTo(false)
                .path("releaseHold.releasedAt").entity(String.class).isEqualTo("2026-11-24T00:00:00.000Z")
                .path("releaseHold.household.vacancies").entity(Integer.class).isEqualTo(1);
        expectRefused("releaseHold", Map.of("holdId", holdId), "HOLD_NOT_ACTIVE", "holdId", "'" + holdId + "'");
        expectRefused("releaseHold", Map.of("holdId", "HOLD-404"), "NOT_FOUND", "holdId", "'HOLD-404'");
        graphQl.documentName("changes").variable("subjectId", holdId).execute()
                .path("changes[*].operation").entityList(String.class)
                .satisfies(operations -> assertThat(operations).containsExactlyInAnyOrder("holdVacancy", "releaseHold"));
    }

    @Test
    void refusesAHoldThatCannotBeGiven() {
        expectRefused("holdVacancy", with(HOLD_HH_A_FOR_K1, "hours", 73), "INVALID_ARGUMENT", "hours", "'73'");
        expectRefused("holdVacancy", with(HOLD_HH_A_FOR_K1, "hours", 0), "INVALID_ARGUMENT", "hours", "'0'");
        expectRefused("holdVacancy", with(HOLD_HH_A_FOR_K1, "householdId", "HH-HOLD"), "HOUSEHOLD_NOT_APPROVED",
                "householdId", "'HH-HOLD'");
        expectRefused("holdVacancy", with(HOLD_HH_A_FOR_K1, "householdId", "HUB"), "NO_VACANCY", "householdId", "'HUB'");
        expectRefused("holdVacancy", with(HOLD_HH_A_FOR_K1, "childId", "K-404"), "NOT_FOUND", "childId", "'K-404'");

        graphQl.documentName("holdVacancy").variable("input", with(HOLD_HH_A_FOR_K1, "householdId", "HH-B")).execute()
                .path("holdVacancy.household.vacancies").entity(Integer.class).isEqualTo(2);
        expectRefused("holdVacancy", with(HOLD_HH_A_FOR_K1, "householdId", "HH-B"), "ALREADY_HELD", "childId", "'K1'");
    }
}
