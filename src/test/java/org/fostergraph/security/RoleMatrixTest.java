package org.fostergraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.fostergraph.SeededGraphTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.HttpStatus;

/**
 * The role × operation matrix of docs/SECURITY.md, walked over HTTP on the demo council with the four local users.
 * With them, a provider's staff, who may use only the provider's own fields. A query a role may run answers data (or,
 * for an id the graph does not hold, null) and no error; one it may not answers a FORBIDDEN error and no data. Mutations
 * are sent with ids the graph does not hold, so the seed is left as it is: an allowed role gets past the role check
 * to the mutation's own NOT_FOUND or BAD_REQUEST, a denied one is stopped with FORBIDDEN.
 */
class RoleMatrixTest extends SeededGraphTest {

    private static final String F = "fostering";
    private static final String O = "officer";
    private static final String C = "commissioner";
    private static final String A = "admin";
    /** A provider's staff (the demo's agency Oakleaf Family Fostering): allowed only their provider's own fields. */
    private static final String P = "provider";
    private static final List<String> USERS = List.of(F, O, C, A, P);

    static Stream<Arguments> queries() {
        return Stream.of(
                query("localities", "{ localities { id } }", F, O, C, A),
                query("postcodeSector", "{ postcodeSector(sector: \"WS2 8\") { sector } }", F, O, C, A),
                query("child", "{ child(id: \"CH-0001\") { id dateOfBirth } }", O),
                query("children", "{ children(first: 1) { totalCount } }", O),
                query("household", "{ household(id: \"HH-IN-001\") { id name } }", F, O),
                query("constellations", "{ constellations(first: 1) { totalCount } }", F, O),
                query("constellation", "{ constellation(id: \"CON-1\") { id name } }", F, O),
                query("localitiesWithoutConstellation", "{ localitiesWithoutConstellation { id } }", F, O),
                query("changes", "{ changes(subjectId: \"HH-IN-001\") { id } }", F, O),
                query("matchesForChild", "{ matchesForChild(childId: \"CH-0001\") { candidates { score } } }", O),
                query("matchesForReferral", "{ matchesForReferral(referral: {children: [{age: 8, sex: FEMALE}], "
                        + "homePostcodeSector: \"WS2 8\"}) { candidates { score } } }", O),
                query("stepDownOpportunities", "{ stepDownOpportunities(first: 1) { totalCount } }", O),
                query("whyNot", "{ whyNot(childId: \"CH-0001\", householdId: \"HH-IN-001\") { eligible } }", O),
                query("referral", "{ referral(id: \"REF-001\") { id } }", O),
                query("referrals", "{ referrals(first: 1) { totalCount } }", O),
                query("placementMix", "{ placementMix(asOf: \"2026-10-31\") { total } }", F, O, C),
                query("placementMixTrend", "{ placementMixTrend(from: \"2026-09-30\", to: \"2026-10-31\") { total } }", F, O, C),
                query("sufficiency", "{ sufficiency(asOf: \"2026-10-31\") { asOf } }", F, O, C),
                query("carerRecruitment", "{ carerRecruitment(from: \"2025-04-01\") { netGain } }", F, O, C),
                query("distanceFromHome", "{ distanceFromHome(asOf: \"2026-10-31\") { measured } }", F, O, C),
                query("placementStability", "{ placementStability(asOf: \"2026-10-31\") { asOf } }", F, O, C),
                query("savingsTracker", "{ savingsTracker(from: \"2025-11-01\", to: \"2026-10-31\") { from } }", F, O, C),
                query("mockingbirdOutcomes", "{ mockingbirdOutcomes(from: \"2025-11-01\", to: \"2026-10-31\") { from } }", F, O, C),
                query("sufficiencyForecast", "{ sufficiencyForecast(cutOff: \"2026-10-31\", horizonMonths: 1) { cutOff } }", F, O, C),
                query("forecastRates", "{ forecastRates(cutOff: \"2026-10-31\") { rate } }", F, O, C),
                query("forecastBackTest", "{ forecastBackTest(cutOff: \"2025-10-31\") { actualTotal } }", F, O, C),
                query("childReads", "{ childReads(first: 1) { id } }", A),
                query("fosteringPlaces", "{ fosteringPlaces(asOf: \"2026-10-31\") { approved offered } }", F, O, C),
                query("fosteringReturn", "{ fosteringReturn(year: \"2025/26\") { complete places { approved } } }", F, O, C),
                query("providersForReferral", "{ providersForReferral(referralId: \"REF-001\") { homesThatFit } }", O),
                query("providerReferrals", "{ providerReferrals(first: 1) { totalCount } }", P),
                query("providerReferral", "{ providerReferral(id: \"NO-SUCH\") { id } }", P),
                query("providerHomes", "{ providerHomes { id vacant } }", P));
    }

    static Stream<Arguments> mutations() {
        return Stream.of(
                mutation("registerChild", "registerChild(input: {dateOfBirth: \"2030-01-01\", sex: MALE}) { id }", O),
                mutation("setChildLocations", "setChildLocations(input: {childId: \"NO-SUCH\"}) { id }", O),
                mutation("recordChildNeeds", "recordChildNeeds(input: {childId: \"NO-SUCH\", needs: []}) { id }", O),
                mutation("linkSiblings", "linkSiblings(input: {childId: \"NO-SUCH\", siblingId: \"NO-SUCH-2\"}) { id }", O),
                mutation("registerHousehold", "registerHousehold(input: {name: \" \", provision: IN_HOUSE_FOSTERING, "
                        + "enquiryDate: \"2026-11-01\"}) { id }", F),
                mutation("changeHouseholdStatus", "changeHouseholdStatus(input: {householdId: \"NO-SUCH\", status: APPROVED, "
                        + "date: \"2026-11-01\"}) { id }", F),
                mutation("setTermsOfApproval", "setTermsOfApproval(input: {householdId: \"NO-SUCH\", approvedPlaces: 1, ageMin: 0, "
                        + "ageMax: 18, approvalTypes: [LONG_TERM]}) { id }", F),
                mutation("setHouseholdAttributes", "setHouseholdAttributes(input: {householdId: \"NO-SUCH\"}) { id }", F),
                mutation("createConstellation", "createConstellation(input: {name: \"X\", hubId: \"NO-SUCH\", "
                        + "launched: \"2026-11-01\"}) { id }", F),
                mutation("addSatellite", "addSatellite(input: {constellationId: \"NO-SUCH\", householdId: \"NO-SUCH\", "
                        + "since: \"2026-11-01\"}) { id }", F),
                mutation("removeSatellite", "removeSatellite(input: {constellationId: \"NO-SUCH\", householdId: \"NO-SUCH\", "
                        + "until: \"2026-11-01\"}) { id }", F),
                mutation("moveSatellite", "moveSatellite(input: {householdId: \"NO-SUCH\", fromConstellationId: \"NO-SUCH\", "
                        + "toConstellationId: \"NO-SUCH-2\", on: \"2026-11-01\"}) { id }", F),
                mutation("recordConstellationEvent", "recordConstellationEvent(input: {constellationId: \"NO-SUCH\", "
                        + "kind: MEETING, date: \"2026-11-01\"}) { id }", F),
                mutation("recordSleepover", "recordSleepover(input: {constellationId: \"NO-SUCH\", childId: \"NO-SUCH\", "
                        + "kind: SLEEPOVER, urgency: PLANNED, start: \"2026-11-25\"}) { id }", F),
                mutation("startPlacement", "startPlacement(input: {childId: \"NO-SUCH\", householdId: \"NO-SUCH\", "
                        + "start: \"2026-11-01\", placeCode: \"U4\", providerCode: \"PR1\", weeklyCost: 400}) { id }", O),
                mutation("endPlacement", "endPlacement(input: {placementId: \"NO-SUCH\", end: \"2026-11-01\", "
                        + "reasonCode: \"E13\"}) { id }", O),
                mutation("movePlacement", "movePlacement(input: {childId: \"NO-SUCH\", householdId: \"NO-SUCH\", "
                        + "date: \"2026-11-01\", placeCode: \"U4\", providerCode: \"PR1\", weeklyCost: 400, "
                        + "reasonCode: \"CHILD\"}) { id }", O),
                mutation("holdVacancy", "holdVacancy(input: {householdId: \"NO-SUCH\", childId: \"NO-SUCH\"}) { id }", O),
                mutation("releaseHold", "releaseHold(input: {holdId: \"NO-SUCH\"}) { id }", O),
                mutation("openReferral", "openReferral(input: {childIds: [\"NO-SUCH\"], received: \"2026-11-01\", "
                        + "urgency: PLANNED}) { id }", O),
                mutation("closeReferral", "closeReferral(input: {referralId: \"NO-SUCH\", date: \"2026-11-01\", "
                        + "outcome: WITHDRAWN}) { id }", O),
                mutation("sendReferralToProviders", "sendReferralToProviders(input: {referralId: \"NO-SUCH\"}) { id }", O),
                mutation("acceptOffer", "acceptOffer(input: {offerId: \"NO-SUCH\"}) { id }", O),
                mutation("offerPlacement", "offerPlacement(input: {providerReferralId: \"NO-SUCH\", householdId: \"NO-SUCH\", "
                        + "start: \"2026-11-25\", weeklyCore: 900}) { id }", P),
                mutation("markPlacesNotAvailable", "markPlacesNotAvailable(input: {householdId: \"NO-SUCH\", places: 1, "
                        + "reason: CARER_BREAK, from: \"2026-11-24\", until: \"2026-12-01\"}) { id }", F),
                mutation("markHomePlacesNotAvailable", "markHomePlacesNotAvailable(input: {householdId: \"NO-SUCH\", places: 1, "
                        + "reason: CARER_BREAK, from: \"2026-11-24\", until: \"2026-12-01\"}) { id }", P),
                mutation("declineReferral", "declineReferral(input: {providerReferralId: \"NO-SUCH\", reason: NO_VACANCY}) { id }", P));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void everyRoleRunsTheQueriesItMayAndNoOther(String field, String document, Set<String> allowed) {
        for (String user : USERS) {
            if (allowed.contains(user)) {
                GraphQlTester.Response response = graphQlAs(user).document(document).execute();
                response.errors().verify();
                if (document.contains("NO-SUCH")) {
                    response.path(field).valueIsNull();
                }
                else {
                    response.path(field).hasValue();
                }
            }
            else {
                assertDenied(user, document, "Query", field);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void everyRoleMakesTheChangesItMayAndNoOther(String field, String document, Set<String> allowed) {
        for (String user : USERS) {
            if (allowed.contains(user)) {
                graphQlAs(user).document(document).execute().errors().satisfy(errors -> {
                    assertThat(errors).as(user).hasSize(1);
                    assertThat(errors.get(0).getErrorType().toString()).as(user + " past the role check").isIn("NOT_FOUND", "BAD_REQUEST");
                });
            }
            else {
                assertDenied(user, document, "Mutation", field);
            }
        }
    }

    @Test
    void theFosteringTeamSeesOnlyAChildsIdAgeAndSexThroughAHousehold() {
        graphQlAs(F).document("{ household(id: \"HH-IN-001\") { children { id ageYears sex } } }").execute()
                .errors().verify()
                .path("household.children[*].id").entityList(String.class).hasSizeGreaterThan(0);

        GraphQlTester.Response dateOfBirth = graphQlAs(F)
                .document("{ household(id: \"HH-IN-001\") { name children { id dateOfBirth } } }").execute();
        dateOfBirth.errors().satisfy(errors -> {
            assertThat(errors).extracting(error -> error.getErrorType().toString()).contains("FORBIDDEN");
            assertThat(errors.get(0).getMessage()).isEqualTo("Child.dateOfBirth is not available to your role");
        });
        // Child.dateOfBirth is non-null, so the refused field takes the child, the list and the household with it.
        dateOfBirth.path("household").valueIsNull();

        graphQlAs(F).document("{ household(id: \"HH-IN-001\") { children { placements { id } } } }").execute()
                .errors().satisfy(errors -> assertThat(errors.get(0).getMessage()).isEqualTo("Child.placements is not available to your role"));
    }

    @Test
    void restEndpointsFollowTheSameRolesAndOnlyHealthAnswersWithoutSigningIn() {
        for (String user : USERS) {
            as(user).get().uri("/api/reports/placement-mix.csv?asOf=2026-10-31").exchange().expectStatus()
                    .isEqualTo(user.equals(A) || user.equals(P) ? HttpStatus.FORBIDDEN : HttpStatus.OK);
            as(user).get().uri("/api/ssda903/header.csv").exchange().expectStatus()
                    .isEqualTo(user.equals(A) ? HttpStatus.OK : HttpStatus.FORBIDDEN);
            as(user).get().uri("/api/referrals/REF-001/placements-standard.json").exchange().expectStatus()
                    .isEqualTo(user.equals(O) ? HttpStatus.OK : HttpStatus.FORBIDDEN);
        }
        anonymous().post().uri("/graphql").bodyValue(Map.of("query", "{ localities { id } }")).exchange()
                .expectStatus().isUnauthorized();
        anonymous().get().uri("/api/reports/placement-mix.csv").exchange().expectStatus().isUnauthorized();
        anonymous().get().uri("/actuator/info").exchange().expectStatus().isUnauthorized();
        anonymous().get().uri("/actuator/health").exchange().expectStatus().isOk();
        as(O).mutate().defaultHeaders(headers -> headers.setBasicAuth(O, "wrong")).build()
                .post().uri("/graphql").bodyValue(Map.of("query", "{ localities { id } }")).exchange()
                .expectStatus().isUnauthorized();
    }

    /**
     * FORBIDDEN and no data: the field is null, or (a non-null field) the whole of data is, with graphql-java's note
     * that a non-null field was null as the only other error.
     */
    @SuppressWarnings("unchecked")
    private void assertDenied(String user, String document, String root, String field) {
        Map<String, Object> body = as(user).post().uri("/graphql").bodyValue(Map.of("query", document)).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        Map<String, Object> data = (Map<String, Object>) body.get("data");
        assertThat(data == null ? null : data.get(field)).as(user + " data").isNull();
        List<Map<String, Object>> errors = (List<Map<String, Object>>) body.get("errors");
        Map<String, Object> first = errors.get(0);
        assertThat(((Map<String, Object>) first.get("extensions")).get("classification")).as(user).isEqualTo("FORBIDDEN");
        assertThat(first.get("message")).as(user).isEqualTo(root + "." + field + " is not available to your role");
        assertThat(errors.subList(1, errors.size())).as(user)
                .allSatisfy(other -> assertThat(((Map<String, Object>) other.get("extensions")).get("classification"))
                        .isIn("NullValueInNonNullableField", "FORBIDDEN"));
    }

    private static Arguments query(String field, String document, String... allowed) {
        return Arguments.of(field, document, Set.of(allowed));
    }

    private static Arguments mutation(String field, String selection, String... allowed) {
        return Arguments.of(field, "mutation { " + selection + " }", Set.of(allowed));
    }
}
