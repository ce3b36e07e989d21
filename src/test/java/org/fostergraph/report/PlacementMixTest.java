package org.fostergraph.report;

import java.util.List;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.fostergraph.HandBuiltGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The placement mix on a hand-built council, worked out by hand. On 2026-10-31:
 * <pre>
 *   Ashby:  K1 + 5 others in-house (PR1, £400)            → internal 6
 *           K2 starts with the agency ON 2026-10-31 (£800)  → external, counted
 *           K4 moved mid-month (15 Oct) in-house → agency   → external, counted once
 *   Brook:  7 in-house (£400); 6 in a private home (PR4, £4,000)
 *           K3 left the private home ON 2026-10-31          → not in care that day
 *   total 21 = internal 13 (6 + 7) + external 8 (2 + 6)
 *   weekly internal 13 × 400 = 5,200; external 800 + 800 + 6 × 4,000 = 25,600; annual × 52
 * </pre>
 */
class PlacementMixTest extends HandBuiltGraphTest {

    @BeforeEach
    void council() {
        given("""
                CREATE (a:Locality {id: 'A', name: 'Ashby'}), (b:Locality {id: 'B', name: 'Brook'})
                CREATE (ih:Household {id: 'IH1', provision: 'IN_HOUSE_FOSTERING', status: 'APPROVED'})
                CREATE (ifa:Household {id: 'IFA1', provision: 'IFA_FOSTERING', status: 'APPROVED'})-[:RUN_BY]->(:Provider {id: 'P1', name: 'Acorn Fostering'})
                CREATE (res:Household {id: 'RES1', provision: 'PRIVATE_RESIDENTIAL', status: 'APPROVED'})-[:RUN_BY]->(:Provider {id: 'P2', name: 'Oak Homes'})
                CREATE (k1:Child {id: 'K1', dateOfBirth: date('2020-01-01')})-[:HOME_IN]->(a)
                CREATE (k1)-[:HAD]->(:Placement {id: 'P-K1', start: date('2025-01-01'), placeCode: 'U4', providerCode: 'PR1', weeklyCost: 400.0})-[:WITH]->(ih)
                CREATE (k2:Child {id: 'K2', dateOfBirth: date('2010-05-01')})-[:HOME_IN]->(a)
                CREATE (k2)-[:HAD]->(:Placement {id: 'P-K2', start: date('2026-10-31'), placeCode: 'U6', providerCode: 'PR4', weeklyCost: 800.0})-[:WITH]->(ifa)
                CREATE (k3:Child {id: 'K3', dateOfBirth: date('2015-01-01')})-[:HOME_IN]->(b)
                CREATE (k3)-[:HAD]->(:Placement {id: 'P-K3', start: date('2025-06-01'), end: date('2026-10-31'), placeCode: 'K2', providerCode: 'PR4', weeklyCost: 4000.0})-[:WITH]->(res)
                CREATE (k4:Child {id: 'K4', dateOfBirth: date('2016-01-01')})-[:HOME_IN]->(a)
                CREATE (k4)-[:HAD]->(:Placement {id: 'P-K4a', start: date('2026-01-01'), end: date('2026-10-15'), placeCode: 'U6', providerCode: 'PR1', weeklyCost: 400.0})-[:WITH]->(ih)
                CREATE (k4)-[:HAD]->(:Placement {id: 'P-K4b', start: date('2026-10-15'), placeCode: 'U6', providerCode: 'PR4', weeklyCost: 800.0})-[:WITH]->(ifa)
                WITH a, b, ih, res
                UNWIND [{home: a, n: 5, to: ih, code: 'U4', provider: 'PR1', cost: 400.0},
                        {home: b, n: 7, to: ih, code: 'U4', provider: 'PR1', cost: 400.0},
                        {home: b, n: 6, to: res, code: 'K2', provider: 'PR4', cost: 4000.0}] AS batch
                WITH batch, batch.home AS home, batch.to AS household
                UNWIND range(1, batch.n) AS n
                CREATE (c:Child {id: home.id + batch.provider + n, dateOfBirth: date('2014-01-01')})-[:HOME_IN]->(home)
                CREATE (c)-[:HAD]->(:Placement {id: 'P-' + home.id + batch.provider + n, start: date('2025-01-01'),
                        placeCode: batch.code, providerCode: batch.provider, weeklyCost: batch.cost})-[:WITH]->(household)
                """);
    }

    @Test
    void totalsOnADayCountStartsOnThatDayAndNotEndsOnIt() {
        graphQl.documentName("placementMix").variable("asOf", "2026-10-31").execute()
                .path("placementMix.asOf").entity(String.class).isEqualTo("2026-10-31")
                .path("placementMix.total").entity(Integer.class).isEqualTo(21)
                .path("placementMix.internal").entity(Integer.class).isEqualTo(13)
                .path("placementMix.external").entity(Integer.class).isEqualTo(8)
                .path("placementMix.internalShare").entity(Double.class).isEqualTo(0.619)
                .path("placementMix.weeklyCostInternal").entity(Double.class).isEqualTo(5200.0)
                .path("placementMix.weeklyCostExternal").entity(Double.class).isEqualTo(25600.0)
                .path("placementMix.annualCostInternal").entity(Double.class).isEqualTo(270400.0)
                .path("placementMix.annualCostExternal").entity(Double.class).isEqualTo(1331200.0)
                .path("placementMix.groups").entityList(Object.class).hasSize(0);
    }

    @Test
    void smallCountsAreHiddenAndSoIsEveryCellThatWouldGiveThemAway() {
        // Ashby external is 2: hidden. Naively the rest would show Ashby 8 = 6 internal + c, so c = 2. The second
        // cell of that line (Ashby internal 6) is hidden; then the internal column (13 published) would give
        // Ashby's 6 away from Brook's 7, so Brook internal is hidden; and the external column's hidden cells would
        // add up to 8 − 6 = 2, under 5, so Brook external (6) is hidden too. Both groups hide a count, so neither
        // shows its spend (Ashby's £4,000 with its 8 children would give 6 × £400 + 2 × £800 away).
        graphQl.documentName("placementMix").variable("asOf", "2026-10-31").variable("groupBy", List.of("LOCALITY")).execute()
                .path("placementMix.groups[*].key").entityList(Object.class).isEqualTo(List.of(List.of("Ashby"), List.of("Brook")))
                .path("placementMix.groups[*].total").entityList(String.class).containsExactly("8", "13")
                .path("placementMix.groups[*].internal").entityList(String.class).containsExactly("c", "c")
                .path("placementMix.groups[*].external").entityList(String.class).containsExactly("c", "c")
                .path("placementMix.groups[0].weeklyCost").valueIsNull()
                .path("placementMix.groups[1].weeklyCost").valueIsNull()
                .path("placementMix.groups[1].internalShare").valueIsNull();
    }

    @Test
    void groupsByPlacementTypeAndProviderWithTheirSpend() {
        var response = graphQl.documentName("placementMix").variable("asOf", "2026-10-31")
                .variable("groupBy", List.of("PLACEMENT_TYPE", "PROVIDER")).execute();
        response.path("placementMix.groups[*].key").entityList(Object.class).isEqualTo(List.of(
                List.of("IN_HOUSE_FOSTERING", "The council"), List.of("IFA_FOSTERING", "Acorn Fostering"),
                List.of("PRIVATE_CHILDRENS_HOME", "Oak Homes")));
        // Rows in-house 13/13/0, IFA 2/0/2, private 6/0/6; columns published 21/13/8. The 2s are hidden. Each row
        // then hides two cells or none. The total column's hidden cells add up to 2, under 5: the smallest visible
        // non-zero total (private 6) hides; the external column likewise hides private's 6. A reader now knows only
        // IFA + private = 8, each group's total equal to its external count.
        response.path("placementMix.groups[*].total").entityList(String.class).containsExactly("13", "c", "c")
                .path("placementMix.groups[*].internal").entityList(String.class).containsExactly("13", "0", "0")
                .path("placementMix.groups[*].external").entityList(String.class).containsExactly("0", "c", "c")
                // In-house: 13 children × £400 = £5,200 a week, × 52 = £270,400; all placed internally.
                .path("placementMix.groups[0].weeklyCost").entity(Double.class).isEqualTo(5200.0)
                .path("placementMix.groups[0].annualCost").entity(Double.class).isEqualTo(270400.0)
                .path("placementMix.groups[0].internalShare").entity(Double.class).isEqualTo(1.0)
                .path("placementMix.groups[1].weeklyCost").valueIsNull()
                .path("placementMix.groups[2].weeklyCost").valueIsNull();
    }

    @Test
    void hiddenCellsThatAddUpToLessThanTheThresholdAreProtectedToo() {
        // By age on 2026-10-31: 5 to 9 = K1 (6): 1/1/0; 10 to 15 = K4 (10) and the 18 born in 2014 (12): 19/12/7;
        // 16 and over = K2 (16): 1/0/1. Hiding only the 1s and then a second cell in each line (as a naive
        // secondary rule does) would leave 10 to 15 at 19/12/7: 21 − 19 = 2 children in the two hidden groups, each
        // holding at least one — so one each, exactly. Here the hidden totals add up to 2 (under 5), so the 19 hides;
        // the internal column's hidden 1 needs the 12, the external column's 1 needs the 7.
        graphQl.documentName("placementMix").variable("asOf", "2026-10-31").variable("groupBy", List.of("AGE_BAND")).execute()
                .path("placementMix.groups[*].key").entityList(Object.class)
                .isEqualTo(List.of(List.of("5 to 9"), List.of("10 to 15"), List.of("16 and over")))
                .path("placementMix.groups[*].total").entityList(String.class).containsExactly("c", "c", "c")
                .path("placementMix.groups[*].internal").entityList(String.class).containsExactly("c", "c", "0")
                .path("placementMix.groups[*].external").entityList(String.class).containsExactly("0", "c", "c")
                .path("placementMix.total").entity(Integer.class).isEqualTo(21);
    }

    @Test
    void theTrendGivesTheTotalsAtEachMonthEnd() {
        // 31 Aug and 30 Sep: K3 still in the private home, K4 still in-house, K2 not yet in care:
        // 21 = internal 14 (K1, K4, 12) + external 7 (K3, 6); £5,600 and £28,000.
        graphQl.documentName("placementMixTrend").variable("from", "2026-08-15").variable("to", "2026-10-31").execute()
                .path("placementMixTrend[*].asOf").entityList(String.class).containsExactly("2026-08-31", "2026-09-30", "2026-10-31")
                .path("placementMixTrend[*].total").entityList(Integer.class).containsExactly(21, 21, 21)
                .path("placementMixTrend[*].internal").entityList(Integer.class).containsExactly(14, 14, 13)
                .path("placementMixTrend[*].external").entityList(Integer.class).containsExactly(7, 7, 8)
                .path("placementMixTrend[*].weeklyCostInternal").entityList(Double.class).containsExactly(5600.0, 5600.0, 5200.0)
                .path("placementMixTrend[*].weeklyCostExternal").entityList(Double.class).containsExactly(28000.0, 28000.0, 25600.0);
    }

    @Test
    void refusesAFutureDayOrADayBeforeAnyData() {
        graphQl.documentName("placementMix").variable("asOf", "2026-11-25").execute().errors().satisfy(errors ->
                assertThat(errors.get(0).getMessage())
                        .isEqualTo("asOf: reports describe days up to today (2026-11-24), not the future (got '2026-11-25')"));
        graphQl.documentName("placementMix").variable("asOf", "2024-12-31").execute().errors().satisfy(errors ->
                assertThat(errors.get(0).getMessage())
                        .isEqualTo("asOf: the graph holds no placement before 2025-01-01 (got '2024-12-31')"));
        graphQl.documentName("placementMixTrend").variable("from", "2026-10-01").variable("to", "2026-09-01").execute()
                .errors().satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("field", "from"));
        graphQl.documentName("placementMix").execute().path("placementMix.asOf").entity(String.class).isEqualTo("2026-11-24");
    }


    @Test
    void theSameReportAsCsvForExcel() {
        http.get().uri("/api/reports/placement-mix.csv?asOf=2026-10-31&groupBy=LOCALITY").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("text/csv;charset=UTF-8")
                .expectHeader().valueEquals("Content-Disposition", "attachment; filename=\"placement-mix-2026-10-31.csv\"")
                .expectBody(String.class).isEqualTo("""
                        as_of,locality,total,internal,external,internal_share,weekly_cost,annual_cost
                        2026-10-31,All,21,13,8,0.619,30800.0,1601600.0
                        2026-10-31,Ashby,8,c,c,,,
                        2026-10-31,Brook,13,c,c,,,
                        """);
        http.get().uri("/api/reports/placement-mix-trend.csv?from=2026-09-01&to=2026-10-31").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("""
                        as_of,total,internal,external,weekly_cost_internal,weekly_cost_external
                        2026-09-30,21,14,7,5600.0,28000.0
                        2026-10-31,21,13,8,5200.0,25600.0
                        """);
        http.get().uri("/api/reports/placement-mix.csv?asOf=2026-12-01").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("asOf").jsonPath("$.code").isEqualTo("INVALID_ARGUMENT");
    }
}
