package org.fostergraph.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.summary.Plan;

import org.fostergraph.ChangeTest;
import org.fostergraph.neo4j.GraphSessions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ranked, explained matches on the hand-built {@link Northtown}. Scores: council carer 20; home 30 × (1 − miles/30);
 * school 15 × (1 − miles/30); school run 10; same locality 10; constellation 10; cost 15 × (820 − cost)/820.
 */
class MatchingTest extends ChangeTest {

    private static final Map<String, Object> HOME = Map.of("latitude", 52.6, "longitude", -2.0);

    @Autowired
    private GraphSessions sessions;

    @BeforeEach
    void northtown() {
        given(Northtown.CYPHER);
    }

    @Test
    void rankedAndExplainedMatchesForOneChild() {
        var response = graphQl.documentName("matchesForChild").variable("childId", "C1").execute();

        response.path("matchesForChild.candidates[*].household.id").entityList(String.class)
                .containsExactly("HUB", "NEAR", "BIG", "MID", "FAR")
                .path("matchesForChild.candidates[*].score").entityList(Double.class).containsExactly(102.3, 102.1, 91.1, 77.9, 36.8)
                .path("matchesForChild.candidates[*].distanceMiles").entityList(Double.class).containsExactly(0.3, 0.7, 1.4, 3.5, 24.2)
                .path("matchesForChild.candidates[*].distanceToSchoolMiles").entityList(Double.class)
                .containsExactly(0.3, 0.0, 0.7, 2.8, 23.5)
                .path("matchesForChild.candidates[1].reasons[*].factor").entityList(String.class).containsExactly("COUNCIL_CARER",
                        "HOME_DISTANCE", "SCHOOL_DISTANCE", "SCHOOL_CONTINUITY", "SAME_LOCALITY", "CONSTELLATION", "COST")
                .path("matchesForChild.candidates[1].reasons[*].points").entityList(Double.class)
                .containsExactly(20.0, 29.3, 15.0, 10.0, 10.0, 10.0, 7.8)
                .path("matchesForChild.candidates[1].reasons[*].detail").entityList(String.class).containsExactly(
                        "The council's own carer, preferred to bought-in care (s22C).", "0.7 miles from home.",
                        "0.0 miles from school.", "Within 5 miles of school: the child can stay at it.",
                        "In the child's home locality.", "In Mockingbird constellation K: hub support and sleepovers.",
                        "£396 a week, £424 less than an agency placement.")
                .path("matchesForChild.candidates[1].weeklyCost").entity(Double.class).isEqualTo(396.0)
                .path("matchesForChild.candidates[1].flags").entityList(String.class).hasSize(0)
                .path("matchesForChild.candidates[4].flags").entityList(String.class).containsExactly(
                        "More than 20 miles from home: needs the Director of Children's Services' approval.",
                        "Outside the council's boundary.")
                .path("matchesForChild.excluded[*].household.id").entityList(String.class).containsExactly("FULL", "PAUSED", "KIN")
                .path("matchesForChild.excluded[*].rule").entityList(String.class)
                .containsExactly("NO_VACANCY", "NOT_APPROVED", "CONNECTED_PERSON_ONLY")
                .path("matchesForChild.excluded[*].distanceMiles").entityList(Double.class).containsExactly(0.1, 0.2, 0.3)
                .path("matchesForChild.excluded[1].detail").entity(String.class).isEqualTo("The household is on hold, not approved.");
    }

    @Test
    void aFamilyHomeIsNoCandidateEvenWithItsPlaceFree() {
        // Another child's parents' home, next door, approved for the child who has since come back into care.
        given("""
                MATCH (north:Locality {id: 'NORTH'})
                CREATE (:Household {id: 'FAMILY', name: 'Family home', provision: 'PARENTS', status: 'APPROVED',
                        statusSince: date('2020-01-01'), approvedPlaces: 1, ageMin: 0, ageMax: 18, approvalTypes: [],
                        location: point({latitude: 52.6001, longitude: -2.0})})-[:IN]->(north)
                """);

        for (Map<String, Object> options : List.<Map<String, Object>>of(Map.of(), Map.of("includeExternal", true))) {
            graphQl.documentName("matchesForChild").variable("childId", "C1").variable("options", options).execute()
                    .path("matchesForChild.candidates[*].household.id").entityList(String.class).doesNotContain("FAMILY")
                    .path("matchesForChild.excluded[*].household.id").entityList(String.class).doesNotContain("FAMILY")
                    .path("matchesForChild.candidates[0].household.id").entity(String.class).isEqualTo("HUB");
        }
    }

    @Test
    void externalHomesAreShownWithTheirCostWhenAsked() {
        graphQl.documentName("matchesForChild").variable("childId", "C1").variable("options", Map.of("includeExternal", true))
                .execute()
                .path("matchesForChild.candidates[*].household.id").entityList(String.class)
                .containsExactly("HUB", "NEAR", "BIG", "MID", "IFA2", "FAR")
                .path("matchesForChild.candidates[4].internal").entity(Boolean.class).isEqualTo(false)
                .path("matchesForChild.candidates[4].weeklyCost").entity(Double.class).isEqualTo(820.0)
                .path("matchesForChild.candidates[4].score").entity(Double.class).isEqualTo(53.6)
                .path("matchesForChild.candidates[4].reasons[*].factor").entityList(String.class)
                .containsExactly("HOME_DISTANCE", "SCHOOL_DISTANCE", "SCHOOL_CONTINUITY", "COST")
                .path("matchesForChild.candidates[4].flags").entityList(String.class).containsExactly("Outside the council's boundary.")
                .path("matchesForChild.excluded[3].household.id").entity(String.class).isEqualTo("IFA")
                .path("matchesForChild.excluded[3].rule").entity(String.class).isEqualTo("CURRENT_HOME");
    }

    @Test
    void aSiblingGroupOfThreeFitsOnlyTheOneHouseholdWithRoomForAll() {
        Map<String, Object> referral = Map.of("homeLocation", HOME, "children", List.of(Map.of("age", 9, "sex", "MALE"),
                Map.of("age", 7, "sex", "FEMALE"), Map.of("dateOfBirth", "2022-01-10", "sex", "MALE")));
        graphQl.documentName("matchesForReferral").variable("referral", referral).execute()
                .path("matchesForReferral.candidates[*].household.id").entityList(String.class).containsExactly("BIG")
                .path("matchesForReferral.candidates[0].score").entity(Double.class).isEqualTo(56.4)
                .path("matchesForReferral.candidates[0].weeklyCost").entity(Double.class).isEqualTo(1188.0)
                .path("matchesForReferral.excluded[*].household.id").entityList(String.class)
                .containsExactly("FULL", "PAUSED", "KIN", "HUB", "NEAR", "MID", "FAR")
                .path("matchesForReferral.excluded[*].rule").entityList(String.class).containsExactly("NO_VACANCY", "NOT_APPROVED",
                        "CONNECTED_PERSON_ONLY", "NO_VACANCY", "NO_VACANCY", "NO_VACANCY", "NO_VACANCY")
                .path("matchesForReferral.excluded[3].detail").entity(String.class).isEqualTo(
                        "1 place(s) free for 3 child(ren); a hub's two sleepover beds are never offered for placements.");

        given("MATCH (h:Household {id: 'BIG'}) SET h.bedrooms = 2");
        graphQl.documentName("matchesForReferral").variable("referral", referral).execute()
                .path("matchesForReferral.candidates").entityList(Object.class).hasSize(0)
                .path("matchesForReferral.excluded[5].rule").entity(String.class).isEqualTo("BEDROOMS")
                .path("matchesForReferral.excluded[5].detail").entity(String.class)
                .isEqualTo("2 bedroom(s) for children; 3 needed, as each child over 3 has their own room unless sharing is agreed.");
        graphQl.documentName("matchesForReferral").variable("referral", referral).variable("options", Map.of("sharingAgreed", true))
                .execute().path("matchesForReferral.candidates[*].household.id").entityList(String.class).containsExactly("BIG");
    }

    @Test
    void theOnlyNearHomeIsExcludedByARiskRule() {
        graphQl.documentName("matchesForChild").variable("childId", "C1")
                .variable("options", Map.of("maxDistanceMiles", 0.5, "risks", List.of("NO_OLDER_CHILDREN"))).execute()
                .path("matchesForChild.candidates").entityList(Object.class).hasSize(0)
                .path("matchesForChild.excluded[*].household.id").entityList(String.class).containsExactly("FULL", "PAUSED", "KIN", "HUB")
                .path("matchesForChild.excluded[3].rule").entity(String.class).isEqualTo("RISK")
                .path("matchesForChild.excluded[3].detail").entity(String.class)
                .isEqualTo("The child must not live with older children, and an older child lives here.");
        graphQl.documentName("matchesForChild").variable("childId", "C1")
                .variable("options", Map.of("risks", List.of("NO_YOUNGER_CHILDREN"))).execute()
                .path("matchesForChild.candidates[0].household.id").entity(String.class).isEqualTo("HUB");
    }

    @Test
    void aHubNeverOffersItsSleepoverBeds() {
        Map<String, Object> twoChildren = Map.of("homeLocation", HOME, "children",
                List.of(Map.of("age", 9, "sex", "MALE"), Map.of("age", 8, "sex", "FEMALE")));
        graphQl.documentName("matchesForReferral").variable("referral", twoChildren).variable("options", Map.of("maxDistanceMiles", 0.5))
                .execute()
                .path("matchesForReferral.candidates").entityList(Object.class).hasSize(0)
                .path("matchesForReferral.excluded[3].household.id").entity(String.class).isEqualTo("HUB")
                .path("matchesForReferral.excluded[3].detail").entity(String.class).isEqualTo(
                        "1 place(s) free for 2 child(ren); a hub's two sleepover beds are never offered for placements.");
    }

    @Test
    void stepDownListsChildrenWhoCouldComeHomeWithTheSavingAndSaysWhyNotTheOthers() {
        given("""
                MATCH (ifa:Household {id: 'IFA'}), (north:Locality {id: 'NORTH'})
                UNWIND [
                  {id: 'C2', code: 'U4', start: date('2024-01-01'), lat: 52.6},
                  {id: 'C3', code: 'U6', start: date('2026-10-01'), lat: 52.6},
                  {id: 'C4', code: 'U6', start: date('2024-01-01'), lat: 53.6}
                ] AS row
                CREATE (c:Child {id: row.id, dateOfBirth: date('2017-01-01'), sex: 'MALE', needs: [],
                        homeLocation: point({latitude: row.lat, longitude: -2.0})})-[:HOME_IN]->(north)
                CREATE (c)-[:HAD]->(:Placement {id: 'P-' + row.id, start: row.start, placeCode: row.code, providerCode: 'PR4',
                        weeklyCost: 850.0})-[:WITH]->(ifa)
                """);

        graphQl.documentName("stepDown").execute()
                .path("stepDownOpportunities.totalCount").entity(Integer.class).isEqualTo(1)
                .path("stepDownOpportunities.edges[0].node.child.id").entity(String.class).isEqualTo("C1")
                .path("stepDownOpportunities.edges[0].node.currentPlacement.id").entity(String.class).isEqualTo("P-C1")
                .path("stepDownOpportunities.edges[0].node.currentWeeklyCost").entity(Double.class).isEqualTo(820.0)
                .path("stepDownOpportunities.edges[0].node.bestMatch.household.id").entity(String.class).isEqualTo("HUB")
                .path("stepDownOpportunities.edges[0].node.bestMatch.score").entity(Double.class).isEqualTo(102.3)
                .path("stepDownOpportunities.edges[0].node.annualSaving").entity(Double.class).isEqualTo(22048.0)
                .path("stepDownOpportunities.excluded[*].child.id").entityList(String.class).containsExactly("C2", "C3", "C4")
                .path("stepDownOpportunities.excluded[*].reason").entityList(String.class)
                .containsExactly("LONG_TERM_MATCH", "SETTLING", "NO_IN_HOUSE_MATCH")
                .path("stepDownOpportunities.excluded[1].detail").entity(String.class)
                .isEqualTo("Started on 2026-10-01, less than 90 days ago: left to settle.")
                .path("stepDownOpportunities.excluded[2].detail").entity(String.class)
                .isEqualTo("No in-house household within 30 miles can take the child now.");
        graphQl.documentName("stepDown").variable("localityId", "SOUTH").execute()
                .path("stepDownOpportunities.totalCount").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void whyNotNamesTheRuleForOneHousehold() {
        graphQl.documentName("whyNot").variable("childId", "C1").variable("householdId", "FULL").execute()
                .path("whyNot.eligible").entity(Boolean.class).isEqualTo(false)
                .path("whyNot.rule").entity(String.class).isEqualTo("NO_VACANCY")
                .path("whyNot.detail").entity(String.class).isEqualTo("0 place(s) free for 1 child(ren).");
        graphQl.documentName("whyNot").variable("childId", "C1").variable("householdId", "NEAR").execute()
                .path("whyNot.eligible").entity(Boolean.class).isEqualTo(true)
                .path("whyNot.candidate.score").entity(Double.class).isEqualTo(102.1);
        given("MATCH (h:Household {id: 'FAR'}) SET h.location = point({latitude: 53.2, longitude: -2.0})");
        graphQl.documentName("whyNot").variable("childId", "C1").variable("householdId", "FAR").execute()
                .path("whyNot.rule").entity(String.class).isEqualTo("TOO_FAR")
                .path("whyNot.detail").entity(String.class).isEqualTo("41.5 miles from home, beyond the 30-mile limit of this search.");
    }

    @Test
    void refusesBadRequestsNamingTheField() {
        graphQl.documentName("matchesForChild").variable("childId", "NOPE").execute().errors().satisfy(errors ->
                assertThat(errors.get(0).getExtensions()).containsEntry("code", "NOT_FOUND").containsEntry("field", "childId"));
        graphQl.documentName("matchesForChild").variable("childId", "C1").variable("options", Map.of("maxDistanceMiles", 0))
                .execute().errors().satisfy(errors -> assertThat(errors.get(0).getMessage())
                        .isEqualTo("maxDistanceMiles: from 0 to 200 miles (got '0.0')"));
        graphQl.documentName("matchesForReferral").variable("referral", Map.of("homePostcodeSector", "ZZ9 9",
                "children", List.of(Map.of("age", 9, "sex", "MALE")))).execute().errors().satisfy(errors ->
                assertThat(errors.get(0).getExtensions()).containsEntry("field", "homePostcodeSector").containsEntry("value", "'ZZ9 9'"));
    }

    @Test
    void householdsWithinReachAreSoughtAmongTheCallersCouncilsOnly() {
        List<String> operators = new ArrayList<>();
        List<String> seeks = new ArrayList<>();
        try (var session = sessions.open()) {
            for (boolean includeExternal : List.of(false, true)) {
                Plan plan = session.run("EXPLAIN " + MatchingRepository.WITHIN_REACH, Map.of("origins", List.of(),
                        "metres", 1000.0, "provisions", MatchingRepository.offered(includeExternal),
                        "councils", List.of(COUNCIL))).consume().plan();
                collect(plan, operators);
                details(plan, seeks);
            }
        }
        assertThat(operators).anySatisfy(operator -> assertThat(operator).startsWith("NodeIndexSeek"));
        assertThat(seeks).hasSize(2).allSatisfy(seek -> assertThat(seek).contains("h:Household(council, provision)"));
        assertThat(operators).noneSatisfy(operator -> assertThat(operator).startsWith("NodeByLabelScan"));
    }

    private static void details(Plan plan, List<String> seeks) {
        if (plan.operatorType().startsWith("NodeIndexSeek")) {
            seeks.add(String.valueOf(plan.arguments().get("Details")));
        }
        plan.children().forEach(child -> details(child, seeks));
    }

    private static void collect(Plan plan, List<String> operators) {
        operators.add(plan.operatorType());
        plan.children().forEach(child -> collect(child, operators));
    }
}
