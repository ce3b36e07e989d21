package org.fostergraph.household;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.fostergraph.ChangeTest;
import org.fostergraph.SmallCouncil;

import static org.assertj.core.api.Assertions.assertThat;

/** The recruitment lifecycle, terms of approval and attributes over HTTP GraphQL; today is 2026-11-24. */
class HouseholdMutationsTest extends ChangeTest {

    private static final Map<String, Object> ENQUIRY = Map.of("name", "The Hartley household", "provision",
            "IN_HOUSE_FOSTERING", "enquiryDate", "2026-03-02", "localityId", "L1", "postcodeSector", "WS2 8",
            "location", Map.of("latitude", 52.59, "longitude", -1.99));

    @BeforeEach
    void smallCouncil() {
        given(SmallCouncil.CYPHER);
    }

    @Test
    void aNewHouseholdGoesFromEnquiryToApprovedAndKeepsEveryStep() {
        String id = graphQl.documentName("registerHousehold").variable("input", ENQUIRY).execute()
                .path("registerHousehold.status").entity(String.class).isEqualTo("ENQUIRY")
                .path("registerHousehold.statusSince").entity(String.class).isEqualTo("2026-03-02")
                .path("registerHousehold.internal").entity(Boolean.class).isEqualTo(true)
                .path("registerHousehold.locality.id").entity(String.class).isEqualTo("L1")
                .path("registerHousehold.location.latitude").entity(Double.class).isEqualTo(52.59)
                .path("registerHousehold.approvedPlaces").entity(Integer.class).isEqualTo(0)
                .path("registerHousehold.vacancies").entity(Integer.class).isEqualTo(0)
                .path("registerHousehold.statusHistory[*].status").entityList(String.class).containsExactly("ENQUIRY")
                .path("registerHousehold.id").entity(String.class).get();

        changeStatus(id, "ASSESSMENT", "2026-04-01", null);
        graphQl.documentName("setTermsOfApproval").variable("input", Map.of("householdId", id, "approvedPlaces", 2,
                "ageMin", 0, "ageMax", 11, "approvalTypes", List.of("SHORT_TERM", "EMERGENCY"), "bedrooms", 3)).execute()
                .path("setTermsOfApproval.approvedPlaces").entity(Integer.class).isEqualTo(2)
                .path("setTermsOfApproval.approvalTypes").entityList(String.class).containsExactly("SHORT_TERM", "EMERGENCY")
                .path("setTermsOfApproval.vacancies").entity(Integer.class).isEqualTo(0);
        graphQl.documentName("changeHouseholdStatus").variable("input", Map.of("householdId", id, "status", "APPROVED",
                "date", "2026-10-15", "reason", "Panel recommended approval")).execute()
                .path("changeHouseholdStatus.status").entity(String.class).isEqualTo("APPROVED")
                .path("changeHouseholdStatus.vacancies").entity(Integer.class).isEqualTo(2)
                .path("changeHouseholdStatus.statusHistory[*].status").entityList(String.class)
                .containsExactly("ENQUIRY", "ASSESSMENT", "APPROVED")
                .path("changeHouseholdStatus.statusHistory[*].date").entityList(String.class)
                .containsExactly("2026-03-02", "2026-04-01", "2026-10-15")
                .path("changeHouseholdStatus.statusHistory[2].reason").entity(String.class).isEqualTo("Panel recommended approval")
                .path("changeHouseholdStatus.statusHistory[2].recordedBy").entity(String.class).isEqualTo("tester");

        graphQl.documentName("changes").variable("subjectId", id).execute()
                .path("changes[*].operation").entityList(String.class).hasSize(4);
    }

    @Test
    void refusesABadRegistration() {
        expectRefused("registerHousehold", with(ENQUIRY, "name", " "), "INVALID_ARGUMENT", "name", "' '");
        expectRefused("registerHousehold", with(ENQUIRY, "localityId", "L-404"), "NOT_FOUND", "localityId", "'L-404'");
        expectRefused("registerHousehold", with(ENQUIRY, "enquiryDate", "2027-01-01"), "INVALID_ARGUMENT", "enquiryDate",
                "'2027-01-01'");
        expectRefused("registerHousehold", with(ENQUIRY, "location", Map.of("latitude", 91, "longitude", 0)),
                "INVALID_ARGUMENT", "location", "'91.0,0.0'");
        expectRefused("registerHousehold", with(ENQUIRY, "provision", "IFA_FOSTERING"), "INVALID_ARGUMENT", "providerId",
                "nothing");
        expectRefused("registerHousehold", with(ENQUIRY, "provision", "IFA_FOSTERING", "providerId", "P-404"), "NOT_FOUND",
                "providerId", "'P-404'");
        expectRefused("registerHousehold", with(ENQUIRY, "providerId", "P-IFA"), "INVALID_ARGUMENT", "providerId", "'P-IFA'");
    }

    @Test
    void theLifecycleOnlyMovesAlongItsSteps() {
        var skip = expectRefused("changeHouseholdStatus", Map.of("householdId", "HH-HOLD", "status", "ASSESSMENT",
                "date", "2026-11-24"), "INVALID_TRANSITION", "status", "'ASSESSMENT'");
        assertThat(skip.getMessage()).isEqualTo("status: household HH-HOLD is ON_HOLD, which can move only to [APPROVED, DEREGISTERED]");
        expectRefused("changeHouseholdStatus", Map.of("householdId", "HH-B", "status", "ON_HOLD", "date", "2019-12-31"),
                "INVALID_ARGUMENT", "date", "'2019-12-31'");
        expectRefused("changeHouseholdStatus", Map.of("householdId", "HH-404", "status", "ON_HOLD", "date", "2026-11-24"),
                "NOT_FOUND", "householdId", "'HH-404'");

        changeStatus("HH-B", "ON_HOLD", "2026-11-01", "Carer unwell");
        graphQl.documentName("householdVacancies").variable("id", "HH-B").execute()
                .path("household.vacancies").entity(Integer.class).isEqualTo(0);
        changeStatus("HH-B", "APPROVED", "2026-11-20", null);
        graphQl.documentName("householdVacancies").variable("id", "HH-B").execute()
                .path("household.vacancies").entity(Integer.class).isEqualTo(3);
    }

    @Test
    void aHouseholdWithChildrenOrAHubIsNotDeregistered() {
        var children = expectRefused("changeHouseholdStatus", Map.of("householdId", "HH-A", "status", "DEREGISTERED",
                "date", "2026-11-24"), "HOUSEHOLD_HAS_CHILDREN", "status", "'DEREGISTERED'");
        assertThat(children.getMessage()).isEqualTo(
                "status: household HH-A has 1 open placement(s); end or move them before de-registering");
        given("MATCH (k:Child) WHERE k.id IN ['H1', 'H2'] MATCH (k)-[:HAD]->(p) SET p.end = date('2026-11-01')");
        expectRefused("changeHouseholdStatus", Map.of("householdId", "HUB", "status", "DEREGISTERED", "date", "2026-11-24"),
                "HOUSEHOLD_IS_HUB", "status", "'DEREGISTERED'");
    }

    @Test
    void aSatelliteThatDeregistersLeavesItsConstellationThatDay() {
        given("MATCH (h:Household {id: 'HH-B'}), (c:Constellation {id: 'C1'}) CREATE (h)-[:SATELLITE_OF {since: date('2025-01-01')}]->(c)");

        changeStatus("HH-B", "DEREGISTERED", "2026-11-10", "Retired");

        graphQl.documentName("householdVacancies").variable("id", "HH-B").execute().path("household.constellation").valueIsNull();
        assertThat(count("MATCH (:Household {id: 'HH-B'})-[m:SATELLITE_OF {until: date('2026-11-10')}]->() RETURN count(m)"))
                .isEqualTo(1);
    }

    @Test
    void termsOfApprovalAreCheckedAgainstTheChildrenThere() {
        Map<String, Object> terms = Map.of("householdId", "HH-A", "approvedPlaces", 3, "ageMin", 0, "ageMax", 18,
                "approvalTypes", List.of("LONG_TERM"));
        expectRefused("setTermsOfApproval", with(terms, "approvedPlaces", 0), "PLACES_BELOW_OCCUPANCY", "approvedPlaces", "'0'");
        expectRefused("setTermsOfApproval", with(terms, "approvedPlaces", 11), "INVALID_ARGUMENT", "approvedPlaces", "'11'");
        expectRefused("setTermsOfApproval", with(terms, "ageMin", 12, "ageMax", 10), "INVALID_ARGUMENT", "ageMax", "'10'");
        expectRefused("setTermsOfApproval", with(terms, "bedrooms", -1), "INVALID_ARGUMENT", "bedrooms", "'-1'");

        graphQl.documentName("setTermsOfApproval").variable("input", terms).execute()
                .path("setTermsOfApproval.vacancies").entity(Integer.class).isEqualTo(2);
        graphQl.documentName("changes").variable("subjectId", "HH-A").execute()
                .path("changes[0].summary").entity(String.class).isEqualTo("Terms of approval of household HH-A changed from "
                        + "2 places, ages 0-18, [SHORT_TERM, LONG_TERM] to approvedPlaces 3, ageMin 0, ageMax 18, approvalTypes [LONG_TERM]");
    }

    @Test
    void attributesLeftOutStayAsTheyAre() {
        graphQl.documentName("setHouseholdAttributes").variable("input", Map.of("householdId", "HH-A",
                "languages", List.of("English", " Polish "), "religion", "Catholic", "skills", List.of("THERAPEUTIC"), "pets", true))
                .execute()
                .path("setHouseholdAttributes.languages").entityList(String.class).containsExactly("English", "Polish")
                .path("setHouseholdAttributes.religion").entity(String.class).isEqualTo("Catholic");
        graphQl.documentName("setHouseholdAttributes").variable("input", Map.of("householdId", "HH-A", "pets", false)).execute()
                .path("setHouseholdAttributes.languages").entityList(String.class).containsExactly("English", "Polish")
                .path("setHouseholdAttributes.skills").entityList(String.class).containsExactly("THERAPEUTIC")
                .path("setHouseholdAttributes.pets").entity(Boolean.class).isEqualTo(false);
        expectRefused("setHouseholdAttributes", Map.of("householdId", "HH-A", "languages", List.of("")), "INVALID_ARGUMENT",
                "languages", "''");
    }

    private void changeStatus(String householdId, String status, String date, String reason) {
        Map<String, Object> input = new java.util.HashMap<>(Map.of("householdId", householdId, "status", status, "date", date));
        if (reason != null) {
            input.put("reason", reason);
        }
        graphQl.documentName("changeHouseholdStatus").variable("input", input).execute()
                .path("changeHouseholdStatus.status").entity(String.class).isEqualTo(status);
    }
}
