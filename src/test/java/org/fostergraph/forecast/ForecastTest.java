package org.fostergraph.forecast;

import static org.assertj.core.api.Assertions.assertThat;


import org.fostergraph.HandBuiltGraphTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A hand-built history, cut off on 2026-10-31 with a 3-month reference period (month ends 31 Jul → 31 Aug →
 * 30 Sep → 31 Oct), every child living in Ashby:
 * <pre>
 *   10 to 15 (born 2014): A1–A4 with agencies (U6/PR4) all along            IFA → IFA 4 × 3 = 12
 *                         A5 agency, then in-house from 15 Sep             IFA → IFA (Jul→Aug), IFA → in-house (Aug→Sep),
 *                                                                          in-house → in-house (Sep→Oct)
 *                         A6 agency, left care 10 Aug                      IFA → left care (Jul→Aug)
 *                         I1–I3 in-house (U4/PR1) all along                 in-house → in-house 3 × 3 = 9
 *     IFA: 15 child-months, 13 stayed (0.8667), 1 to in-house (0.0667), 1 left care (0.0667); in-house: 10, all stayed
 *   5 to 9 (born 2020):   E1 entered care in-house on 5 Sep                 an entrant in September: 1 / 3 months = 0.3333
 *                                                                          a month, all in Ashby; in-house → in-house once
 * On 31 Oct: 4 with agencies, 5 in-house. Month one (30 Nov): agencies 4 × 13/15 = 3.4667; in-house 5 + 4/15 + 1/3 =
 * 5.6; exits 4/15 = 0.2667; total 9.0667 = 9 − 0.2667 + 0.3333. Weekly cost 3.4667 × £820 + 5.6 × £396 = £5,060.
 * Ashby has one in-house household approved for 6: demand for in-house places 9.07, a gap of 3.07.
 * </pre>
 */
class ForecastTest extends HandBuiltGraphTest {

    @BeforeEach
    void history() {
        given("""
                CREATE (a:Locality {id: 'A', name: 'Ashby'})
                CREATE (:Household {id: 'H1', provision: 'IN_HOUSE_FOSTERING', status: 'APPROVED', approvedPlaces: 6})-[:IN]->(a)
                WITH a
                UNWIND [
                  {id: 'A1', born: '2014-01-01', spells: [['2025-01-01', null, 'U6', 'PR4']]},
                  {id: 'A2', born: '2014-01-01', spells: [['2025-01-01', null, 'U6', 'PR4']]},
                  {id: 'A3', born: '2014-01-01', spells: [['2025-01-01', null, 'U6', 'PR4']]},
                  {id: 'A4', born: '2014-01-01', spells: [['2025-01-01', null, 'U6', 'PR4']]},
                  {id: 'A5', born: '2014-01-01', spells: [['2025-01-01', '2026-09-15', 'U6', 'PR4'], ['2026-09-15', null, 'U4', 'PR1']]},
                  {id: 'A6', born: '2014-01-01', spells: [['2025-01-01', '2026-08-10', 'U6', 'PR4']]},
                  {id: 'I1', born: '2014-01-01', spells: [['2025-01-01', null, 'U4', 'PR1']]},
                  {id: 'I2', born: '2014-01-01', spells: [['2025-01-01', null, 'U4', 'PR1']]},
                  {id: 'I3', born: '2014-01-01', spells: [['2025-01-01', null, 'U4', 'PR1']]},
                  {id: 'E1', born: '2020-06-01', spells: [['2026-09-05', null, 'U4', 'PR1']]}
                ] AS row
                CREATE (c:Child {id: row.id, dateOfBirth: date(row.born)})-[:HOME_IN]->(a)
                WITH c, row
                UNWIND range(0, size(row.spells) - 1) AS i
                WITH c, row, row.spells[i] AS spell, i
                CREATE (c)-[:HAD]->(:Placement {id: row.id + '-' + i, start: date(spell[0]),
                        end: CASE WHEN spell[1] IS NULL THEN null ELSE date(spell[1]) END, placeCode: spell[2], providerCode: spell[3]})
                """);
    }

    @Test
    void theRatesAreTheSharesOfChildMonthsCountedByHand() {
        graphQl.document("{ forecastRates(cutOff: \"2026-10-31\", referenceMonths: 3) { ageBand from to rate observed } }")
                .execute().errors().verify()
                .path("forecastRates[*].ageBand").entityList(String.class)
                .containsExactly("5 to 9", "10 to 15", "10 to 15", "10 to 15", "10 to 15")
                .path("forecastRates[*].from").entityList(String.class)
                .containsExactly("IN_HOUSE_FOSTERING", "IN_HOUSE_FOSTERING", "IFA", "IFA", "IFA")
                .path("forecastRates[*].to").entityList(String.class)
                .containsExactly("IN_HOUSE_FOSTERING", "IN_HOUSE_FOSTERING", "IN_HOUSE_FOSTERING", "IFA", "LEFT_CARE")
                .path("forecastRates[*].rate").entityList(Double.class).containsExactly(1.0, 1.0, 0.0667, 0.8667, 0.0667)
                .path("forecastRates[*].observed").entityList(Double.class).containsExactly(1.0, 10.0, 15.0, 15.0, 15.0);
    }

    @Test
    void theFirstMonthIsTheRatesAppliedToTheChildrenInCare() {
        var month = graphQl.document("""
                { sufficiencyForecast(cutOff: "2026-10-31", horizonMonths: 1, referenceMonths: 3) { scenarios { name months {
                    monthEnd total entries exits weeklyCost byPlacementType { placementType children }
                    sufficiencyGap { locality inHouseSupply fosteringDemand gap } } } } }
                """).execute().errors().verify();
        month.path("sufficiencyForecast.scenarios[0].name").entity(String.class).isEqualTo("Baseline")
                .path("sufficiencyForecast.scenarios[0].months[0].monthEnd").entity(String.class).isEqualTo("2026-11-30")
                .path("sufficiencyForecast.scenarios[0].months[0].total").entity(Double.class).isEqualTo(9.1)
                .path("sufficiencyForecast.scenarios[0].months[0].entries").entity(Double.class).isEqualTo(0.33)
                .path("sufficiencyForecast.scenarios[0].months[0].exits").entity(Double.class).isEqualTo(0.27)
                .path("sufficiencyForecast.scenarios[0].months[0].weeklyCost").entity(Double.class).isEqualTo(5060.0)
                .path("sufficiencyForecast.scenarios[0].months[0].byPlacementType[0].placementType").entity(String.class)
                .isEqualTo("IN_HOUSE_FOSTERING")
                .path("sufficiencyForecast.scenarios[0].months[0].byPlacementType[0].children").entity(Double.class).isEqualTo(5.6)
                .path("sufficiencyForecast.scenarios[0].months[0].byPlacementType[2].children").entity(Double.class).isEqualTo(3.5)
                .path("sufficiencyForecast.scenarios[0].months[0].sufficiencyGap[*].locality").entityList(String.class)
                .containsExactly("Ashby")
                .path("sufficiencyForecast.scenarios[0].months[0].sufficiencyGap[0].inHouseSupply").entity(Double.class).isEqualTo(6.0)
                .path("sufficiencyForecast.scenarios[0].months[0].sufficiencyGap[0].fosteringDemand").entity(Double.class).isEqualTo(9.1)
                .path("sufficiencyForecast.scenarios[0].months[0].sufficiencyGap[0].gap").entity(Double.class).isEqualTo(3.1);
    }

    @Test
    void extraInHousePlacesMoveChildrenFromAgenciesAndCostWhatTheUnitCostsSay() {
        // 12 places a year: one in the first month. One child moves from an agency (£820) to an in-house carer (£396):
        // £424 a week less, £424 × 52 / 12 = £1,837 over the month; Ashby's supply grows by that place.
        var answer = graphQl.document("""
                { sufficiencyForecast(cutOff: "2026-10-31", horizonMonths: 1, referenceMonths: 3,
                    scenarios: [{name: "Recruit 12 a year", extraInHousePlacesPerYear: 12}]) {
                  scenarios { name savingOverHorizon months { weeklyCost movedFromAgencies total
                    byPlacementType { children } sufficiencyGap { inHouseSupply gap } } } } }
                """).execute().errors().verify();
        answer.path("sufficiencyForecast.scenarios[*].name").entityList(String.class).containsExactly("Baseline", "Recruit 12 a year")
                .path("sufficiencyForecast.scenarios[1].months[0].movedFromAgencies").entity(Double.class).isEqualTo(1.0)
                .path("sufficiencyForecast.scenarios[1].months[0].byPlacementType[0].children").entity(Double.class).isEqualTo(6.6)
                .path("sufficiencyForecast.scenarios[1].months[0].byPlacementType[2].children").entity(Double.class).isEqualTo(2.5)
                .path("sufficiencyForecast.scenarios[1].months[0].total").entity(Double.class).isEqualTo(9.1)
                .path("sufficiencyForecast.scenarios[1].months[0].weeklyCost").entity(Double.class).isEqualTo(4636.0)
                .path("sufficiencyForecast.scenarios[1].savingOverHorizon").entity(Double.class).isEqualTo(1837.0)
                .path("sufficiencyForecast.scenarios[1].months[0].sufficiencyGap[0].inHouseSupply").entity(Double.class).isEqualTo(7.0)
                .path("sufficiencyForecast.scenarios[1].months[0].sufficiencyGap[0].gap").entity(Double.class).isEqualTo(2.1)
                .path("sufficiencyForecast.scenarios[0].savingOverHorizon").entity(Double.class).isEqualTo(0.0);
    }

    /**
     * With the placements' own costs recorded (the agencies' children at £1,000 a week, the in-house ones at £450), the
     * forecast costs each state at what the council paid on the cut-off day, not at the configured unit costs: month
     * one 3.4667 × £1,000 + 5.6 × £450 = £5,986.7 → £5,987 (on the day itself: 4 × 1,000 + 5 × 450 = £6,250).
     */
    @Test
    void theForecastStartsFromWhatTheCouncilPaysOnTheCutOffDay() {
        given("""
                MATCH (p:Placement)
                SET p.weeklyCost = CASE p.providerCode WHEN 'PR4' THEN 1000.0 ELSE 450.0 END
                """);
        graphQl.document("""
                { sufficiencyForecast(cutOff: "2026-10-31", horizonMonths: 1, referenceMonths: 3) { scenarios { months {
                    weeklyCost byPlacementType { placementType weeklyCost } } } } }
                """).execute().errors().verify()
                .path("sufficiencyForecast.scenarios[0].months[0].weeklyCost").entity(Double.class).isEqualTo(5987.0)
                .path("sufficiencyForecast.scenarios[0].months[0].byPlacementType[0].weeklyCost").entity(Double.class).isEqualTo(2520.0)
                .path("sufficiencyForecast.scenarios[0].months[0].byPlacementType[2].weeklyCost").entity(Double.class).isEqualTo(3467.0);
    }

    @Test
    void anotherCouncilsFosterCarerIsNotTheCouncilsOwn() {
        // A1's agency placement becomes another council's foster placement (U6, PR2): external, as the placement mix
        // counts it, so fostering bought in (IFA), not in-house fostering; and still fostering.
        given("MATCH (p:Placement {id: 'A1-0'}) SET p.providerCode = 'PR2'");
        graphQl.document("""
                { sufficiencyForecast(cutOff: "2026-10-31", horizonMonths: 1, referenceMonths: 3) { scenarios { months {
                    byPlacementType { placementType children } } } } }
                """).execute().errors().verify()
                .path("sufficiencyForecast.scenarios[0].months[0].byPlacementType[7].placementType").entity(String.class).isEqualTo("OTHER")
                .path("sufficiencyForecast.scenarios[0].months[0].byPlacementType[7].children").entity(Double.class).isEqualTo(0.0);
    }

    @Test
    void badArgumentsAreRefusedNamingTheFieldAndValue() {
        assertThat(refusal("{ sufficiencyForecast(cutOff: \"2026-10-15\") { cutOff } }"))
                .isEqualTo("cutOff: the forecast starts at a month end (for example 2026-10-31) (got '2026-10-15')");
        assertThat(refusal("{ sufficiencyForecast(cutOff: \"2026-10-31\", horizonMonths: 61) { cutOff } }"))
                .isEqualTo("horizonMonths: must be between 1 and 60 (got '61')");
        assertThat(refusal("{ sufficiencyForecast(cutOff: \"2026-10-31\", referenceMonths: 30) { cutOff } }"))
                .startsWith("referenceMonths: the reference period would start on 2024-04-30, before the history does");
        assertThat(refusal("""
                { sufficiencyForecast(cutOff: "2026-10-31", referenceMonths: 3, scenarios: [{name: "x", stepDownShareOfIfaPerYear: 1.5}]) { cutOff } }
                """)).isEqualTo("stepDownShareOfIfaPerYear: must be a share from 0 to 1 (got '1.5')");
    }

    private String refusal(String document) {
        String[] message = new String[1];
        graphQl.document(document).execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            message[0] = errors.get(0).getMessage();
        });
        return message[0];
    }

}
