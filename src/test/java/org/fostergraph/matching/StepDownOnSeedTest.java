package org.fostergraph.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.fostergraph.SeededGraphTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The step-down list on the demo council, checked against the graph by a query of its own. */
class StepDownOnSeedTest extends SeededGraphTest {

    @Autowired
    private Neo4jClient neo4j;

    @Test
    void everyAgencyChildWithinReachOfAFreeInHouseBedIsOnTheList() {
        Set<String> listed = new HashSet<>();
        List<Double> savings = new ArrayList<>();
        String after = null;
        Map<String, String> excluded = new java.util.HashMap<>();
        do {
            var page = graphQl.documentName("stepDown").variable("first", 25).variable("after", after).execute();
            listed.addAll(page.path("stepDownOpportunities.edges[*].node.child.id").entityList(String.class).get());
            savings.addAll(page.path("stepDownOpportunities.edges[*].node.annualSaving").entityList(Double.class).get());
            List<String> excludedIds = page.path("stepDownOpportunities.excluded[*].child.id").entityList(String.class).get();
            List<String> reasons = page.path("stepDownOpportunities.excluded[*].reason").entityList(String.class).get();
            for (int i = 0; i < excludedIds.size(); i++) {
                excluded.put(excludedIds.get(i), reasons.get(i));
            }
            boolean more = page.path("stepDownOpportunities.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = more ? page.path("stepDownOpportunities.pageInfo.endCursor").entity(String.class).get() : null;
        }
        while (after != null);

        // Agency children free to move (not long-term matched, settled 90 days) with, within 30 miles, an approved
        // in-house household (not connected-person) that has a bed for them, takes their age and their kind of care.
        List<String> reachable = neo4j.query("""
                WITH date('2026-11-24') AS today
                MATCH (c:Child)-[:HAD]->(p:Placement)-[:WITH]->(ifa:Household {provision: 'IFA_FOSTERING'})
                WHERE p.start <= today AND (p.end IS NULL OR p.end > today) AND NOT p.placeCode IN ['U1', 'U4']
                  AND p.start <= today - duration({days: 90})
                WITH c, p, today, duration.between(c.dateOfBirth, today).years AS age,
                     CASE WHEN p.placeCode IN ['U3', 'U6'] THEN 'SHORT_TERM' ELSE 'LONG_TERM' END AS care
                WHERE EXISTS {
                    MATCH (h:Household {provision: 'IN_HOUSE_FOSTERING', status: 'APPROVED'})
                    WHERE point.distance(h.location, c.homeLocation) <= 30 * 1609.344
                      AND h.ageMin <= age AND age <= h.ageMax AND care IN h.approvalTypes
                      AND h.approvedPlaces - (CASE WHEN EXISTS { (h)-[:HUB_OF]->() } THEN 2 ELSE 0 END)
                          - COUNT { (h)<-[:WITH]-(o:Placement) WHERE o.start <= today AND (o.end IS NULL OR o.end > today) } >= 1
                }
                RETURN c.id AS id ORDER BY id
                """).fetchAs(String.class).all().stream().toList();

        assertThat(reachable).hasSizeGreaterThan(20);
        assertThat(listed).containsAll(reachable);
        assertThat(savings).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(savings).allSatisfy(saving -> assertThat(saving).isPositive());
        assertThat(excluded.values()).isSubsetOf("LONG_TERM_MATCH", "SETTLING", "NO_IN_HOUSE_MATCH", "NO_SAVING");
        assertThat(excluded.keySet()).doesNotContainAnyElementsOf(listed);
    }
}
