package org.fostergraph.matching;

import java.util.List;

import graphql.relay.DefaultConnectionCursor;
import graphql.relay.DefaultEdge;
import graphql.relay.DefaultPageInfo;

import org.fostergraph.api.paging.Connection;

/**
 * The step-down plan: children who could move from a costly external placement to an in-house carer, each to the home
 * the council-wide plan ({@link StepDownPlanner}) gives them, and the children left where they are, with why.
 */
final class StepDown {

    private StepDown() {
    }

    /**
     * One child, their current placement, the home the plan gives them and what the move would save a year.
     *
     * @param bestMatch the home the plan gives the child (with their brothers and sisters, when they move together)
     * @param annualSaving 52 × (current weekly cost − the child's share of the planned home's weekly cost): cashable
     * @param annualFullCostSaving the same against the home's all-in weekly cost
     * @param choice where the planned home stands in the child's own ranking (1: their best match)
     * @param planNote why the plan gives the child a later choice than their best match (null when it does not)
     * @param movesWith brothers and sisters who live with the child and move with them
     * @param couldMoveTo the child's own best in-house matches, best first, as if nobody else were moving
     */
    record Opportunity(String childId, String placementId, double currentWeeklyCost, MatchCandidate bestMatch,
            double annualSaving, double annualFullCostSaving, int choice, String planNote, List<String> movesWith,
            List<MatchCandidate> couldMoveTo) {
    }

    /** A child left out of the plan, why, and (for a child the plan had no place left for) their own matches. */
    record Exclusion(String childId, String placementId, String reason, String detail, List<MatchCandidate> couldMoveTo) {
    }

    /**
     * The plan's figures, for the children answered (the council's, or one locality's part of the council's plan).
     *
     * @param listedAnnualSaving what the children's own best matches would save if each could have theirs: the figure
     *        a list of best matches adds up to, which counts a free place once for every child it suits
     * @param optimal whether the solver proved the council's plan the best
     */
    record Totals(int children, int households, double annualSaving, double annualFullCostSaving, int listedChildren,
            double listedAnnualSaving, boolean optimal) {
    }

    /**
     * A Relay page. It is also a graphql-java {@link graphql.relay.Connection}, which Spring for GraphQL passes
     * through untouched for a type named {@code …Connection} (it would otherwise look for an adapter).
     */
    record Page(List<Connection.Edge<Opportunity>> edges, Connection.PageInfo pageInfo, long totalCount,
            List<Exclusion> excluded, Totals plan) implements graphql.relay.Connection<Opportunity> {

        @Override
        public List<graphql.relay.Edge<Opportunity>> getEdges() {
            return edges.stream().<graphql.relay.Edge<Opportunity>>map(edge -> new DefaultEdge<>(edge.node(),
                    new DefaultConnectionCursor(edge.cursor()))).toList();
        }

        @Override
        public graphql.relay.PageInfo getPageInfo() {
            return new DefaultPageInfo(pageInfo.startCursor() == null ? null : new DefaultConnectionCursor(pageInfo.startCursor()),
                    pageInfo.endCursor() == null ? null : new DefaultConnectionCursor(pageInfo.endCursor()),
                    pageInfo.hasPreviousPage(), pageInfo.hasNextPage());
        }
    }
}
