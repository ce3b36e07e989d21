package org.fostergraph.report;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.fostergraph.HandBuiltGraphTest;

/**
 * Two kinds of data an accepted SSDA903 return holds, which once made the reports fail, on a council worked by hand:
 * <pre>
 *   5 children in-house (U4, PR1, born 2020 → 5 to 9) since 2025
 *   5 children in a temporary placement (T1: no provider, no household; born 2014 → 10 to 15) since 1 June 2026
 *   5 children with an agency (U6, PR4) since 1 October 2026, whose date of birth a later return corrected to
 *     1 December 2026: on 31 October the records make them not yet born; they count as under 1, as their age does
 * On 31 October: 15 in care = 5 internal + 10 external (a placement without a provider is not the council's own).
 * Month ends from August: 31 August 10 (5 + 5), 30 September 10 (5 + 5), 31 October 15 (5 + 10).
 * Nothing is small, so nothing is suppressed.
 * </pre>
 */
class AwkwardButValidDataTest extends HandBuiltGraphTest {

    @BeforeEach
    void council() {
        given("""
                CREATE (a:Locality {id: 'A', name: 'Ashby'})
                CREATE (ih:Household {id: 'IH1', provision: 'IN_HOUSE_FOSTERING', status: 'APPROVED'})
                CREATE (ifa:Household {id: 'IFA1', provision: 'IFA_FOSTERING', status: 'APPROVED'})-[:RUN_BY]->(:Provider {id: 'P1', name: 'Acorn Fostering'})
                WITH a, ih, ifa
                UNWIND range(1, 5) AS n
                CREATE (inHouse:Child {id: 'IN' + n, dateOfBirth: date('2020-01-01')})-[:HOME_IN]->(a)
                CREATE (inHouse)-[:HAD]->(:Placement {id: 'P-IN' + n, start: date('2025-01-01'), placeCode: 'U4', providerCode: 'PR1', weeklyCost: 400.0})-[:WITH]->(ih)
                CREATE (temporary:Child {id: 'T' + n, dateOfBirth: date('2014-01-01')})-[:HOME_IN]->(a)
                CREATE (temporary)-[:HAD]->(:Placement {id: 'P-T' + n, start: date('2026-06-01'), placeCode: 'T1'})
                CREATE (corrected:Child {id: 'C' + n, dateOfBirth: date('2026-12-01')})-[:HOME_IN]->(a)
                CREATE (corrected)-[:HAD]->(:Placement {id: 'P-C' + n, start: date('2026-10-01'), placeCode: 'U6', providerCode: 'PR4', weeklyCost: 800.0})-[:WITH]->(ifa)
                """);
    }

    @Test
    void theMixCountsATemporaryPlacementAsExternalAndAChildNotYetBornAsUnderOne() {
        graphQl.documentName("placementMix").variable("asOf", "2026-10-31").variable("groupBy", java.util.List.of("AGE_BAND"))
                .execute().errors().verify()
                .path("placementMix.total").entity(Integer.class).isEqualTo(15)
                .path("placementMix.internal").entity(Integer.class).isEqualTo(5)
                .path("placementMix.external").entity(Integer.class).isEqualTo(10)
                .path("placementMix.groups[*].key[0]").entityList(String.class).containsExactly("Under 1", "5 to 9", "10 to 15")
                .path("placementMix.groups[*].total").entityList(String.class).containsExactly("5", "5", "5")
                .path("placementMix.groups[*].internal").entityList(String.class).containsExactly("0", "5", "0")
                .path("placementMix.groups[*].external").entityList(String.class).containsExactly("5", "0", "5");
    }

    @Test
    void theTrendCountsTheSameChildrenTheSameWay() {
        graphQl.documentName("placementMixTrend").variable("from", "2026-08-01").variable("to", "2026-10-31").execute().errors().verify()
                .path("placementMixTrend[*].asOf").entityList(String.class).containsExactly("2026-08-31", "2026-09-30", "2026-10-31")
                .path("placementMixTrend[*].total").entityList(Integer.class).containsExactly(10, 10, 15)
                .path("placementMixTrend[*].internal").entityList(Integer.class).containsExactly(5, 5, 5)
                .path("placementMixTrend[*].external").entityList(Integer.class).containsExactly(5, 5, 10);
    }

    @Test
    void sufficiencyDistanceAndStabilityAnswer() {
        graphQl.documentName("sufficiency").variable("asOf", "2026-10-31").execute().errors().verify()
                .path("sufficiency.localities[0].demand[*].placedExternally").entityList(String.class)
                .containsExactly("5", "0", "0", "5", "0")
                .path("sufficiency.localities[0].demand[*].demand").entityList(String.class).containsExactly("5", "0", "0", "5", "0");
        graphQl.documentName("distanceFromHome").variable("asOf", "2026-10-31").execute().errors().verify()
                .path("distanceFromHome.measured").entity(Integer.class).isEqualTo(0)
                .path("distanceFromHome.unknownLocation").entity(Integer.class).isEqualTo(15);
        graphQl.documentName("placementStability").variable("asOf", "2026-10-31").execute().errors().verify()
                .path("placementStability.inCare").entity(Integer.class).isEqualTo(15);
    }
}
