package org.fostergraph.report;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.fostergraph.HandBuiltGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Financial years run 1 April to 31 March. Worked out by hand:
 * <pre>
 * 2025/26 mainstream: enquiries M1 (M2 enquired 31 March 2025, the year before) = 1;
 *                     approvals M1 (after assessment) + M2 (1 Sep) = 2 — M2's return from hold on 1 Feb is not one;
 *                     de-registrations M3 on 31 March 2026 = 1; net gain 2 − 1 = 1
 * 2025/26 connected:  K1 enquired and was approved: 1, 1, 0, net 1
 * 2026/27 mainstream: M4 de-registered on 1 April 2026: 0, 0, 1, net −1
 * 2026/27 connected:  K2 enquired: 1, 0, 0, net 0           (agency carers are not the council's: not counted)
 * </pre>
 */
class CarerRecruitmentTest extends HandBuiltGraphTest {

    @BeforeEach
    void pipeline() {
        given("""
                UNWIND [
                  {id: 'M1', p: 'IN_HOUSE_FOSTERING', steps: [['ENQUIRY', '2025-04-10'], ['ASSESSMENT', '2025-06-01'], ['APPROVED', '2026-01-15']]},
                  {id: 'M2', p: 'IN_HOUSE_FOSTERING', steps: [['ENQUIRY', '2025-03-31'], ['APPROVED', '2025-09-01'], ['ON_HOLD', '2025-12-01'], ['APPROVED', '2026-02-01']]},
                  {id: 'M3', p: 'IN_HOUSE_FOSTERING', steps: [['APPROVED', '2019-01-01'], ['DEREGISTERED', '2026-03-31']]},
                  {id: 'M4', p: 'IN_HOUSE_FOSTERING', steps: [['APPROVED', '2019-01-01'], ['DEREGISTERED', '2026-04-01']]},
                  {id: 'K1', p: 'CONNECTED_PERSON', steps: [['ENQUIRY', '2025-05-05'], ['APPROVED', '2025-07-07']]},
                  {id: 'K2', p: 'CONNECTED_PERSON', steps: [['ENQUIRY', '2026-05-01']]},
                  {id: 'A1', p: 'IFA_FOSTERING', steps: [['ENQUIRY', '2025-05-05'], ['APPROVED', '2025-07-07']]}
                ] AS row
                CREATE (h:Household {id: row.id, provision: row.p, status: row.steps[-1][0]})
                FOREACH (i IN range(0, size(row.steps) - 1) |
                    CREATE (h)-[:CHANGED_STATUS]->(:StatusChange {id: row.id + '-' + i, status: row.steps[i][0], date: date(row.steps[i][1])}))
                """);
    }

    @Test
    void enquiriesApprovalsDeregistrationsAndNetGainPerFinancialYear() {
        graphQl.documentName("carerRecruitment").variable("from", "2025-06-30").execute()
                .path("carerRecruitment[*].year").entityList(String.class).containsExactly("2025/26", "2025/26", "2026/27", "2026/27")
                .path("carerRecruitment[*].carerType").entityList(String.class)
                .containsExactly("MAINSTREAM", "CONNECTED_PERSON", "MAINSTREAM", "CONNECTED_PERSON")
                .path("carerRecruitment[0].from").entity(String.class).isEqualTo("2025-04-01")
                .path("carerRecruitment[0].to").entity(String.class).isEqualTo("2026-03-31")
                .path("carerRecruitment[*].enquiries").entityList(Integer.class).containsExactly(1, 1, 0, 1)
                .path("carerRecruitment[*].approvals").entityList(Integer.class).containsExactly(2, 1, 0, 0)
                .path("carerRecruitment[*].deregistrations").entityList(Integer.class).containsExactly(1, 0, 1, 0)
                .path("carerRecruitment[*].netGain").entityList(Integer.class).containsExactly(1, 1, -1, 0);
    }

    @Test
    void refusesAFutureEndOrAnEndBeforeTheStart() {
        graphQl.documentName("carerRecruitment").variable("from", "2025-06-30").variable("to", "2026-12-01").execute()
                .errors().satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("field", "to"));
        graphQl.documentName("carerRecruitment").variable("from", "2026-06-30").variable("to", "2026-01-01").execute()
                .errors().satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("field", "from"));
    }
}
