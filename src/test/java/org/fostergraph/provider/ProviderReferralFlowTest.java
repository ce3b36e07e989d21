package org.fostergraph.provider;

import java.util.List;
import java.util.Map;

import org.fostergraph.AuditedReads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import org.fostergraph.ChangeTest;
import org.fostergraph.SmallCouncil;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A referral sent to two agencies on the small council (today 2026-11-24): each agency sees only its own copy, with the
 * children's ages, sex and needs and nothing that names them; both offer; the officer sees the offers ranked as matches
 * rank (worked by hand below) and accepts one; the placements start, the referral closes and the other agency is told.
 */
class ProviderReferralFlowTest extends ChangeTest {

    /** K1 and K2 (8, sisters, living in L1) need a short-term home together; a second agency runs HH-OTH beside HH-IFA. */
    static final String SIBLINGS_AND_A_SECOND_AGENCY = """
            MATCH (l:Locality {id: 'L1'})
            MATCH (k:Child) WHERE k.id IN ['K1', 'K2']
            SET k.homeLocation = point({latitude: 52.6, longitude: -2.0})
            CREATE (k)-[:HOME_IN]->(l)
            WITH DISTINCT l
            CREATE (p:Provider {id: 'P-OTHER', name: 'Birch Fostering', kind: 'INDEPENDENT_FOSTERING_AGENCY', placeProviderCode: 'PR4'})
            CREATE (h:Household {id: 'HH-OTH', name: 'Household HH-OTH', provision: 'IFA_FOSTERING', status: 'APPROVED',
                    statusSince: date('2020-01-01'), approvedPlaces: 2, ageMin: 0, ageMax: 18,
                    approvalTypes: ['SHORT_TERM', 'LONG_TERM'], location: point({latitude: 52.6, longitude: -2.0})})-[:IN]->(l)
            CREATE (h)-[:RUN_BY]->(p)
            """;

    private HttpGraphQlTester provider;
    private HttpGraphQlTester otherProvider;
    private String referralId;

    @BeforeEach
    void aReferralForTwoSisters() {
        given(SmallCouncil.CYPHER);
        given(SIBLINGS_AND_A_SECOND_AGENCY);
        provider = graphQlAs("acorn");
        otherProvider = graphQlAs("birch");
        referralId = graphQl.documentName("openReferral").variable("input", Map.of("childIds", List.of("K1", "K2"),
                "received", "2026-11-24", "urgency", "PLANNED", "placementType", "SHORT_TERM")).execute()
                .path("openReferral.id").entity(String.class).get();
    }

    @Test
    void sendOfferRankAcceptAndCloseTheRest() {
        graphQl.documentName("providersForReferral").variable("referralId", referralId).execute()
                .path("providersForReferral[*].provider.id").entityList(String.class).containsExactly("P-IFA", "P-OTHER")
                .path("providersForReferral[*].homesThatFit").entityList(Integer.class).containsExactly(1, 1)
                .path("providersForReferral[*].alreadySent").entityList(Boolean.class).containsExactly(false, false);

        graphQl.documentName("sendReferralToProviders").variable("input", Map.of("referralId", referralId)).execute()
                .path("sendReferralToProviders.sentToProviders[*].provider.id").entityList(String.class)
                .contains("P-IFA", "P-OTHER").hasSize(2)
                .path("sendReferralToProviders.sentToProviders[*].status").entityList(String.class)
                .containsExactly("AWAITING", "AWAITING")
                // A planned referral: three days from the moment sent (the tests' clock stands at midnight, London time).
                .path("sendReferralToProviders.sentToProviders[0].sent").entity(String.class).isEqualTo("2026-11-24T00:00:00.000Z")
                .path("sendReferralToProviders.sentToProviders[0].respondBy").entity(String.class).isEqualTo("2026-11-27T00:00:00.000Z");

        // Each agency sees its own copy only: the children by age, sex and needs, the area by the locality's name.
        String ours = provider.documentName("providerReferrals").execute()
                .path("providerReferrals.totalCount").entity(Integer.class).isEqualTo(1)
                .path("providerReferrals.edges[0].node.council").entity(String.class).isEqualTo("Test council")
                .path("providerReferrals.edges[0].node.status").entity(String.class).isEqualTo("AWAITING")
                .path("providerReferrals.edges[0].node.homeArea").entity(String.class).isEqualTo("Northtown")
                .path("providerReferrals.edges[0].node.children[*].age").entityList(Integer.class).containsExactly(8, 8)
                .path("providerReferrals.edges[0].node.children[*].sex").entityList(String.class).containsExactly("FEMALE", "FEMALE")
                .path("providerReferrals.edges[0].node.homes[*].home.id").entityList(String.class).containsExactly("HH-IFA")
                .path("providerReferrals.edges[0].node.homes[0].fits").entity(Boolean.class).isEqualTo(true)
                .path("providerReferrals.edges[0].node.homes[0].home.vacant").entity(Integer.class).isEqualTo(2)
                .path("providerReferrals.edges[0].node.offer").valueIsNull()
                .path("providerReferrals.edges[0].node.id").entity(String.class).get();
        String theirs = otherProvider.documentName("providerReferrals").execute()
                .path("providerReferrals.totalCount").entity(Integer.class).isEqualTo(1)
                .path("providerReferrals.edges[0].node.homes[*].home.id").entityList(String.class).containsExactly("HH-OTH")
                .path("providerReferrals.edges[0].node.id").entity(String.class).get();
        assertThat(ours).isNotEqualTo(theirs);
        // What the agency read names the children to the council's audit, as any read of them does.
        assertThat(count(AuditedReads.EACH_READ + "WHERE a.by = 'acorn' AND childId IN ['K1', 'K2'] RETURN count(DISTINCT childId)"))
                .isEqualTo(2);

        provider.documentName("offerPlacement").variable("input", Map.of("providerReferralId", ours, "householdId", "HH-IFA",
                "start", "2026-11-24", "weeklyCore", 1500.0, "weeklyAdditional", 200.0, "notes", "A carer who fostered sisters before."))
                .execute()
                .path("offerPlacement.status").entity(String.class).isEqualTo("OFFERED")
                .path("offerPlacement.offer.home.id").entity(String.class).isEqualTo("HH-IFA")
                .path("offerPlacement.offer.weeklyEducation").entity(Double.class).isEqualTo(0.0)
                .path("offerPlacement.offer.weeklyCost").entity(Double.class).isEqualTo(1700.0)
                .path("offerPlacement.offer.status").entity(String.class).isEqualTo("OPEN");
        otherProvider.documentName("offerPlacement").variable("input", Map.of("providerReferralId", theirs,
                "householdId", "HH-OTH", "start", "2026-11-24", "weeklyCore", 1600.0)).execute()
                .path("offerPlacement.status").entity(String.class).isEqualTo("OFFERED");

        // Ranked as the council's matching ranks homes, by hand: both agencies' carers (OTHER_FOSTER_CARER), both homes
        // 0 miles from the sisters' home (30 points) in their locality (10); cost 15 × (1 − offered ÷ (2 × £6,108, the
        // dearest kind of home for two)): £1,600 → 13.035, £1,700 → 12.913. So HH-OTH 53.0 before HH-IFA 52.9.
        graphQl.documentName("referralOffers").variable("id", referralId).execute()
                .path("referral.offers[*].household.id").entityList(String.class).containsExactly("HH-OTH", "HH-IFA")
                .path("referral.offers[*].match.score").entityList(Double.class).containsExactly(53.0, 52.9)
                .path("referral.offers[*].match.preference").entityList(String.class)
                .containsExactly("OTHER_FOSTER_CARER", "OTHER_FOSTER_CARER")
                .path("referral.offers[*].match.weeklyCost").entityList(Double.class).containsExactly(1600.0, 1700.0)
                .path("referral.offers[1].match.reasons[?(@.factor == 'COST')].detail").entityList(String.class)
                .containsExactly("£1700 a week as offered, against £12216 for the dearest kind of home.")
                .path("referral.offers[1].notes").entity(String.class).isEqualTo("A carer who fostered sisters before.")
                .path("referral.offers[*].excludedBy").entityList(Object.class).containsExactly(null, null);

        String accepted = graphQl.documentName("referralOffers").variable("id", referralId).execute()
                .path("referral.offers[1].id").entity(String.class).get();
        graphQl.documentName("acceptOffer").variable("input", Map.of("offerId", accepted)).execute()
                .path("acceptOffer.status").entity(String.class).isEqualTo("CLOSED")
                .path("acceptOffer.outcome").entity(String.class).isEqualTo("PLACED_EXTERNALLY")
                .path("acceptOffer.closed").entity(String.class).isEqualTo("2026-11-24")
                .path("acceptOffer.children[*].currentPlacement.household.id").entityList(String.class)
                .containsExactly("HH-IFA", "HH-IFA")
                // Short-term with an agency's carer: U6, the agency's PR4, the £1,700 shared between the two.
                .path("acceptOffer.children[*].currentPlacement.placeCode").entityList(String.class).containsExactly("U6", "U6")
                .path("acceptOffer.children[*].currentPlacement.providerCode").entityList(String.class).containsExactly("PR4", "PR4")
                .path("acceptOffer.children[*].currentPlacement.weeklyCost").entityList(Double.class).containsExactly(850.0, 850.0)
                .path("acceptOffer.offers[*].status").entityList(String.class).containsExactly("CLOSED", "ACCEPTED");

        provider.documentName("providerReferrals").variable("waiting", false).execute()
                .path("providerReferrals.edges[0].node.status").entity(String.class).isEqualTo("ACCEPTED")
                .path("providerReferrals.edges[0].node.offer.status").entity(String.class).isEqualTo("ACCEPTED")
                .path("providerReferrals.edges[0].node.homes[0].home.filled").entity(Integer.class).isEqualTo(2);
        otherProvider.documentName("providerReferrals").variable("waiting", false).execute()
                .path("providerReferrals.edges[0].node.status").entity(String.class).isEqualTo("CLOSED")
                .path("providerReferrals.edges[0].node.offer.status").entity(String.class).isEqualTo("CLOSED")
                .path("providerReferrals.edges[0].node.closedMessage").entity(String.class)
                .isEqualTo("The council accepted another offer on 2026-11-24 and the children are placed. Thank you for your offer.");
        otherProvider.documentName("providerReferrals").execute()
                .path("providerReferrals.totalCount").entity(Integer.class).isEqualTo(0);
        graphQl.document("{ changes(subjectId: \"" + referralId + "\") { operation } }").execute()
                .path("changes[*].operation").entityList(String.class)
                .contains("openReferral", "sendReferralToProviders", "offerPlacement", "acceptOffer");
    }

    @Test
    void aProviderSeesAndAnswersOnlyWhatWasSentToIt() {
        graphQl.documentName("sendReferralToProviders").variable("input", Map.of("referralId", referralId,
                "providerIds", List.of("P-IFA"))).execute()
                .path("sendReferralToProviders.sentToProviders[*].provider.id").entityList(String.class).containsExactly("P-IFA");
        String ours = provider.documentName("providerReferrals").execute()
                .path("providerReferrals.edges[0].node.id").entity(String.class).get();

        otherProvider.documentName("providerReferrals").execute()
                .path("providerReferrals.totalCount").entity(Integer.class).isEqualTo(0);
        otherProvider.document("query($id: ID!) { providerReferral(id: $id) { id } }").variable("id", ours).execute()
                .path("providerReferral").valueIsNull();
        List<String> before = graphState();
        otherProvider.documentName("offerPlacement").variable("input", Map.of("providerReferralId", ours,
                "householdId", "HH-OTH", "start", "2026-11-24", "weeklyCore", 900.0)).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND").containsEntry("field", "providerReferralId");
                }));
        // Our own sending, and another provider's home: refused as a home that does not exist.
        provider.documentName("offerPlacement").variable("input", Map.of("providerReferralId", ours,
                "householdId", "HH-OTH", "start", "2026-11-24", "weeklyCore", 900.0)).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND").containsEntry("field", "householdId")));
        // The council's own operations are not a provider's.
        provider.documentName("referralOffers").variable("id", referralId).execute()
                .errors().satisfy(errors -> assertThat(errors).allSatisfy(error ->
                        assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN")));
        provider.documentName("acceptOffer").variable("input", Map.of("offerId", "OFR-1")).execute()
                .errors().satisfy(errors -> assertThat(errors).allSatisfy(error ->
                        assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN")));
        assertThat(graphState()).isEqualTo(before);

        provider.documentName("declineReferral").variable("input", Map.of("providerReferralId", ours, "reason", "NO_VACANCY"))
                .execute()
                .path("declineReferral.status").entity(String.class).isEqualTo("DECLINED")
                .path("declineReferral.declineReason").entity(String.class).isEqualTo("NO_VACANCY");
        graphQl.documentName("referralOffers").variable("id", referralId).execute()
                .path("referral.sentToProviders[*].status").entityList(String.class).containsExactly("DECLINED")
                .path("referral.sentToProviders[*].declineReason").entityList(String.class).containsExactly("NO_VACANCY")
                .path("referral.offers").entityList(Object.class).hasSize(0);
    }

    @Test
    void refusesBadAnswersAndLateOnesAndChangesNothing() {
        graphQl.documentName("sendReferralToProviders").variable("input", Map.of("referralId", referralId)).execute();
        expectRefused("sendReferralToProviders", Map.of("referralId", referralId, "providerIds", List.of("P-IFA")),
                "ALREADY_SENT", "providerIds", "'P-IFA'");
        expectRefused("sendReferralToProviders", Map.of("referralId", referralId, "providerIds", List.of("PRV-NOBODY")),
                "NO_HOME_FITS", "providerIds", "'PRV-NOBODY'");
        expectRefused("sendReferralToProviders", Map.of("referralId", referralId), "NO_PROVIDER_FITS", "referralId",
                "'" + referralId + "'");
        String ours = provider.documentName("providerReferrals").execute()
                .path("providerReferrals.edges[0].node.id").entity(String.class).get();
        Map<String, Object> offer = Map.of("providerReferralId", ours, "householdId", "HH-IFA", "start", "2026-11-24",
                "weeklyCore", 900.0);

        expectRefused(provider, "offerPlacement", with(offer, "weeklyCore", 0.0), "INVALID_ARGUMENT", "weeklyCore", "'0.0'");
        expectRefused(provider, "offerPlacement", with(offer, "weeklyAdditional", -5.0), "INVALID_ARGUMENT", "weeklyAdditional", "'-5.0'");
        expectRefused(provider, "offerPlacement", with(offer, "start", "2026-11-23"), "INVALID_ARGUMENT", "start", "'2026-11-23'");
        expectRefused(provider, "offerPlacement", with(offer, "start", "2027-03-01"), "INVALID_ARGUMENT", "start", "'2027-03-01'");
        expectRefused(provider, "declineReferral", Map.of("providerReferralId", ours, "reason", "OTHER"), "INVALID_ARGUMENT",
                "detail", "nothing");
        // The home is full once two children live there: the council's hard rule refuses the offer.
        given("""
                MATCH (h:Household {id: 'HH-IFA'}), (k:Child) WHERE k.id IN ['K20', 'K21']
                CREATE (k)-[:HAD]->(:Placement {id: 'PL-' + k.id, start: date('2026-10-01'), placeCode: 'U6', providerCode: 'PR4',
                        weeklyCost: 820.0})-[:WITH]->(h)
                """);
        expectRefused(provider, "offerPlacement", offer, "HOME_DOES_NOT_FIT", "householdId", "'HH-IFA'");
        given("MATCH (pl:Placement) WHERE pl.id IN ['PL-K20', 'PL-K21'] DETACH DELETE pl");

        // After the deadline the referral has expired: no answer is taken.
        given("MATCH (pr:ProviderReferral {id: $id}) SET pr.respondBy = datetime('2026-11-23T12:00:00Z')", Map.of("id", ours));
        expectRefused(provider, "offerPlacement", offer, "NOT_AWAITING_ANSWER", "providerReferralId", "'" + ours + "'");
        provider.documentName("providerReferrals").variable("waiting", false).execute()
                .path("providerReferrals.edges[0].node.status").entity(String.class).isEqualTo("EXPIRED");
        provider.documentName("providerReferrals").execute()
                .path("providerReferrals.totalCount").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void acceptingMovesAChildPlacedNowWithTheReasonGiven() {
        given("""
                MATCH (k:Child {id: 'K1'}), (h:Household {id: 'HH-B'})
                CREATE (k)-[:HAD]->(:Placement {id: 'PL-K1', start: date('2026-06-01'), placeCode: 'U6', providerCode: 'PR1',
                        weeklyCost: 396.0})-[:WITH]->(h)
                """);
        graphQl.documentName("sendReferralToProviders").variable("input", Map.of("referralId", referralId,
                "providerIds", List.of("P-IFA"))).execute();
        String ours = provider.documentName("providerReferrals").execute()
                .path("providerReferrals.edges[0].node.id").entity(String.class).get();
        provider.documentName("offerPlacement").variable("input", Map.of("providerReferralId", ours, "householdId", "HH-IFA",
                "start", "2026-11-24", "weeklyCore", 1640.0)).execute().path("offerPlacement.status").entity(String.class)
                .isEqualTo("OFFERED");
        String offer = graphQl.documentName("referralOffers").variable("id", referralId).execute()
                .path("referral.offers[0].id").entity(String.class).get();

        expectRefused("acceptOffer", Map.of("offerId", offer), "INVALID_ARGUMENT", "moveReasonCode", "nothing");
        expectRefused("acceptOffer", Map.of("offerId", offer, "moveReasonCode", "NOT-A-CODE"), "INVALID_ARGUMENT",
                "moveReasonCode", "'NOT-A-CODE'");
        graphQl.documentName("acceptOffer").variable("input", Map.of("offerId", offer, "moveReasonCode", "CARPL")).execute()
                .path("acceptOffer.children[*].currentPlacement.household.id").entityList(String.class)
                .containsExactly("HH-IFA", "HH-IFA")
                .path("acceptOffer.children[*].currentPlacement.weeklyCost").entityList(Double.class).containsExactly(820.0, 820.0);
        assertThat(count("MATCH (p:Placement {id: 'PL-K1', end: date('2026-11-24'), endReason: 'CARPL'}) RETURN count(p)"))
                .as("K1's placement ends the day the new one starts, for the reason given").isEqualTo(1);
    }

    @Test
    void liveUpdatesOverServerSentEventsCountAndNeverNameAChild() {
        String subscription = "subscription($id: ID!) { referralActivity(referralId: $id) { status awaiting offers declined } }";
        assertThat(firstEvent("tester", subscription, Map.of("id", referralId)))
                .contains("\"status\":\"OPEN\"", "\"awaiting\":0", "\"offers\":0");
        graphQl.documentName("sendReferralToProviders").variable("input", Map.of("referralId", referralId)).execute();
        assertThat(firstEvent("tester", subscription, Map.of("id", referralId))).contains("\"awaiting\":2", "\"offers\":0")
                .doesNotContain("K1").doesNotContain("K2");
        assertThat(firstEvent("acorn", "subscription { providerActivity { waiting sent settled } }", Map.of()))
                .contains("\"waiting\":1", "\"sent\":1", "\"settled\":0");
        // Another council's referral, like one that does not exist, and a role the field is not for: refused at the start,
        // with no data. (Spring for GraphQL's SSE transport words every refusal at the start the same way, "SSE handler
        // supports only subscriptions"; the pages' own stream passes the API's error on: LivePages.)
        for (String refused : List.of(firstEvent("tester", subscription, Map.of("id", "NO-SUCH")),
                firstEvent("acorn", subscription, Map.of("id", referralId)))) {
            assertThat(refused).startsWith("{\"errors\":").doesNotContain("\"data\"").doesNotContain("awaiting");
        }
    }

    @Test
    void theReferralInThePlacementsStandardNamesItsChildrenToTheAuditAndNoOtherCouncilsReferral() {
        String json = http.get().uri("/api/referrals/" + referralId + "/placements-standard.json").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(json).contains("\"version\":\"v2\"", "\"childId\":\"K1\"", "\"childId\":\"K2\"",
                "\"neededBy\":\"in more than 5 days\"", "\"siblingCount\":1", "\"preferredLocation\":\"Northtown\"",
                "\"fosterCareSuitability\":\"Preferred\"", "\"referralDate\":\"2026-11-24\"");
        assertThat(count(AuditedReads.EACH_READ + "WHERE a.by = 'tester' "
                + "AND operation = 'GET /api/referrals/{referralId}/placements-standard.json' RETURN count(DISTINCT childId)")).isEqualTo(2);
        http.get().uri("/api/referrals/NO-SUCH/placements-standard.json").exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.field").isEqualTo("referralId");
        as("acorn").get().uri("/api/referrals/" + referralId + "/placements-standard.json").exchange().expectStatus().isForbidden();
    }

    @Test
    void placesOutOfUseAreVacantButNeitherOfferedNorMatched() {
        String mark = "mutation($input: MarkHomePlacesNotAvailableInput!) { markHomePlacesNotAvailable(input: $input) "
                + "{ id approvedPlaces filled held notAvailable vacant } }";
        Map<String, Object> carerBreak = Map.of("householdId", "HH-IFA", "places", 1, "reason", "CARER_BREAK",
                "from", "2026-11-24", "until", "2026-12-08");
        provider.document(mark).variable("input", carerBreak).execute()
                .path("markHomePlacesNotAvailable.approvedPlaces").entity(Integer.class).isEqualTo(2)
                .path("markHomePlacesNotAvailable.notAvailable").entity(Integer.class).isEqualTo(1)
                .path("markHomePlacesNotAvailable.vacant").entity(Integer.class).isEqualTo(1);
        // The sisters need two places together: Acorn's home has one to offer now, so only Birch's fits.
        graphQl.documentName("providersForReferral").variable("referralId", referralId).execute()
                .path("providersForReferral[*].provider.id").entityList(String.class).containsExactly("P-OTHER");

        List<String> before = graphState();
        for (Map<String, Object> bad : List.of(with(carerBreak, "places", 2), with(carerBreak, "reason", "OTHER"),
                with(carerBreak, "until", "2026-11-24"), with(carerBreak, "from", "2026-11-23"))) {
            provider.document(mark).variable("input", bad).execute().errors().satisfy(errors -> assertThat(errors).hasSize(1));
        }
        provider.document(mark).variable("input", with(carerBreak, "places", 2)).execute().errors().satisfy(errors ->
                assertThat(errors.get(0).getExtensions()).containsEntry("code", "NOT_THAT_MANY_PLACES").containsEntry("field", "places"));
        // Another provider's home is answered as one that does not exist.
        otherProvider.document(mark).variable("input", carerBreak).execute().errors().satisfy(errors ->
                assertThat(errors.get(0).getExtensions()).containsEntry("code", "NOT_FOUND").containsEntry("field", "householdId"));
        assertThat(graphState()).isEqualTo(before);

        // The fostering team marks the council's own carers' places, never an agency's home.
        expectRefused("markPlacesNotAvailable", with(carerBreak, "householdId", "HH-IFA"), "NOT_THE_COUNCILS_CARER",
                "householdId", "'HH-IFA'");
        // The fostering team does the same for the council's own carers: HH-B's 3 places, 2 out of use from next week.
        graphQl.document("mutation($input: MarkPlacesNotAvailableInput!) { markPlacesNotAvailable(input: $input) "
                        + "{ id vacancies placesNotAvailable } }")
                .variable("input", Map.of("householdId", "HH-B", "places", 2, "reason", "ALLEGATION_OR_CONCERN",
                        "from", "2026-12-01", "until", "2027-01-05")).execute()
                .path("markPlacesNotAvailable.vacancies").entity(Integer.class).isEqualTo(3)
                .path("markPlacesNotAvailable.placesNotAvailable").entity(Integer.class).isEqualTo(0);
        assertThat(count("MATCH (:PlacesNotAvailable {places: 2, reason: 'ALLEGATION_OR_CONCERN', council: 'DEMO', "
                + "from: date('2026-12-01'), until: date('2027-01-05')})-[:AT]->(:Household {id: 'HH-B'}) RETURN count(*)"))
                .as("recorded for next week: today's places are untouched").isEqualTo(1);
    }

    @Test
    void theFosteringPlacesCountAsOfstedCountsThem() {
        String places = "{ fosteringPlaces { households approved filled vacant notAvailable held offered "
                + "notAvailableByReason { reason places } } }";
        // By hand, the small council's approved in-house carers: HH-A 2 places (K0 there), HH-B 3, HH-C 1, the hub 4 (two
        // children, and its two sleepover beds never offered); HH-HOLD is on hold and not counted.
        graphQl.document(places).execute()
                .path("fosteringPlaces.households").entity(Integer.class).isEqualTo(4)
                .path("fosteringPlaces.approved").entity(Integer.class).isEqualTo(10)
                .path("fosteringPlaces.filled").entity(Integer.class).isEqualTo(3)
                .path("fosteringPlaces.vacant").entity(Integer.class).isEqualTo(7)
                .path("fosteringPlaces.notAvailable").entity(Integer.class).isEqualTo(0)
                .path("fosteringPlaces.offered").entity(Integer.class).isEqualTo(5);
        graphQl.document("mutation($input: MarkPlacesNotAvailableInput!) { markPlacesNotAvailable(input: $input) "
                        + "{ vacancies placesNotAvailable } }")
                .variable("input", Map.of("householdId", "HH-B", "places", 2, "reason", "MATCHING", "from", "2026-11-24",
                        "until", "2026-12-10")).execute()
                .path("markPlacesNotAvailable.vacancies").entity(Integer.class).isEqualTo(1)
                .path("markPlacesNotAvailable.placesNotAvailable").entity(Integer.class).isEqualTo(2);
        graphQl.document(places).execute()
                .path("fosteringPlaces.vacant").entity(Integer.class).isEqualTo(7)
                .path("fosteringPlaces.notAvailable").entity(Integer.class).isEqualTo(2)
                .path("fosteringPlaces.offered").entity(Integer.class).isEqualTo(3)
                .path("fosteringPlaces.notAvailableByReason[*].reason").entityList(String.class).containsExactly("MATCHING")
                .path("fosteringPlaces.notAvailableByReason[*].places").entityList(Integer.class).containsExactly(2);
    }
}
