package org.fostergraph.report;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.fostergraph.HandBuiltGraphTest;

/**
 * Sufficiency on 2026-10-31, worked out by hand:
 * <pre>
 * Ashby   H1 approved 3 places, ages 0–10, 1 child          → vacant 2
 *         H2 hub, 4 places (2 are sleepover beds), 5–17, 1 child → places 2, vacant 3 − 2 = 1, sleepover beds 2
 *         H3 approved only on 2026-11-10                   → not counted on 31 October
 *         H4 on hold since 2026-11-05, approved before, 2 places, 0–17 → counted, vacant 2
 *         approved places 3 + 2 + 2 = 7; filled 2; vacant 5
 *         placed externally: one of 7, two of 12–13, nine of 16
 *         open referrals: R1 (1 October) for two of 7 and 8 and for the 12-year-old already with an agency;
 *           R3 received on the day for a baby; R2 closed on 20 October and R4 closed on the day are not open
 *         (demand, placed, referred) and vacancies that fit:
 *           Under 1  (1, 0, 1)  fit H1 2 + H4 2 = 4       1 to 4 (0, 0, 0) fit 4
 *           5 to 9   (3, 1, 2)  fit 2 + 1 + 2 = 5         10 to 15 (2, 2, 1): the 12-year-old once; fit 5
 *           16+      (9, 9, 0)  fit H2 1 + H4 2 = 3; gap 9 − 3 = 6
 *         suppression (threshold 5; zeros are always shown, as the DfE publishes them): the 1s, 2s and 3 are hidden;
 *           the placed column is the placement mix's external count by locality and age band, so it shows what the
 *           mix shows (5 to 9's 1, 10 to 15's 2 and 16+'s 9 hidden there). 16+ then has its placed 9 hidden with its
 *           demand 9 and referred 0 shown, and demand = placed when nobody is referred: its demand hides too, and with
 *           it the gap (the fitting 3 are shown, so a gap of 6 would give the demand away). The referred column's
 *           hidden 1 + 2 + 1 = 4 is under 5, but its only shown cell is a zero: nothing more can cover it.
 * Brook   H5 approved 1 place, 0–4, empty; one external child of 3 → 1 to 4 (1, 1, 0), fit 1, gap 0. The mix hides
 *           1 to 4's external 1, so placed reads c there; demand's 1 hides as small. Every other cell is 0 and shown.
 * </pre>
 */
class SufficiencyTest extends HandBuiltGraphTest {

    @BeforeEach
    void council() {
        given("""
                CREATE (a:Locality {id: 'A', name: 'Ashby'}), (b:Locality {id: 'B', name: 'Brook'})
                CREATE (ifa:Household {id: 'IFA', provision: 'IFA_FOSTERING', status: 'APPROVED'})
                WITH a, b, ifa
                UNWIND [
                  {id: 'H1', l: 'A', places: 3, min: 0, max: 10, status: 'APPROVED', history: [['ENQUIRY', '2020-01-01'], ['APPROVED', '2020-06-01']]},
                  {id: 'H2', l: 'A', places: 4, min: 5, max: 17, status: 'APPROVED', history: [['APPROVED', '2019-01-01']]},
                  {id: 'H3', l: 'A', places: 2, min: 0, max: 17, status: 'APPROVED', history: [['ASSESSMENT', '2026-01-01'], ['APPROVED', '2026-11-10']]},
                  {id: 'H4', l: 'A', places: 2, min: 0, max: 17, status: 'ON_HOLD', history: [['APPROVED', '2020-01-01'], ['ON_HOLD', '2026-11-05']]},
                  {id: 'H5', l: 'B', places: 1, min: 0, max: 4, status: 'APPROVED', history: [['APPROVED', '2021-01-01']]}
                ] AS row
                WITH a, b, ifa, row, CASE row.l WHEN 'A' THEN a ELSE b END AS locality
                CREATE (h:Household {id: row.id, provision: 'IN_HOUSE_FOSTERING', status: row.status, approvedPlaces: row.places,
                        ageMin: row.min, ageMax: row.max})-[:IN]->(locality)
                FOREACH (i IN range(0, size(row.history) - 1) |
                    CREATE (h)-[:CHANGED_STATUS]->(:StatusChange {id: row.id + '-' + i, status: row.history[i][0], date: date(row.history[i][1])}))
                WITH DISTINCT a, b, ifa
                MATCH (h1:Household {id: 'H1'}), (h2:Household {id: 'H2'})
                CREATE (h2)-[:HUB_OF]->(:Constellation {id: 'K'})
                CREATE (:Child {id: 'I1', dateOfBirth: date('2018-01-01')})-[:HAD]->(:Placement {id: 'P-I1', start: date('2025-01-01'), placeCode: 'U4', providerCode: 'PR1'})-[:WITH]->(h1)
                CREATE (:Child {id: 'I2', dateOfBirth: date('2012-01-01')})-[:HAD]->(:Placement {id: 'P-I2', start: date('2025-01-01'), placeCode: 'U4', providerCode: 'PR1'})-[:WITH]->(h2)
                WITH a, b, ifa
                UNWIND [{id: 'E3', born: '2019-03-01', home: a}, {id: 'E1', born: '2014-03-01', home: a},
                        {id: 'E2', born: '2013-03-01', home: a}, {id: 'E5', born: '2023-03-01', home: b}]
                       + [n IN range(1, 9) | {id: 'E16-' + n, born: '2010-01-01', home: a}] AS row
                WITH row, row.home AS home, ifa, a
                CREATE (c:Child {id: row.id, dateOfBirth: date(row.born)})-[:HOME_IN]->(home)
                CREATE (c)-[:HAD]->(:Placement {id: 'P-' + row.id, start: date('2025-01-01'), placeCode: 'U6', providerCode: 'PR4'})-[:WITH]->(ifa)
                WITH DISTINCT a
                MATCH (e1:Child {id: 'E1'})
                CREATE (r1:Referral {id: 'R1', received: date('2026-10-01'), urgency: 'PLANNED'})-[:FOR]->(e1)
                CREATE (r1)-[:FOR]->(:Child {id: 'S7', dateOfBirth: date('2019-01-01')})-[:HOME_IN]->(a)
                CREATE (r1)-[:FOR]->(:Child {id: 'S8', dateOfBirth: date('2018-05-01')})-[:HOME_IN]->(a)
                CREATE (:Referral {id: 'R2', received: date('2026-09-01'), closed: date('2026-10-20'), outcome: 'WITHDRAWN', urgency: 'PLANNED'})
                       -[:FOR]->(:Child {id: 'W6', dateOfBirth: date('2020-01-01')})-[:HOME_IN]->(a)
                CREATE (:Referral {id: 'R3', received: date('2026-10-31'), urgency: 'EMERGENCY'})
                       -[:FOR]->(:Child {id: 'B0', dateOfBirth: date('2026-06-01')})-[:HOME_IN]->(a)
                CREATE (:Referral {id: 'R4', received: date('2026-10-01'), closed: date('2026-10-31'), outcome: 'PLACED_INTERNALLY', urgency: 'PLANNED'})
                       -[:FOR]->(:Child {id: 'P4', dateOfBirth: date('2022-01-01')})-[:HOME_IN]->(a)
                """);
    }

    @Test
    void supplyAndDemandByLocalityAndAgeBand() {
        graphQl.documentName("sufficiency").variable("asOf", "2026-10-31").execute()
                .path("sufficiency.localities[*].name").entityList(String.class).containsExactly("Ashby", "Brook")
                .path("sufficiency.localities[0].supply.approvedPlaces").entity(Integer.class).isEqualTo(7)
                .path("sufficiency.localities[0].supply.filled").entity(Integer.class).isEqualTo(2)
                .path("sufficiency.localities[0].supply.vacant").entity(Integer.class).isEqualTo(5)
                .path("sufficiency.localities[0].supply.held").entity(Integer.class).isEqualTo(0)
                .path("sufficiency.localities[0].supply.sleepoverBeds").entity(Integer.class).isEqualTo(2)
                .path("sufficiency.localities[0].demand[*].ageBand").entityList(String.class)
                .containsExactly("Under 1", "1 to 4", "5 to 9", "10 to 15", "16 and over")
                .path("sufficiency.localities[0].demand[*].demand").entityList(String.class).containsExactly("c", "0", "c", "c", "c")
                .path("sufficiency.localities[0].demand[*].placedExternally").entityList(String.class)
                .containsExactly("0", "0", "c", "c", "c")
                .path("sufficiency.localities[0].demand[*].openReferrals").entityList(String.class)
                .containsExactly("c", "0", "c", "c", "0")
                .path("sufficiency.localities[0].demand[*].vacanciesThatFit").entityList(Integer.class)
                .containsExactly(4, 4, 5, 5, 3)
                .path("sufficiency.localities[0].demand[*].gap").entityList(String.class).containsExactly("0", "0", "0", "0", "c")
                .path("sufficiency.localities[1].supply.approvedPlaces").entity(Integer.class).isEqualTo(1)
                .path("sufficiency.localities[1].supply.filled").entity(Integer.class).isEqualTo(0)
                .path("sufficiency.localities[1].demand[*].demand").entityList(String.class).containsExactly("0", "c", "0", "0", "0")
                .path("sufficiency.localities[1].demand[*].placedExternally").entityList(String.class)
                .containsExactly("0", "c", "0", "0", "0")
                .path("sufficiency.localities[1].demand[*].openReferrals").entityList(String.class)
                .containsExactly("0", "0", "0", "0", "0")
                .path("sufficiency.localities[1].demand[1].vacanciesThatFit").entity(Integer.class).isEqualTo(1)
                .path("sufficiency.localities[1].demand[1].gap").entity(String.class).isEqualTo("0");
    }

    @Test
    void asCsvForExcel() {
        http.get().uri("/api/reports/sufficiency.csv?asOf=2026-10-31").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("""
                        as_of,locality,age_band,approved_places,filled,vacant,held,sleepover_beds,demand,placed_externally,open_referrals,vacancies_that_fit,gap
                        2026-10-31,Ashby,Under 1,7,2,5,0,2,c,0,c,4,0
                        2026-10-31,Ashby,1 to 4,7,2,5,0,2,0,0,0,4,0
                        2026-10-31,Ashby,5 to 9,7,2,5,0,2,c,c,c,5,0
                        2026-10-31,Ashby,10 to 15,7,2,5,0,2,c,c,c,5,0
                        2026-10-31,Ashby,16 and over,7,2,5,0,2,c,c,0,3,c
                        2026-10-31,Brook,Under 1,1,0,1,0,0,0,0,0,1,0
                        2026-10-31,Brook,1 to 4,1,0,1,0,0,c,c,0,1,0
                        2026-10-31,Brook,5 to 9,1,0,1,0,0,0,0,0,0,0
                        2026-10-31,Brook,10 to 15,1,0,1,0,0,0,0,0,0,0
                        2026-10-31,Brook,16 and over,1,0,1,0,0,0,0,0,0,0
                        """);
    }
}
