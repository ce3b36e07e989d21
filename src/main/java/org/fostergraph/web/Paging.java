package org.fostergraph.web;

import java.util.ArrayList;
import java.util.List;

/**
 * GOV.UK pagination over the API's cursors, which only go forward: the cursors of the pages before this one travel in
 * the address ({@code trail}), so "Previous" is a link like "Next" and the page number is known.
 */
record Paging(int number, int count, boolean hasPrevious, String previousAfter, String previousTrail, boolean hasNext,
        String nextAfter, String nextTrail) {

    private static final String SEPARATOR = " ";

    static Paging of(Api.Paged<?> rows, int pageSize, String after, String trail) {
        List<String> earlier = new ArrayList<>();
        if (trail != null && !trail.isBlank()) {
            earlier.addAll(List.of(trail.trim().split(SEPARATOR)));
        }
        boolean onFirst = after == null || after.isBlank();
        int number = onFirst ? 1 : earlier.size() + 2;
        int total = rows.totalCount() == null ? 0 : rows.totalCount();
        int count = Math.max(1, (total + pageSize - 1) / pageSize);
        String previousAfter = null;
        String previousTrail = null;
        if (!onFirst) {
            // The page before is reached with the last cursor of the trail; the second page's previous is the first.
            previousAfter = earlier.isEmpty() ? "" : earlier.get(earlier.size() - 1);
            previousTrail = earlier.isEmpty() ? "" : String.join(SEPARATOR, earlier.subList(0, earlier.size() - 1));
        }
        Api.PageInfo info = rows.pageInfo() == null ? Api.PageInfo.NONE : rows.pageInfo();
        boolean hasNext = Boolean.TRUE.equals(info.hasNextPage());
        List<String> nextTrail = new ArrayList<>(earlier);
        if (!onFirst) {
            nextTrail.add(after);
        }
        return new Paging(number, count, !onFirst, previousAfter, previousTrail, hasNext, info.endCursor(),
                String.join(SEPARATOR, onFirst ? List.of() : nextTrail));
    }
}
