package org.fostergraph.report;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.fostergraph.HandBuiltGraphTest;

/**
 * Children on an agreed series of short breaks (legal status V3 or V4) are counted apart from the children looked
 * after, as the DfE's statistics count them. Worked by hand:
 * <pre>
 *   REG  5 children, full care order (C2), in-house since 2025
 *   SB   5 children on short breaks (V3, recorded with the placement), in-house since 1 January 2026
 *   TOSB 5 children imported: C2 from 1 January 2026, then V4 from 1 September 2026 (episodes), with an agency
 *   FRSB 5 children imported: V3 from 1 January 2026, then C2 from 1 October 2026 (episodes), with an agency
 * 30 June: looked after REG + TOSB = 10 (5 internal), short breaks SB + FRSB = 10.
 * 30 September: REG = 5 (TOSB on V4, FRSB still V3), short breaks 15.
 * 31 October: REG + FRSB = 10 (5 internal, 5 external), short breaks SB + TOSB = 10.
 * </pre>
 */
class ShortBreaksTest extends HandBuiltGraphTest {

    @BeforeEach
    void council() {
        given("""
                CREATE (a:Locality {id: 'A', name: 'Ashby'})
                CREATE (ih:Household {id: 'IH1', provision: 'IN_HOUSE_FOSTERING', status: 'APPROVED'})
                CREATE (ifa:Household {id: 'IFA1', provision: 'IFA_FOSTERING', status: 'APPROVED'})
                WITH a, ih, ifa
                UNWIND range(1, 5) AS n
                CREATE (reg:Child {id: 'REG' + n, dateOfBirth: date('2015-01-01')})-[:HOME_IN]->(a)
                CREATE (reg)-[:HAD]->(:Placement {id: 'P-REG' + n, start: date('2025-01-01'), placeCode: 'U4', providerCode: 'PR1',
                        legalStatus: 'C2', weeklyCost: 400.0})-[:WITH]->(ih)
                CREATE (sb:Child {id: 'SB' + n, dateOfBirth: date('2015-01-01')})-[:HOME_IN]->(a)
                CREATE (sb)-[:HAD]->(:Placement {id: 'P-SB' + n, start: date('2026-01-01'), placeCode: 'U4', providerCode: 'PR1',
                        legalStatus: 'V3', weeklyCost: 400.0})-[:WITH]->(ih)
                CREATE (to:Child {id: 'TOSB' + n, dateOfBirth: date('2015-01-01')})-[:HOME_IN]->(a)
                CREATE (to)-[:HAD]->(:Placement {id: 'P-TOSB' + n, start: date('2026-01-01'), placeCode: 'U6', providerCode: 'PR4',
                        source: 'SSDA903', episodeStarts: [date('2026-01-01'), date('2026-09-01')], legalStatuses: ['C2', 'V4'],
                        weeklyCost: 800.0})-[:WITH]->(ifa)
                CREATE (from:Child {id: 'FRSB' + n, dateOfBirth: date('2015-01-01')})-[:HOME_IN]->(a)
                CREATE (from)-[:HAD]->(:Placement {id: 'P-FRSB' + n, start: date('2026-01-01'), placeCode: 'U6', providerCode: 'PR4',
                        source: 'SSDA903', episodeStarts: [date('2026-01-01'), date('2026-10-01')], legalStatuses: ['V3', 'C2'],
                        weeklyCost: 800.0})-[:WITH]->(ifa)
                """);
    }

    @Test
    void theMixCountsShortBreaksApart() {
        graphQl.document("{ placementMix(asOf: \"2026-10-31\") { total internal external shortBreaks } }").execute().errors().verify()
                .path("placementMix.total").entity(Integer.class).isEqualTo(10)
                .path("placementMix.internal").entity(Integer.class).isEqualTo(5)
                .path("placementMix.external").entity(Integer.class).isEqualTo(5)
                .path("placementMix.shortBreaks").entity(Integer.class).isEqualTo(10);
        graphQl.document("{ placementMix(asOf: \"2026-06-30\") { total internal shortBreaks } }").execute().errors().verify()
                .path("placementMix.total").entity(Integer.class).isEqualTo(10)
                .path("placementMix.internal").entity(Integer.class).isEqualTo(5)
                .path("placementMix.shortBreaks").entity(Integer.class).isEqualTo(10);
    }

    @Test
    void theTrendStabilityAndDistanceCountTheSameChildren() {
        graphQl.documentName("placementMixTrend").variable("from", "2026-06-01").variable("to", "2026-10-31").execute().errors().verify()
                .path("placementMixTrend[*].total").entityList(Integer.class).containsExactly(10, 10, 10, 5, 10);
        graphQl.documentName("placementStability").variable("asOf", "2026-10-31").execute().errors().verify()
                .path("placementStability.inCare").entity(Integer.class).isEqualTo(10);
        graphQl.documentName("distanceFromHome").variable("asOf", "2026-10-31").execute().errors().verify()
                .path("distanceFromHome.unknownLocation").entity(Integer.class).isEqualTo(10);
    }
}
