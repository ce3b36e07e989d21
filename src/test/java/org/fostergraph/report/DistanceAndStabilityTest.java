package org.fostergraph.report;

import org.junit.jupiter.api.Test;

import org.fostergraph.HandBuiltGraphTest;

/** Distance from home and placement stability on 2026-10-31, worked out by hand. */
class DistanceAndStabilityTest extends HandBuiltGraphTest {

    /**
     * Homes at 52.6 N: 6 children in-house in the council (0 miles), 5 with an agency 27.6 miles north outside it,
     * 2 with an agency 1.4 miles away outside it, 1 with no home location.
     * measured 13, unknown 1; over 20 miles 5 (5/13 = 0.385); outside 5 + 2 = 7 (7/13 = 0.538).
     */
    @Test
    void childrenPlacedFarFromHomeAndOutsideTheBoundary() {
        given("""
                CREATE (l:Locality {id: 'A', name: 'Ashby'})
                CREATE (inside:Household {id: 'IN', location: point({latitude: 52.6, longitude: -2.0})})-[:IN]->(l)
                CREATE (:Household {id: 'NEAR', location: point({latitude: 52.62, longitude: -2.0})})
                CREATE (:Household {id: 'FAR', location: point({latitude: 53.0, longitude: -2.0})})
                WITH 1 AS one
                UNWIND [{n: 6, to: 'IN', code: 'U4', provider: 'PR1'}, {n: 5, to: 'FAR', code: 'U6', provider: 'PR4'},
                        {n: 2, to: 'NEAR', code: 'U6', provider: 'PR4'}] AS batch
                MATCH (h:Household {id: batch.to})
                UNWIND range(1, batch.n) AS n
                CREATE (c:Child {id: batch.to + n, dateOfBirth: date('2015-01-01'), homeLocation: point({latitude: 52.6, longitude: -2.0})})
                CREATE (c)-[:HAD]->(:Placement {id: 'P-' + batch.to + n, start: date('2025-01-01'), placeCode: batch.code,
                        providerCode: batch.provider})-[:WITH]->(h)
                WITH DISTINCT 1 AS done
                MATCH (inside:Household {id: 'IN'})
                CREATE (:Child {id: 'NOWHERE', dateOfBirth: date('2015-01-01')})-[:HAD]->(:Placement {id: 'P-NOWHERE',
                        start: date('2025-01-01'), placeCode: 'U4', providerCode: 'PR1'})-[:WITH]->(inside)
                """);

        graphQl.documentName("distanceFromHome").variable("asOf", "2026-10-31").execute()
                .path("distanceFromHome.measured").entity(Integer.class).isEqualTo(13)
                .path("distanceFromHome.unknownLocation").entity(Integer.class).isEqualTo(1)
                .path("distanceFromHome.over20Miles").entity(Integer.class).isEqualTo(5)
                .path("distanceFromHome.over20MilesShare").entity(Double.class).isEqualTo(0.385)
                .path("distanceFromHome.outsideBoundary").entity(Integer.class).isEqualTo(7)
                .path("distanceFromHome.outsideBoundaryShare").entity(Double.class).isEqualTo(0.538)
                .path("distanceFromHome.byPlacementType[*].placementType").entityList(String.class)
                .containsExactly("IN_HOUSE_FOSTERING", "IFA_FOSTERING")
                .path("distanceFromHome.byPlacementType[*].measured").entityList(String.class).containsExactly("6", "7")
                .path("distanceFromHome.byPlacementType[*].over20Miles").entityList(String.class).containsExactly("0", "5")
                .path("distanceFromHome.byPlacementType[*].outsideBoundary").entityList(String.class).containsExactly("0", "7");
        http.get().uri("/api/reports/distance-from-home.csv?asOf=2026-10-31").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("""
                        as_of,placement_type,measured,over_20_miles,over_20_miles_share,outside_boundary,outside_boundary_share
                        2026-10-31,All,13,5,0.385,7,0.538
                        2026-10-31,IN_HOUSE_FOSTERING,6,0,,0,
                        2026-10-31,IFA_FOSTERING,7,5,,7,
                        """);
    }

    /**
     * In care on 2026-10-31: 15 children.
     * <ul>
     * <li>5 moved on 1 April and 1 August 2026 after a placement from 1 January: 3 placements in the year → 5 (5/15 = 0.333)</li>
     * <li>6 under 16, in care since 1 January 2023 (one move, 1 June 2024, without a break): looked after 2½ years
     *     (by 30 April 2024) and in the same placement 2 years (by 31 October 2024) → eligible and stable</li>
     * <li>2 the same but moved on 1 June 2025 → eligible, not stable</li>
     * <li>1 back in care on 1 June 2024 after a break → not looked after 2½ years without one</li>
     * <li>1 aged 16 → not under 16</li>
     * </ul>
     * eligible 6 + 2 = 8, stable 6, share 6/8 = 0.75.
     */
    @Test
    void placementStabilityAsDfEMeasuresIt() {
        given("""
                UNWIND [
                  {group: 'S', n: 5, born: '2015-01-01', placements: [['2026-01-01', '2026-04-01'], ['2026-04-01', '2026-08-01'], ['2026-08-01', null]]},
                  {group: 'L', n: 6, born: '2015-01-01', placements: [['2023-01-01', '2024-06-01'], ['2024-06-01', null]]},
                  {group: 'M', n: 2, born: '2015-01-01', placements: [['2023-01-01', '2025-06-01'], ['2025-06-01', null]]},
                  {group: 'B', n: 1, born: '2015-01-01', placements: [['2023-01-01', '2024-01-01'], ['2024-06-01', null]]},
                  {group: 'O', n: 1, born: '2010-01-01', placements: [['2020-01-01', null]]}
                ] AS row
                UNWIND range(1, row.n) AS n
                CREATE (c:Child {id: row.group + n, dateOfBirth: date(row.born)})
                FOREACH (i IN range(0, size(row.placements) - 1) |
                    CREATE (c)-[:HAD]->(:Placement {id: row.group + n + '-' + i, start: date(row.placements[i][0]),
                            end: CASE WHEN row.placements[i][1] IS NULL THEN null ELSE date(row.placements[i][1]) END,
                            placeCode: 'U4', providerCode: 'PR1'}))
                """);

        graphQl.documentName("placementStability").variable("asOf", "2026-10-31").execute()
                .path("placementStability.inCare").entity(Integer.class).isEqualTo(15)
                .path("placementStability.threeOrMorePlacements").entity(String.class).isEqualTo("5")
                .path("placementStability.threeOrMoreShare").entity(Double.class).isEqualTo(0.333)
                .path("placementStability.longTermEligible").entity(String.class).isEqualTo("8")
                .path("placementStability.longTermStable").entity(String.class).isEqualTo("6")
                .path("placementStability.longTermShare").entity(Double.class).isEqualTo(0.75);
        http.get().uri("/api/reports/placement-stability.csv?asOf=2026-10-31").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("""
                        as_of,in_care,three_or_more_placements,three_or_more_share,long_term_eligible,long_term_stable,long_term_share
                        2026-10-31,15,5,0.333,8,6,0.75
                        """);
        // A year earlier nobody had had three placements, and of the 9 eligible (6 + 2 + the one then 15) only the
        // 15-year-old had been 2 years in one placement: 1, shown as c, and its share left out.
        graphQl.documentName("placementStability").variable("asOf", "2025-10-31").execute()
                .path("placementStability.threeOrMorePlacements").entity(String.class).isEqualTo("0")
                .path("placementStability.longTermStable").entity(String.class).isEqualTo("c")
                .path("placementStability.longTermShare").valueIsNull();
    }
}
