package org.fostergraph.report;

import org.junit.jupiter.api.Test;

import org.fostergraph.HandBuiltGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The transformation board's savings tracker and the Mockingbird outcome measures, worked out by hand. */
class ProgrammeReportsTest extends HandBuiltGraphTest {

    /**
     * Period 1 April to 30 September 2026:
     * <pre>
     *   T1–T5  agency £820 until 1 June, then in-house £400 from 1 June     5 moves home, (820 − 400) × 52 = 21,840 each
     *   T6     private home £4,000 until 1 April, in-house £500 from then  1 move on the first day, (4,000 − 500) × 52 = 182,000
     *   T7     the same move on 1 October                                   after the period
     *   X1     in-house to agency on 1 May                                  not home
     *   G1     agency ended 1 May, in-house from 10 May after a break       not a move (a break), a new internal entrant
     *   N1–N6  first placement in-house on 1 May                           6 internal entrants
     *   E1–E4  first placement with an agency on 1 July; E5 on 30 September 5 external entrants
     *   E6     first placement on 1 October                                 after the period
     *   transfers 6; saving 5 × 21,840 + 182,000 = 291,200; entrants internal 7, external 5, share 7/12 = 0.583
     * </pre>
     */
    @Test
    void movesHomeTheirSavingAndNewEntrants() {
        given("""
                CREATE (ih:Household {id: 'IH', provision: 'IN_HOUSE_FOSTERING'}), (ifa:Household {id: 'IFA', provision: 'IFA_FOSTERING'}),
                       (res:Household {id: 'RES', provision: 'PRIVATE_RESIDENTIAL'})
                WITH ih, ifa, res
                UNWIND [
                  {ids: ['T1', 'T2', 'T3', 'T4', 'T5'], history: [['2025-01-01', '2026-06-01', 'PR4', 820.0, 'IFA'], ['2026-06-01', null, 'PR1', 400.0, 'IH']]},
                  {ids: ['T6'], history: [['2025-01-01', '2026-04-01', 'PR4', 4000.0, 'RES'], ['2026-04-01', null, 'PR1', 500.0, 'IH']]},
                  {ids: ['T7'], history: [['2025-01-01', '2026-10-01', 'PR4', 820.0, 'IFA'], ['2026-10-01', null, 'PR1', 400.0, 'IH']]},
                  {ids: ['X1'], history: [['2025-01-01', '2026-05-01', 'PR1', 400.0, 'IH'], ['2026-05-01', null, 'PR4', 820.0, 'IFA']]},
                  {ids: ['G1'], history: [['2025-01-01', '2026-05-01', 'PR4', 820.0, 'IFA'], ['2026-05-10', null, 'PR1', 400.0, 'IH']]},
                  {ids: ['N1', 'N2', 'N3', 'N4', 'N5', 'N6'], history: [['2026-05-01', null, 'PR1', 400.0, 'IH']]},
                  {ids: ['E1', 'E2', 'E3', 'E4'], history: [['2026-07-01', null, 'PR4', 820.0, 'IFA']]},
                  {ids: ['E5'], history: [['2026-09-30', null, 'PR4', 820.0, 'IFA']]},
                  {ids: ['E6'], history: [['2026-10-01', null, 'PR4', 820.0, 'IFA']]}
                ] AS row
                UNWIND row.ids AS id
                CREATE (c:Child {id: id, dateOfBirth: date('2015-01-01')})
                WITH c, id, row, ih, ifa, res
                UNWIND range(0, size(row.history) - 1) AS i
                WITH c, id, row.history[i] AS p, i, CASE row.history[i][4] WHEN 'IH' THEN ih WHEN 'IFA' THEN ifa ELSE res END AS household
                CREATE (c)-[:HAD]->(:Placement {id: id + '-' + i, start: date(p[0]), end: CASE WHEN p[1] IS NULL THEN null ELSE date(p[1]) END,
                        placeCode: 'U6', providerCode: p[2], weeklyCost: p[3]})-[:WITH]->(household)
                """);

        graphQl.documentName("savingsTracker").variable("from", "2026-04-01").variable("to", "2026-09-30").execute()
                .path("savingsTracker.from").entity(String.class).isEqualTo("2026-04-01")
                .path("savingsTracker.to").entity(String.class).isEqualTo("2026-09-30")
                .path("savingsTracker.transfersHome").entity(String.class).isEqualTo("6")
                .path("savingsTracker.annualisedSaving").entity(Double.class).isEqualTo(291200.0)
                .path("savingsTracker.newEntrantsInternal").entity(String.class).isEqualTo("7")
                .path("savingsTracker.newEntrantsExternal").entity(String.class).isEqualTo("5")
                .path("savingsTracker.newEntrantsInternalShare").entity(Double.class).isEqualTo(0.583);
        // April alone: T6's one move is hidden, and with it its saving; N1–N6 and G1 came in May.
        graphQl.documentName("savingsTracker").variable("from", "2026-04-01").variable("to", "2026-04-30").execute()
                .path("savingsTracker.transfersHome").entity(String.class).isEqualTo("c")
                .path("savingsTracker.annualisedSaving").valueIsNull()
                .path("savingsTracker.newEntrantsInternal").entity(String.class).isEqualTo("0")
                .path("savingsTracker.newEntrantsExternal").entity(String.class).isEqualTo("0")
                .path("savingsTracker.newEntrantsInternalShare").valueIsNull();
        http.get().uri("/api/reports/savings-tracker.csv?from=2026-04-01&to=2026-09-30").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("""
                        from,to,transfers_home,annualised_saving,new_entrants_internal,new_entrants_external,new_entrants_internal_share
                        2026-04-01,2026-09-30,6,291200.0,7,5,0.583
                        """);
        graphQl.documentName("savingsTracker").variable("from", "2026-09-01").variable("to", "2026-04-01").execute()
                .errors().satisfy(errors -> assertThat(errors.get(0).getMessage())
                        .isEqualTo("from: the period runs from a day up to a later one (to is 2026-04-01) (got '2026-09-01')"));
        graphQl.documentName("savingsTracker").variable("from", "2024-12-31").execute()
                .errors().satisfy(errors -> assertThat(errors.get(0).getMessage())
                        .isEqualTo("from: the graph holds no placement before 2025-01-01 (got '2024-12-31')"));
    }

    /**
     * Period 1 January to 31 October 2026. HUB and S1–S6 form constellation C1 from 2024; S6 left it on 1 March
     * 2026; O1–O4 are outside. Registered on 1 January: inside HUB + S1–S6 = 7, outside O1–O4 = 4.
     * <pre>
     *   endings inside:  S2 on 15 March: 3 CARPL, 3 CREQB, 2 ALLEG   → 8 ended, 5 unplanned, 5/8 = 0.625
     *   endings outside: S6 on 1 April (after it left): 2 STAND;
     *                    O2 on 1 January (the first day): 5 CARPL  → 7 ended, 2 unplanned (c), share hidden
     *   not counted:     O3 on 31 December 2025 (CREQO); the agency household's CREQB on 1 May
     *   de-registered:   S1 on 1 September, a satellite until that day → inside 1, 1/7 = 0.143
     *                    O1 on 1 May, S6 on 1 June (after it left)      → outside 2, 2/4 = 0.5
     * </pre>
     */
    @Test
    void unplannedEndingsAndDeregistrationsInsideAndOutsideConstellations() {
        given("""
                CREATE (c1:Constellation {id: 'C1', launched: date('2024-01-01')})
                CREATE (ifa:Household {id: 'IFA', provision: 'IFA_FOSTERING', status: 'APPROVED'})
                WITH c1, ifa
                UNWIND [
                  {id: 'HUB', role: 'HUB', until: null, deregistered: null},
                  {id: 'S1', role: 'SATELLITE', until: '2026-09-01', deregistered: '2026-09-01'},
                  {id: 'S2', role: 'SATELLITE', until: null, deregistered: null},
                  {id: 'S3', role: 'SATELLITE', until: null, deregistered: null},
                  {id: 'S4', role: 'SATELLITE', until: null, deregistered: null},
                  {id: 'S5', role: 'SATELLITE', until: null, deregistered: null},
                  {id: 'S6', role: 'SATELLITE', until: '2026-03-01', deregistered: '2026-06-01'},
                  {id: 'O1', role: null, until: null, deregistered: '2026-05-01'},
                  {id: 'O2', role: null, until: null, deregistered: null},
                  {id: 'O3', role: null, until: null, deregistered: null},
                  {id: 'O4', role: null, until: null, deregistered: null}
                ] AS row
                CREATE (h:Household {id: row.id, provision: 'IN_HOUSE_FOSTERING',
                        status: CASE WHEN row.deregistered IS NULL THEN 'APPROVED' ELSE 'DEREGISTERED' END})
                CREATE (h)-[:CHANGED_STATUS]->(:StatusChange {id: row.id + '-A', status: 'APPROVED', date: date('2020-01-01')})
                FOREACH (day IN CASE WHEN row.deregistered IS NULL THEN [] ELSE [row.deregistered] END |
                    CREATE (h)-[:CHANGED_STATUS]->(:StatusChange {id: row.id + '-D', status: 'DEREGISTERED', date: date(day)}))
                FOREACH (hub IN CASE WHEN row.role = 'HUB' THEN [c1] ELSE [] END | CREATE (h)-[:HUB_OF {since: date('2024-01-01')}]->(hub))
                FOREACH (c IN CASE WHEN row.role = 'SATELLITE' THEN [c1] ELSE [] END |
                    CREATE (h)-[:SATELLITE_OF {since: date('2024-01-01'),
                            until: CASE WHEN row.until IS NULL THEN null ELSE date(row.until) END}]->(c))
                WITH DISTINCT ifa
                UNWIND [
                  {at: 'S2', end: '2026-03-15', reasons: ['CARPL', 'CARPL', 'CARPL', 'CREQB', 'CREQB', 'CREQB', 'ALLEG', 'ALLEG']},
                  {at: 'S6', end: '2026-04-01', reasons: ['STAND', 'STAND']},
                  {at: 'O2', end: '2026-01-01', reasons: ['CARPL', 'CARPL', 'CARPL', 'CARPL', 'CARPL']},
                  {at: 'O3', end: '2025-12-31', reasons: ['CREQO']},
                  {at: 'IFA', end: '2026-05-01', reasons: ['CREQB']}
                ] AS row
                MATCH (h:Household {id: row.at})
                UNWIND range(0, size(row.reasons) - 1) AS i
                CREATE (:Child {id: row.at + '-' + i, dateOfBirth: date('2014-01-01')})-[:HAD]->(:Placement {id: 'P-' + row.at + '-' + i,
                        start: date('2025-01-01'), end: date(row.end), endReason: row.reasons[i], placeCode: 'U6',
                        providerCode: CASE row.at WHEN 'IFA' THEN 'PR4' ELSE 'PR1' END})-[:WITH]->(h)
                """);

        graphQl.documentName("mockingbirdOutcomes").variable("from", "2026-01-01").variable("to", "2026-10-31").execute()
                .path("mockingbirdOutcomes.inConstellations.placementsEnded").entity(String.class).isEqualTo("8")
                .path("mockingbirdOutcomes.inConstellations.unplannedEndings").entity(String.class).isEqualTo("5")
                .path("mockingbirdOutcomes.inConstellations.unplannedShare").entity(Double.class).isEqualTo(0.625)
                .path("mockingbirdOutcomes.inConstellations.households").entity(Integer.class).isEqualTo(7)
                .path("mockingbirdOutcomes.inConstellations.deregistrations").entity(Integer.class).isEqualTo(1)
                .path("mockingbirdOutcomes.inConstellations.deregistrationRate").entity(Double.class).isEqualTo(0.143)
                .path("mockingbirdOutcomes.outside.placementsEnded").entity(String.class).isEqualTo("7")
                .path("mockingbirdOutcomes.outside.unplannedEndings").entity(String.class).isEqualTo("c")
                .path("mockingbirdOutcomes.outside.unplannedShare").valueIsNull()
                .path("mockingbirdOutcomes.outside.households").entity(Integer.class).isEqualTo(4)
                .path("mockingbirdOutcomes.outside.deregistrations").entity(Integer.class).isEqualTo(2)
                .path("mockingbirdOutcomes.outside.deregistrationRate").entity(Double.class).isEqualTo(0.5);
        http.get().uri("/api/reports/mockingbird-outcomes.csv?from=2026-01-01&to=2026-10-31").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("""
                        from,to,households_in,placements_ended,unplanned_endings,unplanned_share,households,deregistrations,deregistration_rate
                        2026-01-01,2026-10-31,In constellations,8,5,0.625,7,1,0.143
                        2026-01-01,2026-10-31,Outside,7,c,,4,2,0.5
                        """);
    }
}
