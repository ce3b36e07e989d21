package org.fostergraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.summary.ProfiledPlan;

import org.fostergraph.HandBuiltGraphTest;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The database keeps a busy node's relationships by type ({@link StoreLayout}): reading a household's locality does not
 * read every placement the household ever had. Counted by Neo4j's own profile (records read by the expansion).
 */
class RelationshipsByTypeTest extends HandBuiltGraphTest {

    private static final int PLACEMENTS = 20;

    @Autowired
    GraphSessions sessions;

    @Test
    void aHouseholdsLocalityIsReadWithoutReadingEveryPlacementItHad() {
        given("""
                CREATE (l:Locality {id: 'L-NORTH', name: 'Northtown'})
                CREATE (quiet:Household {id: 'HH-QUIET', provision: 'IN_HOUSE', status: 'APPROVED'})-[:IN]->(l)
                CREATE (busy:Household {id: 'HH-BUSY', provision: 'IN_HOUSE', status: 'APPROVED'})-[:IN]->(l)
                WITH busy
                UNWIND range(1, $placements) AS n
                CREATE (:Child {id: 'C' + n, dateOfBirth: date('2012-01-01')})-[:HAD]->(:Placement {id: 'P' + n,
                        start: date('2020-01-01') + duration({months: n}), end: date('2020-01-01') + duration({months: n, days: 20}),
                        placeCode: 'U4', providerCode: 'PR1'})-[:WITH]->(busy)
                """, Map.of("placements", PLACEMENTS));

        long quiet = recordsReadFindingTheLocality("HH-QUIET");
        long busy = recordsReadFindingTheLocality("HH-BUSY");

        // In one chain of every type the busy household's locality (its first relationship, so the last in the chain)
        // is found after reading all 21 of its relationships. By type, it costs two records more than for the household
        // with one relationship (measured: 5 against 3): the groups that lead to its chain of IN.
        assertThat(busy).as("records read for the locality of a household with %d placements, against %d with none",
                PLACEMENTS, quiet).isLessThanOrEqualTo(quiet + 2).isLessThan(PLACEMENTS + 1);
    }

    private long recordsReadFindingTheLocality(String householdId) {
        try (var session = sessions.open()) {
            ProfiledPlan plan = session.run("""
                    PROFILE MATCH (h:Household {id: $id}) OPTIONAL MATCH (h)-[:IN]->(l:Locality) RETURN l.id AS locality
                    """, Map.of("id", householdId)).consume().profile();
            ProfiledPlan expansion = expansion(plan);
            assertThat(expansion).as("the plan's expansion of IN").isNotNull();
            return expansion.dbHits();
        }
    }

    private static ProfiledPlan expansion(ProfiledPlan plan) {
        if (plan.operatorType().startsWith("OptionalExpand")) {
            return plan;
        }
        return plan.children().stream().map(RelationshipsByTypeTest::expansion).filter(Objects::nonNull).findFirst()
                .orElse(null);
    }
}
