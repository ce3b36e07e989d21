package org.fostergraph.report;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.fostergraph.HandBuiltGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ofsted's fostering return for a financial year, on a council built by hand (today 24 November 2026). Worked out by hand:
 * <pre>
 * 2025/26, counted on 31 March 2026:
 *   households approved that day: M1 (since 2019), M2 (approved 1 Sep 2025) = 2 — M3 de-registered that day, M4 not
 *     yet approved, K1 a kinship carer and A1 an agency's, none counted
 *   approved places 3 + 2 = 5; filled: M1's C1 (since June 2025) and C2 (31 March to 1 May 2026) = 2; vacant 5 − 2 = 3
 *   not available: M2's 1 place (carer's circumstances, 1 March to 30 April 2026) = 1; held 0 (a past day's holds are
 *     gone); offered 3 − 1 = 2
 *   mainstream: enquiries M2 (1 May 2025) and M4 (1 November 2025) = 2, approvals M2 = 1, de-registrations M3 = 1
 *   connected person: approvals K1 (7 July 2025) = 1, de-registrations 0
 * 2026/27, still running, counted today:
 *   households M1, M2, M4 (approved 1 April 2026) = 3; places 3 + 2 + 1 = 6; filled C1 = 1 (C2 left on 1 May);
 *   vacant 5; not available 0 (M2's period ended); offered 5
 *   mainstream: approvals M4 = 1; connected person: de-registrations K1 (1 June 2026) = 1
 * </pre>
 */
class FosteringReturnTest extends HandBuiltGraphTest {

    private static final String RETURN = """
            query($year: String!) { fosteringReturn(year: $year) { year from to complete
              places { households approved filled vacant notAvailable held offered notAvailableByReason { reason places } }
              mainstream { enquiries approvals deregistrations } connectedPerson { enquiries approvals deregistrations } } }
            """;

    @BeforeEach
    void aCouncilsCarers() {
        given("""
                CREATE (l:Locality {id: 'L1', name: 'Central'})
                WITH l
                UNWIND [
                  {id: 'M1', p: 'IN_HOUSE_FOSTERING', places: 3, steps: [['APPROVED', '2019-01-01']]},
                  {id: 'M2', p: 'IN_HOUSE_FOSTERING', places: 2, steps: [['ENQUIRY', '2025-05-01'], ['APPROVED', '2025-09-01']]},
                  {id: 'M3', p: 'IN_HOUSE_FOSTERING', places: 2, steps: [['APPROVED', '2018-01-01'], ['DEREGISTERED', '2026-03-31']]},
                  {id: 'M4', p: 'IN_HOUSE_FOSTERING', places: 1, steps: [['ENQUIRY', '2025-11-01'], ['APPROVED', '2026-04-01']]},
                  {id: 'K1', p: 'CONNECTED_PERSON', places: 1, steps: [['APPROVED', '2025-07-07'], ['DEREGISTERED', '2026-06-01']]},
                  {id: 'A1', p: 'IFA_FOSTERING', places: 2, steps: [['APPROVED', '2025-07-07']]}
                ] AS row
                CREATE (h:Household {id: row.id, provision: row.p, status: row.steps[-1][0], approvedPlaces: row.places})-[:IN]->(l)
                FOREACH (i IN range(0, size(row.steps) - 1) |
                    CREATE (h)-[:CHANGED_STATUS]->(:StatusChange {id: row.id + '-' + i, status: row.steps[i][0], date: date(row.steps[i][1])}))
                """);
        given("""
                MATCH (m1:Household {id: 'M1'}), (m2:Household {id: 'M2'})
                CREATE (:Child {id: 'C1', dateOfBirth: date('2015-02-02')})-[:HAD]->(:Placement {id: 'P1', start: date('2025-06-01')})-[:WITH]->(m1)
                CREATE (:Child {id: 'C2', dateOfBirth: date('2016-03-03')})-[:HAD]->(:Placement {id: 'P2', start: date('2026-03-31'), end: date('2026-05-01')})-[:WITH]->(m1)
                CREATE (:PlacesNotAvailable {id: 'NA1', places: 1, reason: 'CARER_CIRCUMSTANCES', council: 'DEMO',
                        from: date('2026-03-01'), until: date('2026-04-30')})-[:AT]->(m2)
                """);
    }

    @Test
    void aYearThatHasEndedIsCountedOnItsLast31March() {
        graphQl.document(RETURN).variable("year", "2025/26").execute()
                .path("fosteringReturn.year").entity(String.class).isEqualTo("2025/26")
                .path("fosteringReturn.from").entity(String.class).isEqualTo("2025-04-01")
                .path("fosteringReturn.to").entity(String.class).isEqualTo("2026-03-31")
                .path("fosteringReturn.complete").entity(Boolean.class).isEqualTo(true)
                .path("fosteringReturn.places.households").entity(Integer.class).isEqualTo(2)
                .path("fosteringReturn.places.approved").entity(Integer.class).isEqualTo(5)
                .path("fosteringReturn.places.filled").entity(Integer.class).isEqualTo(2)
                .path("fosteringReturn.places.vacant").entity(Integer.class).isEqualTo(3)
                .path("fosteringReturn.places.notAvailable").entity(Integer.class).isEqualTo(1)
                .path("fosteringReturn.places.held").entity(Integer.class).isEqualTo(0)
                .path("fosteringReturn.places.offered").entity(Integer.class).isEqualTo(2)
                .path("fosteringReturn.places.notAvailableByReason[*].reason").entityList(String.class)
                .containsExactly("CARER_CIRCUMSTANCES")
                .path("fosteringReturn.places.notAvailableByReason[*].places").entityList(Integer.class).containsExactly(1)
                .path("fosteringReturn.mainstream.enquiries").entity(Integer.class).isEqualTo(2)
                .path("fosteringReturn.mainstream.approvals").entity(Integer.class).isEqualTo(1)
                .path("fosteringReturn.mainstream.deregistrations").entity(Integer.class).isEqualTo(1)
                .path("fosteringReturn.connectedPerson.approvals").entity(Integer.class).isEqualTo(1)
                .path("fosteringReturn.connectedPerson.deregistrations").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void aYearStillRunningIsCountedToday() {
        graphQl.document(RETURN).variable("year", "2026/27").execute()
                .path("fosteringReturn.to").entity(String.class).isEqualTo("2026-11-24")
                .path("fosteringReturn.complete").entity(Boolean.class).isEqualTo(false)
                .path("fosteringReturn.places.households").entity(Integer.class).isEqualTo(3)
                .path("fosteringReturn.places.approved").entity(Integer.class).isEqualTo(6)
                .path("fosteringReturn.places.filled").entity(Integer.class).isEqualTo(1)
                .path("fosteringReturn.places.vacant").entity(Integer.class).isEqualTo(5)
                .path("fosteringReturn.places.notAvailable").entity(Integer.class).isEqualTo(0)
                .path("fosteringReturn.places.offered").entity(Integer.class).isEqualTo(5)
                .path("fosteringReturn.mainstream.enquiries").entity(Integer.class).isEqualTo(0)
                .path("fosteringReturn.mainstream.approvals").entity(Integer.class).isEqualTo(1)
                .path("fosteringReturn.mainstream.deregistrations").entity(Integer.class).isEqualTo(0)
                .path("fosteringReturn.connectedPerson.approvals").entity(Integer.class).isEqualTo(0)
                .path("fosteringReturn.connectedPerson.deregistrations").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void refusesAYearNotNamedAsOfstedNamesItOneNotBegunOrOneBeforeTheRecords() {
        for (String year : new String[] {"2025-26", "2025/27", "26/27", ""}) {
            graphQl.document(RETURN).variable("year", year).execute().errors().satisfy(errors ->
                    assertThat(errors.get(0).getExtensions()).containsEntry("field", "year").containsEntry("value", "'" + year + "'"));
        }
        graphQl.document(RETURN).variable("year", "2027/28").execute().errors().satisfy(errors ->
                assertThat(errors.get(0).getMessage()).contains("today (2026-11-24) is in 2026/27"));
        graphQl.document(RETURN).variable("year", "2024/25").execute().errors().satisfy(errors ->
                assertThat(errors.get(0).getMessage()).contains("no placement before 2025-06-01"));
    }
}
