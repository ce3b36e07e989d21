package org.fostergraph.placement;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.fostergraph.ChangeTest;
import org.fostergraph.SmallCouncil;

import static org.assertj.core.api.Assertions.assertThat;

/** Starting, ending and moving placements over HTTP GraphQL; today is 2026-11-24. */
class PlacementMutationsTest extends ChangeTest {

    private static final Map<String, Object> K1_TO_HH_B = Map.of("childId", "K1", "householdId", "HH-B",
            "start", "2026-11-24", "placeCode", "U4", "providerCode", "PR1", "weeklyCost", 450.5);

    @BeforeEach
    void smallCouncil() {
        given(SmallCouncil.CYPHER);
    }

    @Test
    void startingAPlacementTakesAVacancyAndIsRecordedInTheHistory() {
        var response = graphQl.documentName("startPlacement").variable("input", K1_TO_HH_B).execute();
        String id = response.path("startPlacement.id").entity(String.class).get();
        response.path("startPlacement.start").entity(String.class).isEqualTo("2026-11-24")
                .path("startPlacement.end").valueIsNull()
                .path("startPlacement.placeCode").entity(String.class).isEqualTo("U4")
                .path("startPlacement.providerCode").entity(String.class).isEqualTo("PR1")
                .path("startPlacement.weeklyCost").entity(Double.class).isEqualTo(450.5)
                .path("startPlacement.internal").entity(Boolean.class).isEqualTo(true)
                .path("startPlacement.child.id").entity(String.class).isEqualTo("K1")
                .path("startPlacement.household.id").entity(String.class).isEqualTo("HH-B")
                .path("startPlacement.household.vacancies").entity(Integer.class).isEqualTo(2);
        assertThat(id).matches("PL-[0-9A-F]{12}");

        graphQl.documentName("childCurrentPlacement").variable("id", "K1").execute()
                .path("child.currentPlacement.id").entity(String.class).isEqualTo(id)
                .path("child.currentPlacement.household.id").entity(String.class).isEqualTo("HH-B");
        graphQl.documentName("changes").variable("subjectId", id).execute()
                .path("changes[*].operation").entityList(String.class).containsExactly("startPlacement")
                .path("changes[0].by").entity(String.class).isEqualTo("tester")
                .path("changes[0].at").entity(String.class).isEqualTo("2026-11-24T00:00:00.000Z")
                .path("changes[0].resultId").entity(String.class).isEqualTo(id)
                .path("changes[0].subjectIds").entityList(String.class).containsExactly("HH-B", "K1", id)
                .path("changes[0].summary").entity(String.class)
                .isEqualTo("Placement " + id + " started on 2026-11-24 for child K1 with household HH-B");
    }

    @Test
    void aRetryWithTheSameClientKeyAnswersTheFirstPlacementAndDoesNotActTwice() {
        Map<String, Object> input = with(K1_TO_HH_B, "clientKey", "officer-7/request-1");
        String first = graphQl.documentName("startPlacement").variable("input", input).execute()
                .path("startPlacement.id").entity(String.class).get();
        graphQl.documentName("startPlacement").variable("input", input).execute()
                .path("startPlacement.id").entity(String.class).isEqualTo(first)
                .path("startPlacement.household.vacancies").entity(Integer.class).isEqualTo(2);

        assertThat(count("MATCH (:Child {id: 'K1'})-[:HAD]->(p:Placement) RETURN count(p)")).isEqualTo(1);
        assertThat(count("MATCH (c:Change {clientKey: 'officer-7/request-1'}) RETURN count(c)")).isEqualTo(1);

        expectRefused("endPlacement", Map.of("placementId", first, "end", "2026-11-24", "reasonCode", "CARPL",
                "clientKey", "officer-7/request-1"), "CLIENT_KEY_REUSED", "clientKey", "'officer-7/request-1'");
    }

    @Test
    void refusesUnknownIdsAndCodesNamingTheFieldAndChangesNothing() {
        expectRefused("startPlacement", with(K1_TO_HH_B, "childId", "K-404"), "NOT_FOUND", "childId", "'K-404'");
        expectRefused("startPlacement", with(K1_TO_HH_B, "householdId", "HH-404"), "NOT_FOUND", "householdId", "'HH-404'");
        var unknownCode = expectRefused("startPlacement", with(K1_TO_HH_B, "placeCode", "U9"),
                "INVALID_ARGUMENT", "placeCode", "'U9'");
        assertThat(unknownCode.getMessage()).isEqualTo("placeCode: not an SSDA903 PLACE code for the year of 2026-11-24 (got 'U9')");
        expectRefused("startPlacement", with(K1_TO_HH_B, "providerCode", "PR9"), "INVALID_ARGUMENT", "providerCode", "'PR9'");
        // H5 left the PLACE list in 2025/26.
        expectRefused("startPlacement", with(K1_TO_HH_B, "placeCode", "H5"), "INVALID_ARGUMENT", "placeCode", "'H5'");
        expectRefused("startPlacement", with(K1_TO_HH_B, "legalStatus", "C9"), "INVALID_ARGUMENT", "legalStatus", "'C9'");
        expectRefused("startPlacement", with(K1_TO_HH_B, "needCategory", "N0"), "INVALID_ARGUMENT", "needCategory", "'N0'");
        assertThat(count("MATCH (:Child {id: 'K1'})-[:HAD]->(p:Placement) RETURN count(p)")).isZero();
    }

    /** The legal status and category of need, given with the placement, are kept for the council's SSDA903 return. */
    @Test
    void theLegalStatusAndCategoryOfNeedAreKeptForTheReturn() {
        graphQl.documentName("startPlacement").variable("input", with(with(K1_TO_HH_B, "legalStatus", "C2"), "needCategory", "N1"))
                .execute().errors().verify();

        assertThat(count("MATCH (:Child {id: 'K1'})-[:HAD]->(p:Placement {legalStatus: 'C2', needCategory: 'N1'}) RETURN count(p)"))
                .isEqualTo(1);
        String episodes = http.get().uri("/api/ssda903/episodes.csv").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(episodes.lines().filter(line -> line.startsWith("K1,")).toList()).singleElement()
                .satisfies(line -> assertThat(line).startsWith("K1,24/11/2026,S,C2,N1,U4,PR1,"));
    }

    @Test
    void refusesImpossibleDatesAndCosts() {
        var future = expectRefused("startPlacement", with(K1_TO_HH_B, "start", "2026-11-25"), "INVALID_ARGUMENT", "start",
                "'2026-11-25'");
        assertThat(future.getMessage()).isEqualTo("start: a placement is recorded on or after the day the child arrives, "
                + "and today is 2026-11-24; hold the vacancy until then (got '2026-11-25')");
        expectRefused("startPlacement", with(K1_TO_HH_B, "start", "2015-01-01"), "INVALID_ARGUMENT", "start", "'2015-01-01'");
        expectRefused("startPlacement", with(K1_TO_HH_B, "weeklyCost", -1), "INVALID_ARGUMENT", "weeklyCost", "'-1.0'");
        expectRefused("startPlacement", with(K1_TO_HH_B, "weeklyCost", 1_000_000), "INVALID_ARGUMENT", "weeklyCost",
                "'1000000.0'");

        graphQl.documentName("startPlacement").variable("input", with(K1_TO_HH_B, "start", "2026-02-30")).execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getMessage()).contains("2026-02-30");
                });
        assertThat(count("MATCH (p:Placement) RETURN count(p)")).isEqualTo(4);
    }

    @Test
    void refusesAHouseholdThatIsNotApprovedFullOrAHubsSleepoverBed() {
        var onHold = expectRefused("startPlacement", with(K1_TO_HH_B, "householdId", "HH-HOLD"), "HOUSEHOLD_NOT_APPROVED",
                "householdId", "'HH-HOLD'");
        assertThat(onHold.getMessage()).isEqualTo("householdId: household HH-HOLD is on hold, not approved, so it cannot take a child");

        given("MATCH (k:Child {id: 'K2'}), (a:Household {id: 'HH-C'}) "
                + "CREATE (k)-[:HAD]->(:Placement {id: 'PL-K2', start: date('2026-10-01'), placeCode: 'U6', providerCode: 'PR1', weeklyCost: 1.0})-[:WITH]->(a)");
        var full = expectRefused("startPlacement", with(K1_TO_HH_B, "householdId", "HH-C"), "NO_VACANCY", "householdId", "'HH-C'");
        assertThat(full.getMessage()).isEqualTo("householdId: household HH-C has no vacancy for a placement today");

        var hub = expectRefused("startPlacement", with(K1_TO_HH_B, "householdId", "HUB"), "NO_VACANCY", "householdId", "'HUB'");
        assertThat(hub.getMessage()).isEqualTo(
                "householdId: household HUB has no vacancy for a placement today (a hub keeps its two sleepover beds free)");
    }

    @Test
    void aChildHasAtMostOnePlacementAtATime() {
        var placed = expectRefused("startPlacement", with(K1_TO_HH_B, "childId", "K0"), "CHILD_ALREADY_PLACED", "childId", "'K0'");
        assertThat(placed.getMessage()).isEqualTo(
                "childId: the child already has placement PL-K0 from 2026-01-05 (open); end it first, or use movePlacement");
        // K99 left HH-C on 2026-09-01: a new placement may start that day, not before.
        Map<String, Object> k99ToHhA = with(K1_TO_HH_B, "childId", "K99", "householdId", "HH-A");
        expectRefused("startPlacement", with(k99ToHhA, "start", "2026-08-31"), "CHILD_ALREADY_PLACED", "childId", "'K99'");
        graphQl.documentName("startPlacement").variable("input", with(k99ToHhA, "start", "2026-09-01"))
                .execute().path("startPlacement.start").entity(String.class).isEqualTo("2026-09-01");
    }

    @Test
    void theChildsAgeMustBeInsideTheTermsOfApprovalUnlessAnExemptionIsGiven() {
        var tooOld = expectRefused("startPlacement", with(K1_TO_HH_B, "childId", "TEEN"), "AGE_OUTSIDE_TERMS", "childId", "'TEEN'");
        assertThat(tooOld.getMessage()).isEqualTo("childId: the child's age on 2026-11-24 is outside household HH-B's terms "
                + "of approval (ages 0 to 10); give ageExemptionReason to place anyway");
        expectRefused("startPlacement", with(K1_TO_HH_B, "childId", "TEEN", "ageExemptionReason", "  "),
                "INVALID_ARGUMENT", "ageExemptionReason", "'  '");

        graphQl.documentName("startPlacement")
                .variable("input", with(K1_TO_HH_B, "childId", "TEEN", "ageExemptionReason", "Keeps him with his sister"))
                .execute().path("startPlacement.ageExemptionReason").entity(String.class).isEqualTo("Keeps him with his sister");
    }

    @Test
    void theCodesMustFitTheHousehold() {
        var agency = expectRefused("startPlacement", with(K1_TO_HH_B, "providerCode", "PR4"), "PROVIDER_MISMATCH",
                "providerCode", "'PR4'");
        assertThat(agency.getMessage()).isEqualTo("providerCode: household HH-B is the council's own provision, so the code is PR1");
        var inHouse = expectRefused("startPlacement", with(K1_TO_HH_B, "householdId", "HH-IFA"), "PROVIDER_MISMATCH",
                "providerCode", "'PR1'");
        assertThat(inHouse.getMessage()).isEqualTo("providerCode: household HH-IFA is provided by Acorn Fostering, so the code is PR4");
        var home = expectRefused("startPlacement", with(K1_TO_HH_B, "placeCode", "K2"), "PLACEMENT_TYPE_MISMATCH",
                "placeCode", "'K2'");
        assertThat(home.getMessage()).isEqualTo(
                "placeCode: K2 is a childrens home placement, which household HH-B (IN_HOUSE_FOSTERING) does not provide");

        graphQl.documentName("startPlacement")
                .variable("input", with(K1_TO_HH_B, "householdId", "HH-IFA", "providerCode", "PR4", "weeklyCost", 820))
                .execute().path("startPlacement.internal").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void aBackdatedPlacementMustHaveFittedOnEveryDaySinceItsStart() {
        // HH-C's one place was K99's until 2026-09-01.
        expectRefused("startPlacement", with(K1_TO_HH_B, "householdId", "HH-C", "start", "2026-08-01"), "NO_VACANCY",
                "householdId", "'HH-C'");
        graphQl.documentName("startPlacement").variable("input", with(K1_TO_HH_B, "householdId", "HH-C", "start", "2026-09-01"))
                .execute().path("startPlacement.household.vacancies").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void endingAPlacementKeepsItInTheHistoryAndFreesThePlace() {
        graphQl.documentName("endPlacement")
                .variable("input", Map.of("placementId", "PL-K0", "end", "2026-11-20", "reasonCode", "CARPL")).execute()
                .path("endPlacement.end").entity(String.class).isEqualTo("2026-11-20")
                .path("endPlacement.endReason").entity(String.class).isEqualTo("CARPL")
                .path("endPlacement.household.vacancies").entity(Integer.class).isEqualTo(2);

        graphQl.documentName("childCurrentPlacement").variable("id", "K0").execute()
                .path("child.currentPlacement").valueIsNull()
                .path("child.placements[*].id").entityList(String.class).containsExactly("PL-K0");
        assertThat(count("MATCH (p:Placement {id: 'PL-K0', endedBy: 'tester'}) RETURN count(p)")).isEqualTo(1);
    }

    @Test
    void refusesAnEndThatIsImpossible() {
        Map<String, Object> end = Map.of("placementId", "PL-K0", "end", "2026-11-20", "reasonCode", "CARPL");
        expectRefused("endPlacement", with(end, "end", "2026-01-04"), "INVALID_ARGUMENT", "end", "'2026-01-04'");
        expectRefused("endPlacement", with(end, "end", "2026-12-01"), "INVALID_ARGUMENT", "end", "'2026-12-01'");
        expectRefused("endPlacement", with(end, "reasonCode", "BORED"), "INVALID_ARGUMENT", "reasonCode", "'BORED'");
        expectRefused("endPlacement", with(end, "placementId", "PL-404"), "NOT_FOUND", "placementId", "'PL-404'");
        var ended = expectRefused("endPlacement", with(end, "placementId", "PL-K99"), "PLACEMENT_ALREADY_ENDED",
                "placementId", "'PL-K99'");
        assertThat(ended.getMessage()).isEqualTo("placementId: the placement already ended on 2026-09-01");
    }

    @Test
    void aMoveEndsTheOldPlacementAndStartsTheNewOneTogether() {
        Map<String, Object> move = Map.of("childId", "K0", "householdId", "HH-B", "date", "2026-11-24", "placeCode", "U4",
                "providerCode", "PR1", "weeklyCost", 430, "reasonCode", "CARPL");
        var response = graphQl.documentName("movePlacement").variable("input", move).execute();
        response.path("movePlacement.start").entity(String.class).isEqualTo("2026-11-24")
                .path("movePlacement.household.id").entity(String.class).isEqualTo("HH-B")
                .path("movePlacement.household.vacancies").entity(Integer.class).isEqualTo(2)
                .path("movePlacement.child.placements[0].id").entity(String.class).isEqualTo("PL-K0")
                .path("movePlacement.child.placements[0].end").entity(String.class).isEqualTo("2026-11-24")
                .path("movePlacement.child.placements[0].endReason").entity(String.class).isEqualTo("CARPL")
                .path("movePlacement.child.placements[1].end").valueIsNull();
        graphQl.documentName("householdVacancies").variable("id", "HH-A").execute()
                .path("household.vacancies").entity(Integer.class).isEqualTo(2);
    }

    @Test
    void aMoveThatCannotStartTheNewPlacementLeavesTheOldOneOpen() {
        Map<String, Object> move = Map.of("childId", "K0", "householdId", "HH-HOLD", "date", "2026-11-24", "placeCode", "U4",
                "providerCode", "PR1", "weeklyCost", 430, "reasonCode", "CARPL");
        expectRefused("movePlacement", move, "HOUSEHOLD_NOT_APPROVED", "householdId", "'HH-HOLD'");
        expectRefused("movePlacement", with(move, "childId", "K1", "householdId", "HH-B"), "NO_CURRENT_PLACEMENT",
                "childId", "'K1'");
    }
}
