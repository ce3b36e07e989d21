package org.fostergraph.web;

import java.util.List;

/**
 * The shapes of the API's answers that several pages read: a Relay connection, a named record, a location. Each page
 * reads its document's answer into records of its own built from these, so a field a page shows is a typed accessor
 * and a document asking a field its records do not hold fails in the page tests (unknown fields are refused).
 */
final class Api {

    private Api() {
    }

    /** Anything with an id and a name the pages show (a locality, a household named in passing). */
    record Named(String id, String name) {
    }

    /** A point the API located. */
    record Location(Double latitude, Double longitude) {
    }

    record PageInfo(Boolean hasNextPage, String endCursor) {

        static final PageInfo NONE = new PageInfo(false, null);
    }

    record Edge<T>(T node) {
    }

    /** One page of a connection: its size, where the next page starts, and its nodes in order. */
    interface Paged<T> {

        Integer totalCount();

        PageInfo pageInfo();

        List<Edge<T>> edges();

        default List<T> nodes() {
            return edges() == null ? List.of() : edges().stream().map(Edge::node).toList();
        }
    }

    record Connection<T>(Integer totalCount, PageInfo pageInfo, List<Edge<T>> edges) implements Paged<T> {

        /** What a page shows when the API answered no connection (an error said why). */
        static <T> Connection<T> none() {
            return new Connection<>(null, PageInfo.NONE, List.of());
        }
    }

    /** A page of rows filtered by home locality, with the localities to filter by. */
    interface LocalityPage<T> {

        List<Named> localities();

        Paged<T> rows();
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
