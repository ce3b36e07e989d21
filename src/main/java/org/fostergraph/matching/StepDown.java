package org.fostergraph.matching;

import java.util.List;

import graphql.relay.DefaultConnectionCursor;
import graphql.relay.DefaultEdge;
import graphql.relay.DefaultPageInfo;

import org.fostergraph.api.paging.Connection;

/** The step-down list: children who could move from a costly external placement to an in-house carer. */
final class StepDown {

    private StepDown() {
    }

    /** One child, their current placement, the best in-house match and what the move would save a year. */
    record Opportunity(String childId, String placementId, double currentWeeklyCost, MatchCandidate bestMatch,
            double annualSaving) {
    }

    /** A child left off the list, and why. */
    record Exclusion(String childId, String placementId, String reason, String detail) {
    }

    /**
     * A Relay page. It is also a graphql-java {@link graphql.relay.Connection}, which Spring for GraphQL passes
     * through untouched for a type named {@code …Connection} (it would otherwise look for an adapter).
     */
    record Page(List<Connection.Edge<Opportunity>> edges, Connection.PageInfo pageInfo, long totalCount,
            List<Exclusion> excluded) implements graphql.relay.Connection<Opportunity> {

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
