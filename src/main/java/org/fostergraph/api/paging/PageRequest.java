package org.fostergraph.api.paging;

import org.fostergraph.api.errors.InvalidArgumentException;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * One page of a keyset-paged list: how many items, and the sort key to start after ({@code null} for the
 * first page).
 */
public record PageRequest(int size, List<String> after) {

    public boolean isFirstPage() {
        return after == null;
    }

    /** Reads and checks the Relay {@code first}/{@code after} arguments. */
    @Component
    public static class Parser {

        private final PagingProperties properties;

        public Parser(PagingProperties properties) {
            this.properties = properties;
        }

        public PageRequest parse(Integer first, String after, int sortKeyParts) {
            int size = first == null ? properties.defaultPageSize() : first;
            if (size < 1 || size > properties.maxPageSize()) {
                throw new InvalidArgumentException("first", first,
                        "page size must be between 1 and " + properties.maxPageSize());
            }
            List<String> afterKey = after == null ? null : Cursor.decode("after", after, sortKeyParts);
            return new PageRequest(size, afterKey);
        }
    }
}
