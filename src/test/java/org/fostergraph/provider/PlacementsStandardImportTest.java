package org.fostergraph.provider;

import java.util.List;
import java.util.Map;

import org.fostergraph.AuditedReads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.fostergraph.HandBuiltGraphTest;
import org.fostergraph.SmallCouncil;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A referral written in the Placements Data Standard opens a referral here for the council's own children: the export
 * read back gives the same referral; a document's living companions become matching's risks, its stated needs are
 * compared with the children's records, and what fostergraph cannot hold is listed for the officer. A document refused
 * changes nothing and names the field and value.
 */
class PlacementsStandardImportTest extends HandBuiltGraphTest {

    private static final String IMPORT = "/api/referrals/placements-standard.json";

    @BeforeEach
    void theSmallCouncil() {
        given(SmallCouncil.CYPHER);
        given("CREATE (:Child {id: 'ELSEWHERE', council: 'OTHER', dateOfBirth: date('2015-01-01'), sex: 'MALE', needs: []})");
    }

    @Test
    void theExportReadBackOpensTheSameReferralOnceTheFirstIsClosed() {
        String first = graphQl.documentName("openReferral").variable("input", Map.of("childIds", List.of("K1", "K2"),
                "received", "2026-11-20", "urgency", "EMERGENCY", "placementType", "LONG_TERM")).execute()
                .path("openReferral.id").entity(String.class).get();
        String exported = http.get().uri("/api/referrals/" + first + "/placements-standard.json").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        // The sisters already wait in the first: refused, nothing opened.
        long referrals = count("MATCH (r:Referral) RETURN count(r)");
        http.post().uri(IMPORT + "?fosterCare=LONG_TERM").contentType(MediaType.APPLICATION_JSON).bodyValue(exported).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("REFERRAL_ALREADY_OPEN");
        assertThat(count("MATCH (r:Referral) RETURN count(r)")).isEqualTo(referrals);

        graphQl.document("mutation($id: ID!) { closeReferral(input: {referralId: $id, date: \"2026-11-24\", outcome: WITHDRAWN}) "
                + "{ id } }").variable("id", first).execute().errors().verify();
        http.post().uri(IMPORT + "?fosterCare=LONG_TERM").contentType(MediaType.APPLICATION_JSON).bodyValue(exported).exchange()
                .expectStatus().isCreated().expectBody()
                .jsonPath("$.urgency").isEqualTo("EMERGENCY")
                .jsonPath("$.placementType").isEqualTo("LONG_TERM")
                .jsonPath("$.received").isEqualTo("2026-11-20")
                .jsonPath("$.children[*].childId").isEqualTo(List.of("K1", "K2"))
                .jsonPath("$.children[0].needsNotOnRecord").isEmpty()
                .jsonPath("$.children[0].toRead").isEmpty()
                .jsonPath("$.risks").isEmpty();
        assertThat(count("MATCH (r:Referral {urgency: 'EMERGENCY', placementType: 'LONG_TERM', received: date('2026-11-20')}) "
                + "WHERE r.closed IS NULL AND COUNT { (r)-[:FOR]->(:Child) } = 2 RETURN count(r)")).isEqualTo(1);
        assertThat(count(AuditedReads.EACH_READ + "WHERE a.by = 'tester' "
                + "AND operation = 'POST /api/referrals/placements-standard.json' RETURN count(DISTINCT childId)")).isEqualTo(2);
    }

    @Test
    void aCaseSystemsReferralGivesMatchingItsRisksAndListsWhatMatchingCannotCheck() {
        Map<String, Object> document = Map.of("children", List.of(Map.of(
                "PlacementAvailability", Map.of("childId", "TEEN", "neededBy", "in less than 5 days", "siblingCount", 0),
                "PlacementRequirements", Map.of("communicationNeeds", "Y", "homeAdaptation", false, "culturalNeeds", "Not Known",
                        "livingCompanions", "Solo placement recommended", "pets", "No", "additionalSupport", "taxis to school",
                        "specificCommunicationRequirements", List.of("BSL")),
                "PlacementRecommendation", Map.of("fosterCareSuitability", "Preferred", "residentialCareSuitability",
                        "Suitable but not preferred", "supportedAccommodationSuitability", "Unsuitable"),
                "Risks", Map.of("riskMissing", "Risk Present", "riskSelfHarm", "No known risk"),
                "QualityAssurance", Map.of("referralDate", "2026-11-23"))));
        http.post().uri(IMPORT).contentType(MediaType.APPLICATION_JSON).bodyValue(document).exchange()
                .expectStatus().isCreated().expectBody()
                .jsonPath("$.urgency").isEqualTo("PLANNED")
                .jsonPath("$.placementType").isEqualTo("SHORT_TERM")
                .jsonPath("$.risks").isEqualTo(List.of("ONLY_CHILD"))
                .jsonPath("$.children[0].needsNotOnRecord").isEqualTo(List.of("COMMUNICATION"))
                .jsonPath("$.children[0].toRead").isEqualTo(List.of("additionalSupport: taxis to school", "pets: No",
                        "specificCommunicationRequirements: BSL", "riskMissing: Risk Present"));
    }

    /**
     * By hand: a boy who must be the only foster child. The agency's HH-IFA has K30 placed, the council's HH-A has K0, the
     * hub two children, HH-B takes children up to 10 only: HH-C alone fits him, and no provider has a home that does.
     * Referred without the rule, HH-A fits too and the agency is reached.
     */
    @Test
    void whoTheChildCanLiveAlongsideIsKeptWithTheReferralAndEveryHomeIsJudgedByIt() {
        given("""
                MATCH (k:Child {id: 'K30'}), (h:Household {id: 'HH-IFA'}), (t:Child {id: 'TEEN'}), (l:Locality {id: 'L1'})
                SET t.homeLocation = point({latitude: 52.6, longitude: -2.0})
                CREATE (t)-[:HOME_IN]->(l)
                CREATE (k)-[:HAD]->(:Placement {id: 'PL-K30', start: date('2026-01-01'), placeCode: 'U4', providerCode: 'PR4',
                        weeklyCost: 900.0})-[:WITH]->(h)
                """);
        Map<String, Object> solo = Map.of("children", List.of(Map.of(
                "PlacementAvailability", Map.of("childId", "TEEN", "neededBy", "Today"),
                "PlacementRequirements", Map.of("livingCompanions", "Solo placement recommended"),
                "PlacementRecommendation", Map.of("fosterCareSuitability", "Preferred"),
                "QualityAssurance", Map.of("referralDate", "2026-11-24"))));
        String answer = http.post().uri(IMPORT).contentType(MediaType.APPLICATION_JSON).bodyValue(solo).exchange()
                .expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
        java.util.regex.Matcher opened = java.util.regex.Pattern.compile("\"referralId\":\"([^\"]+)\"").matcher(answer);
        assertThat(opened.find()).as(answer).isTrue();
        String referral = opened.group(1);
        String homes = "query($id: ID!) { referral(id: $id) { risks homesAndOffers { match { household { id } } } } "
                + "providersForReferral(referralId: $id) { provider { id } } }";
        graphQl.document(homes).variable("id", referral).execute()
                .path("referral.risks").entityList(String.class).containsExactly("ONLY_CHILD")
                .path("referral.homesAndOffers[*].match.household.id").entityList(String.class).containsExactly("HH-C")
                .path("providersForReferral").entityList(Object.class).hasSize(0);

        graphQl.document("mutation($id: ID!) { closeReferral(input: {referralId: $id, date: \"2026-11-24\", outcome: WITHDRAWN}) "
                + "{ id } }").variable("id", referral).execute().errors().verify();
        String unruled = graphQl.documentName("openReferral").variable("input", Map.of("childIds", List.of("TEEN"),
                "received", "2026-11-24", "urgency", "EMERGENCY", "placementType", "SHORT_TERM")).execute()
                .path("openReferral.id").entity(String.class).get();
        graphQl.document(homes).variable("id", unruled).execute()
                .path("referral.risks").entityList(String.class).hasSize(0)
                .path("referral.homesAndOffers[*].match.household.id").entityList(String.class).contains("HH-A", "HH-C").hasSize(2)
                .path("providersForReferral[*].provider.id").entityList(String.class).containsExactly("P-IFA");
    }

    @Test
    void aDocumentThatCannotBeReadIsRefusedByFieldAndValueAndChangesNothing() {
        List<String> before = List.of(String.valueOf(count("MATCH (n) RETURN count(n)")), String.valueOf(count("MATCH ()-[r]->() RETURN count(r)")));
        Map<String, Object> availability = Map.of("childId", "TEEN", "neededBy", "tomorrow");
        refused(one(availability, "2026-11-23"), "children[0].PlacementAvailability.neededBy", "'tomorrow'");
        refused(one(Map.of("childId", "NOBODY"), "2026-11-23"), "children[0].PlacementAvailability.childId", "'NOBODY'");
        // Another council's child answers as one that does not exist.
        refused(one(Map.of("childId", "ELSEWHERE"), "2026-11-23"), "children[0].PlacementAvailability.childId", "'ELSEWHERE'");
        refused(one(Map.of("childId", "TEEN"), "2026-12-01"), "children[0].QualityAssurance.referralDate", "'2026-12-01'");
        refused(Map.of("children", List.of()), "children", "'[]'");
        assertThat(List.of(String.valueOf(count("MATCH (n) RETURN count(n)")), String.valueOf(count("MATCH ()-[r]->() RETURN count(r)"))))
                .isEqualTo(before);
        // A provider may not open a council's referral.
        as("acorn").post().uri(IMPORT).contentType(MediaType.APPLICATION_JSON).bodyValue(one(Map.of("childId", "TEEN"), "2026-11-23"))
                .exchange().expectStatus().isForbidden();
    }

    private static Map<String, Object> one(Map<String, Object> availability, String referralDate) {
        return Map.of("children", List.of(Map.of("PlacementAvailability", availability,
                "QualityAssurance", Map.of("referralDate", referralDate))));
    }

    private void refused(Object document, String field, String value) {
        http.post().uri(IMPORT).contentType(MediaType.APPLICATION_JSON).bodyValue(document).exchange()
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.field").isEqualTo(field)
                .jsonPath("$.value").isEqualTo(value);
    }
}
