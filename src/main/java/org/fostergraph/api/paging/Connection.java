package org.fostergraph.api.paging;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A Relay connection page with the total number of items in the whole list. The total is counted only when it is
 * read (a query that does not select {@code totalCount} sends no statement for it), at most once, and not at all when
 * this first page holds the whole list: then it is the page's own size.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, LongSupplier counted) {

    public record Edge<T>(T node, String cursor) {
    }

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    /** The number of items in the whole list. */
    public long totalCount() {
        return counted.getAsLong();
    }

    /**
     * Builds the page from up to {@code request.size() + 1} items: the extra one only tells that a next page
     * exists. {@code totalCount} counts the whole list, when asked.
     */
    public static <T> Connection<T> of(PageRequest request, List<T> itemsPlusOne, LongSupplier totalCount,
            Function<T, List<String>> sortKey) {
        boolean hasNext = itemsPlusOne.size() > request.size();
        List<T> items = hasNext ? itemsPlusOne.subList(0, request.size()) : itemsPlusOne;
        List<Edge<T>> edges = items.stream().map(item -> new Edge<>(item, Cursor.encode(sortKey.apply(item)))).toList();
        PageInfo pageInfo = new PageInfo(hasNext, !request.isFirstPage(),
                edges.isEmpty() ? null : edges.get(0).cursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
        long onThisPage = items.size();
        return new Connection<>(edges, pageInfo, request.isFirstPage() && !hasNext ? () -> onThisPage : once(totalCount));
    }

    /** The count, computed the first time it is read and remembered. */
    private static LongSupplier once(LongSupplier count) {
        long[] counted = new long[1];
        boolean[] done = new boolean[1];
        return () -> {
            if (!done[0]) {
                counted[0] = count.getAsLong();
                done[0] = true;
            }
            return counted[0];
        };
    }
}
