package org.fostergraph.api.paging;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The total of a connection is counted only when read, once, and never when the first page holds the whole list. */
class ConnectionTest {

    private final AtomicInteger counts = new AtomicInteger();
    private final LongSupplier countOf42 = () -> {
        counts.incrementAndGet();
        return 42;
    };

    @Test
    void aPageWithMoreAfterItCountsTheListWhenAskedAndOnlyOnce() {
        Connection<String> page = Connection.of(new PageRequest(2, null), List.of("a", "b", "c"), countOf42, item -> List.of(item));

        assertThat(page.edges()).extracting(Connection.Edge::node).containsExactly("a", "b");
        assertThat(page.pageInfo().hasNextPage()).isTrue();
        assertThat(counts).as("nobody asked yet").hasValue(0);
        assertThat(page.totalCount()).isEqualTo(42);
        assertThat(page.totalCount()).isEqualTo(42);
        assertThat(counts).hasValue(1);
    }

    @Test
    void aFirstPageHoldingTheWholeListIsItsOwnCount() {
        Connection<String> page = Connection.of(new PageRequest(5, null), List.of("a", "b", "c"), countOf42, item -> List.of(item));

        assertThat(page.pageInfo().hasNextPage()).isFalse();
        assertThat(page.totalCount()).isEqualTo(3);
        assertThat(counts).hasValue(0);
    }

    @Test
    void aLaterPageIsCountedEvenWhenItIsTheLast() {
        Connection<String> page = Connection.of(new PageRequest(5, List.of("a")), List.of("b", "c"), countOf42, item -> List.of(item));

        assertThat(page.pageInfo().hasNextPage()).isFalse();
        assertThat(page.totalCount()).isEqualTo(42);
        assertThat(counts).hasValue(1);
    }
}
