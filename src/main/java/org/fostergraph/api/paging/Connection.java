package org.fostergraph.api.paging;

import java.util.List;
import java.util.function.Function;

/** A Relay connection page with the total number of items in the whole list. */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

    public record Edge<T>(T node, String cursor) {
    }

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    /**
     * Builds the page from up to {@code request.size() + 1} items: the extra one only tells that a next page
     * exists.
     */
    public static <T> Connection<T> of(PageRequest request, List<T> itemsPlusOne, long totalCount,
            Function<T, List<String>> sortKey) {
        boolean hasNext = itemsPlusOne.size() > request.size();
        List<T> items = hasNext ? itemsPlusOne.subList(0, request.size()) : itemsPlusOne;
        List<Edge<T>> edges = items.stream().map(item -> new Edge<>(item, Cursor.encode(sortKey.apply(item)))).toList();
        PageInfo pageInfo = new PageInfo(hasNext, !request.isFirstPage(),
                edges.isEmpty() ? null : edges.get(0).cursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
        return new Connection<>(edges, pageInfo, totalCount);
    }
}
