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
    void everyAgencyChildWithinReachOfAFreeInHouseBedIsPlannedOrToldThePlanHadNoPlaceLeft() {
        Set<String> listed = new HashSet<>();
        List<Double> savings = new ArrayList<>();
        Map<String, String> plannedHome = new java.util.HashMap<>();
        Map<String, List<String>> movesWith = new java.util.HashMap<>();
        String after = null;
        Map<String, String> excluded = new java.util.HashMap<>();
        Map<String, Object> plan = null;
        do {
            var page = graphQl.documentName("stepDown").variable("first", 25).variable("after", after).execute();
            List<String> ids = page.path("stepDownOpportunities.edges[*].node.child.id").entityList(String.class).get();
            List<String> homes = page.path("stepDownOpportunities.edges[*].node.bestMatch.household.id").entityList(String.class).get();
            for (int i = 0; i < ids.size(); i++) {
                plannedHome.put(ids.get(i), homes.get(i));
                movesWith.put(ids.get(i), page.path("stepDownOpportunities.edges[" + i + "].node.movesWith[*].id")
                        .entityList(String.class).get());
            }
            listed.addAll(ids);
            savings.addAll(page.path("stepDownOpportunities.edges[*].node.annualSaving").entityList(Double.class).get());
            List<String> excludedIds = page.path("stepDownOpportunities.excluded[*].child.id").entityList(String.class).get();
            List<String> reasons = page.path("stepDownOpportunities.excluded[*].reason").entityList(String.class).get();
            for (int i = 0; i < excludedIds.size(); i++) {
                excluded.put(excludedIds.get(i), reasons.get(i));
            }
            plan = page.path("stepDownOpportunities.plan").entity(Map.class).get();
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
        // Each in-house home's places free today, worked out here: approved, less a hub's two sleepover beds, less
        // today's placements and live holds.
        Map<String, Long> freePlaces = new java.util.HashMap<>();
        neo4j.query("""
                WITH date('2026-11-24') AS today, datetime('2026-11-24T09:00:00Z') AS now
                MATCH (h:Household {provision: 'IN_HOUSE_FOSTERING', status: 'APPROVED'})
                RETURN h.id AS id, h.approvedPlaces - (CASE WHEN EXISTS { (h)-[:HUB_OF]->() } THEN 2 ELSE 0 END)
                       - COUNT { (h)<-[:WITH]-(o:Placement) WHERE o.start <= today AND (o.end IS NULL OR o.end > today) }
                       - COUNT { (h)<-[:ON]-(hold:Hold) WHERE hold.expiresAt > now AND hold.releasedAt IS NULL AND hold.usedAt IS NULL }
                       AS free
                """).fetch().all().forEach(row -> freePlaces.put((String) row.get("id"), (Long) row.get("free")));

        assertThat(reachable).hasSizeGreaterThan(20);
        for (String child : reachable) {
            assertThat(listed.contains(child) || "NO_PLACE_LEFT_IN_PLAN".equals(excluded.get(child))
                    || "SIBLINGS_TOGETHER".equals(excluded.get(child))).as(child).isTrue();
        }
        // No place used twice: the children the plan sends to each home fit its free places.
        Map<String, Long> sent = plannedHome.values().stream()
                .collect(java.util.stream.Collectors.groupingBy(home -> home, java.util.stream.Collectors.counting()));
        sent.forEach((home, children) -> assertThat(children).as(home).isLessThanOrEqualTo(freePlaces.get(home)));
        // Brothers and sisters who move together go to the same home.
        movesWith.forEach((child, siblings) -> siblings.forEach(sibling ->
                assertThat(plannedHome.get(sibling)).as(child + " and " + sibling).isEqualTo(plannedHome.get(child))));
        assertThat(savings).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(savings).allSatisfy(saving -> assertThat(saving).isPositive());
        assertThat(((Number) plan.get("children")).intValue()).isEqualTo(listed.size());
        assertThat(((Number) plan.get("annualSaving")).doubleValue())
                .isCloseTo(savings.stream().mapToDouble(Double::doubleValue).sum(), org.assertj.core.data.Offset.offset(0.5))
                .isLessThanOrEqualTo(((Number) plan.get("listedAnnualSaving")).doubleValue());
        assertThat(plan.get("optimal")).isEqualTo(true);
        assertThat(excluded.values()).isSubsetOf("LONG_TERM_MATCH", "SETTLING", "NO_IN_HOUSE_MATCH", "NO_SAVING",
                "NO_PLACE_LEFT_IN_PLAN", "SIBLINGS_TOGETHER");
        assertThat(excluded.keySet()).doesNotContainAnyElementsOf(listed);
        System.out.println("Demo step-down plan: " + plan);
    }
}
