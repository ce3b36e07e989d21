package org.fostergraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.summary.Plan;

import org.fostergraph.neo4j.GraphSessions;

/**
 * What the planner would do with a statement (EXPLAIN, nothing run): for tests that hold a query to its index.
 *
 * @param operators every operator of the plan, the root first, depth first
 * @param indexSeeks the details of each index seek ("v:Vacancy(council, availableFrom) WHERE …"), in the same order
 */
public record QueryPlan(List<String> operators, List<String> indexSeeks) {

    public static QueryPlan explain(GraphSessions sessions, String cypher, Map<String, Object> parameters) {
        QueryPlan plan = new QueryPlan(new ArrayList<>(), new ArrayList<>());
        try (var session = sessions.open()) {
            plan.walk(session.run("EXPLAIN " + cypher, parameters).consume().plan());
        }
        return plan;
    }

    private void walk(Plan plan) {
        operators.add(plan.operatorType());
        if (plan.operatorType().startsWith("NodeIndexSeek")) {
            indexSeeks.add(String.valueOf(plan.arguments().get("Details")));
        }
        plan.children().forEach(this::walk);
    }
}
