package org.fostergraph.provider;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import org.fostergraph.ChangeTest;
import org.fostergraph.QueryPlan;
import org.fostergraph.neo4j.GraphSessions;
import org.fostergraph.SmallCouncil;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vacancies providers publish ahead, on the small council (today 2026-11-24): Acorn's home HH-IFA (2 approved places) is
 * full today with K20 and K21; Birch's HH-OTH has its 2 places free. Two sisters of 8 (K1, K2) need a short-term home
 * together. Acorn gives notice that HH-IFA's places are free from 8 December.
 */
class PublishedVacancyTest extends ChangeTest {

    private static final String ACORNS_HOME_FULL_TODAY = """
            MATCH (h:Household {id: 'HH-IFA'}), (k:Child) WHERE k.id IN ['K20', 'K21']
            CREATE (k)-[:HAD]->(:Placement {id: 'PL-' + k.id, start: date('2026-06-01'), placeCode: 'U6', providerCode: 'PR4',
                    weeklyCost: 850.0, council: 'DEMO', openUntil: date('9999-12-31')})-[:WITH]->(h)
            """;

    private static final Map<String, Object> NOTICE = Map.of("householdId", "HH-IFA", "places", 2,
            "availableFrom", "2026-12-08", "carerProfile", "Experienced short-term carers who have fostered sisters before.");

    @Autowired
    private GraphSessions sessions;

    private HttpGraphQlTester acorn;
    private HttpGraphQlTester birch;
    private String referralId;

    @BeforeEach
    void twoSistersAndAnAgencyFullToday() {
        given(SmallCouncil.CYPHER);
        given(ProviderReferralFlowTest.SIBLINGS_AND_A_SECOND_AGENCY);
        given(ACORNS_HOME_FULL_TODAY);
        acorn = graphQlAs("acorn");
        birch = graphQlAs("birch");
        referralId = graphQl.documentName("openReferral").variable("input", Map.of("childIds", List.of("K1", "K2"),
                "received", "2026-11-24", "urgency", "PLANNED", "placementType", "SHORT_TERM")).execute()
                .path("openReferral.id").entity(String.class).get();
    }

    @Test
    void aVacancyWithNoticeIsMatchedAsTheHomeWillBeAndOfferedFromItsDay() {
        graphQl.documentName("providersForReferral").variable("referralId", referralId).execute()
                .path("providersForReferral[*].provider.id").entityList(String.class).containsExactly("P-OTHER");

        // One place is not enough for two sisters placed together.
        acorn.documentName("publishVacancy").variable("input", with(NOTICE, "places", 1)).execute()
                .path("publishVacancy.status").entity(String.class).isEqualTo("NOTICE");
        graphQl.documentName("vacanciesThatFit").variable("id", referralId).execute()
                .path("referral.vacanciesThatFit").entityList(Object.class).hasSize(0);

        String vacancy = acorn.documentName("publishVacancy").variable("input", NOTICE).execute()
                .path("publishVacancy.places").entity(Integer.class).isEqualTo(2)
                .path("publishVacancy.availableFrom").entity(String.class).isEqualTo("2026-12-08")
                .path("publishVacancy.status").entity(String.class).isEqualTo("NOTICE")
                // 8 December + 28 days.
                .path("publishVacancy.lapsesAfter").entity(String.class).isEqualTo("2027-01-05")
                .path("publishVacancy.home.vacant").entity(Integer.class).isEqualTo(0)
                .path("publishVacancy.id").entity(String.class).get();

        // By hand, as the council's matching scores an agency's home: 0 miles from the sisters' home (30 points), in their
        // locality (10), cost 15 × (1 − 2 × £820 ÷ (2 × £6,108)) = 12.99: 52.99, shown 53.0.
        graphQl.documentName("vacanciesThatFit").variable("id", referralId).execute()
                .path("referral.vacanciesThatFit[*].vacancy.id").entityList(String.class).containsExactly(vacancy)
                .path("referral.vacanciesThatFit[0].vacancy.household.id").entity(String.class).isEqualTo("HH-IFA")
                .path("referral.vacanciesThatFit[0].vacancy.provider.id").entity(String.class).isEqualTo("P-IFA")
                .path("referral.vacanciesThatFit[0].vacancy.carerProfile").entity(String.class)
                .isEqualTo("Experienced short-term carers who have fostered sisters before.")
                .path("referral.vacanciesThatFit[0].match.household.id").entity(String.class).isEqualTo("HH-IFA")
                .path("referral.vacanciesThatFit[0].match.preference").entity(String.class).isEqualTo("OTHER_FOSTER_CARER")
                .path("referral.vacanciesThatFit[0].match.distanceMiles").entity(Double.class).isEqualTo(0.0)
                .path("referral.vacanciesThatFit[0].match.weeklyCost").entity(Double.class).isEqualTo(1640.0)
                .path("referral.vacanciesThatFit[0].match.score").entity(Double.class).isEqualTo(53.0)
                .path("referral.vacanciesThatFit[0].alreadySent").entity(Boolean.class).isEqualTo(false);
        graphQl.documentName("providersForReferral").variable("referralId", referralId).execute()
                .path("providersForReferral[*].provider.id").entityList(String.class).containsExactly("P-IFA", "P-OTHER")
                .path("providersForReferral[*].homesThatFit").entityList(Integer.class).containsExactly(1, 1);
        assertThat(firstEvent("tester", "subscription($id: ID!) { referralActivity(referralId: $id) { vacanciesThatFit } }",
                Map.of("id", referralId))).contains("\"vacanciesThatFit\":1");

        acorn.documentName("providerVacancies").execute()
                .path("providerVacancies[*].places").entityList(Integer.class).contains(1, 2).hasSize(2)
                .path("providerVacancies[*].home.id").entityList(String.class).containsExactly("HH-IFA", "HH-IFA");
        birch.documentName("providerVacancies").execute()
                .path("providerVacancies").entityList(Object.class).hasSize(0);

        // Sent to both agencies: Acorn's home fits from its vacancy's day, and is offered from then, not before.
        graphQl.documentName("sendReferralToProviders").variable("input", Map.of("referralId", referralId)).execute()
                .path("sendReferralToProviders.sentToProviders[*].provider.id").entityList(String.class)
                .contains("P-IFA", "P-OTHER").hasSize(2);
        String sending = acorn.documentName("providerReferrals").execute()
                .path("providerReferrals.edges[0].node.homes[0].home.id").entity(String.class).isEqualTo("HH-IFA")
                .path("providerReferrals.edges[0].node.homes[0].fits").entity(Boolean.class).isEqualTo(true)
                .path("providerReferrals.edges[0].node.homes[0].vacancyFrom").entity(String.class).isEqualTo("2026-12-08")
                .path("providerReferrals.edges[0].node.id").entity(String.class).get();
        Map<String, Object> offer = Map.of("providerReferralId", sending, "householdId", "HH-IFA", "start", "2026-12-01",
                "weeklyCore", 1700.0);
        expectRefused(acorn, "offerPlacement", offer, "HOME_DOES_NOT_FIT", "householdId", "'HH-IFA'");
        acorn.documentName("offerPlacement").variable("input", with(offer, "start", "2026-12-08")).execute()
                .path("offerPlacement.status").entity(String.class).isEqualTo("OFFERED");
        graphQl.documentName("vacanciesThatFit").variable("id", referralId).execute()
                .path("referral.vacanciesThatFit[0].alreadySent").entity(Boolean.class).isEqualTo(true)
                .path("referral.offers[*].household.id").entityList(String.class).containsExactly("HH-IFA")
                .path("referral.offers[0].match.household.id").entity(String.class).isEqualTo("HH-IFA")
                .path("referral.offers[0].excludedBy").valueIsNull();
        // It is accepted on or after its start, the day the children move in, when the places must be free in the council's
        // records (the children there now have left): not today.
        String offerId = graphQl.documentName("vacanciesThatFit").variable("id", referralId).execute()
                .path("referral.offers[0].id").entity(String.class).get();
        expectRefused("acceptOffer", Map.of("offerId", offerId, "start", "2026-11-24"), "INVALID_ARGUMENT", "start",
                "'2026-11-24'");

        // Withdrawn, it is no longer shown; it cannot be withdrawn twice, nor by another agency.
        expectRefused(birch, "withdrawVacancy", Map.of("vacancyId", vacancy), "NOT_FOUND", "vacancyId", "'" + vacancy + "'");
        acorn.documentName("withdrawVacancy").variable("input", Map.of("vacancyId", vacancy)).execute()
                .path("withdrawVacancy.status").entity(String.class).isEqualTo("WITHDRAWN");
        graphQl.documentName("vacanciesThatFit").variable("id", referralId).execute()
                .path("referral.vacanciesThatFit").entityList(Object.class).hasSize(0);
        expectRefused(acorn, "withdrawVacancy", Map.of("vacancyId", vacancy), "VACANCY_NOT_STANDING", "vacancyId",
                "'" + vacancy + "'");
    }

    /**
     * A home a rule other than its places rules out is not offered for its vacancy. The providers for a referral judge a
     * vacancy on what was read of its home for today: a home within reach whose terms rule the sisters out was read with its
     * terms alone, and a home beyond reach was not read and is read for its vacancy.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "approved for long-term care only | SET h.approvalTypes = ['LONG_TERM']",
            "for children of 10 and over | SET h.ageMin = 10",
            "140 miles north of where the sisters live | SET h.location = point({latitude: 54.6, longitude: -2.0})"})
    void aVacancyAtAHomeAnotherRuleExcludesIsNotOffered(String home, String change) {
        given("MATCH (h:Household {id: 'HH-IFA'}) " + change);
        acorn.documentName("publishVacancy").variable("input", NOTICE).execute()
                .path("publishVacancy.status").entity(String.class).isEqualTo("NOTICE");

        graphQl.documentName("providersForReferral").variable("referralId", referralId).execute()
                .path("providersForReferral[*].provider.id").entityList(String.class).containsExactly("P-OTHER");
        graphQl.documentName("vacanciesThatFit").variable("id", referralId).execute()
                .path("referral.vacanciesThatFit").entityList(Object.class).hasSize(0);
    }

    @Test
    void refusesAVacancyThatCannotBeAndChangesNothing() {
        expectRefused(acorn, "publishVacancy", with(NOTICE, "places", 3), "NOT_THAT_MANY_PLACES", "places", "'3'");
        expectRefused(acorn, "publishVacancy", with(NOTICE, "availableFrom", "2026-11-24", "places", 1),
                "NOT_THAT_MANY_PLACES", "places", "'1'");
        expectRefused(acorn, "publishVacancy", with(NOTICE, "places", 0), "INVALID_ARGUMENT", "places", "'0'");
        expectRefused(acorn, "publishVacancy", with(NOTICE, "availableFrom", "2026-11-23"), "INVALID_ARGUMENT",
                "availableFrom", "'2026-11-23'");
        // Today and 90 days ahead (22 February) are the bounds.
        expectRefused(acorn, "publishVacancy", with(NOTICE, "availableFrom", "2027-02-23"), "INVALID_ARGUMENT",
                "availableFrom", "'2027-02-23'");
        expectRefused(acorn, "publishVacancy", with(NOTICE, "carerProfile", "  "), "INVALID_ARGUMENT", "carerProfile", "'  '");
        expectRefused(acorn, "publishVacancy", with(NOTICE, "carerProfile", "x".repeat(2_001)), "INVALID_ARGUMENT",
                "carerProfile", "'2001 characters'");
        // Another agency's home is answered as one that does not exist.
        expectRefused(birch, "publishVacancy", NOTICE, "NOT_FOUND", "householdId", "'HH-IFA'");
        acorn.documentName("publishVacancy").variable("input", with(NOTICE, "availableFrom", "2027-02-22")).execute()
                .path("publishVacancy.status").entity(String.class).isEqualTo("NOTICE");
    }

    @Test
    void aVacancyIsTakenWhenTheCouncilAcceptsAnOfferOfItsHome() {
        String vacancy = birch.documentName("publishVacancy").variable("input", with(NOTICE, "householdId", "HH-OTH",
                "availableFrom", "2026-11-24")).execute()
                .path("publishVacancy.status").entity(String.class).isEqualTo("AVAILABLE")
                .path("publishVacancy.id").entity(String.class).get();
        graphQl.documentName("sendReferralToProviders").variable("input", Map.of("referralId", referralId,
                "providerIds", List.of("P-OTHER"))).execute();
        String sending = birch.documentName("providerReferrals").execute()
                .path("providerReferrals.edges[0].node.homes[0].vacancyFrom").valueIsNull()
                .path("providerReferrals.edges[0].node.id").entity(String.class).get();
        birch.documentName("offerPlacement").variable("input", Map.of("providerReferralId", sending, "householdId", "HH-OTH",
                "start", "2026-11-24", "weeklyCore", 1600.0)).execute();
        String offerId = graphQl.documentName("vacanciesThatFit").variable("id", referralId).execute()
                .path("referral.offers[0].id").entity(String.class).get();
        graphQl.documentName("acceptOffer").variable("input", Map.of("offerId", offerId)).execute()
                .path("acceptOffer.outcome").entity(String.class).isEqualTo("PLACED_EXTERNALLY");
        assertThat(count("MATCH (v:Vacancy {id: '" + vacancy + "', taken: date('2026-11-24')}) RETURN count(v)")).isEqualTo(1);
        birch.documentName("providerVacancies").execute().path("providerVacancies").entityList(Object.class).hasSize(0);
        // A closed referral has no vacancies to fit.
        graphQl.documentName("vacanciesThatFit").variable("id", referralId).execute()
                .path("referral.vacanciesThatFit").entityList(Object.class).hasSize(0);
    }

    /** Every open referral's page reads its council's standing vacancies: by the index on council and day, not a scan. */
    @Test
    void aCouncilsStandingVacanciesAreSoughtByCouncilAndDay() {
        QueryPlan plan = QueryPlan.explain(sessions, VacancyRepository.STANDING_FOR_COUNCIL, Map.of("council", "DEMO",
                "standsFrom", LocalDate.of(2026, 10, 27)));
        assertThat(plan.indexSeeks()).singleElement().asString().contains("v:Vacancy(council, availableFrom)");
        assertThat(plan.operators()).noneSatisfy(operator -> assertThat(operator).startsWith("NodeByLabelScan"));
    }
}
