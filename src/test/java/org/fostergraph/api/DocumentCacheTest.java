package org.fostergraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;

import org.junit.jupiter.api.Test;

/** Each distinct document is parsed and validated once; long ones every time; the cache stays bounded. */
class DocumentCacheTest {

    private final AtomicInteger parses = new AtomicInteger();
    private final Function<ExecutionInput, PreparsedDocumentEntry> parse = input -> {
        parses.incrementAndGet();
        return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
    };

    private PreparsedDocumentEntry run(DocumentCache cache, String document) {
        return cache.getDocumentAsync(ExecutionInput.newExecutionInput(document).build(), parse).join();
    }

    @Test
    void aDocumentIsParsedOnceAndReadByTheTransactionInterceptor() {
        DocumentCache cache = new DocumentCache();
        assertThat(cache.parsedEarlier("{ localities { id } }")).isNull();
        PreparsedDocumentEntry first = run(cache, "{ localities { id } }");
        PreparsedDocumentEntry second = run(cache, "{ localities { id } }");
        assertThat(parses).hasValue(1);
        assertThat(second).isSameAs(first);
        assertThat(OneTransactionPerQuery.isQuery(cache.parsedEarlier("{ localities { id } }"), null)).isTrue();
        run(cache, "mutation { x }");
        assertThat(OneTransactionPerQuery.isQuery(cache.parsedEarlier("mutation { x }"), null)).isFalse();
    }

    @Test
    void onlyAQueryOfTheSchemaAloneGoesWithoutATransaction() {
        assertThat(OneTransactionPerQuery.readsOnlyTheSchema(Parser.parse("{ __typename }"), null)).isTrue();
        assertThat(OneTransactionPerQuery.readsOnlyTheSchema(Parser.parse("{ __schema { types { name } } }"), null)).isTrue();
        assertThat(OneTransactionPerQuery.readsOnlyTheSchema(Parser.parse("{ __typename localities { id } }"), null)).isFalse();
        assertThat(OneTransactionPerQuery.readsOnlyTheSchema(Parser.parse("{ ...f } fragment f on Query { __typename }"), null))
                .isFalse();
        assertThat(OneTransactionPerQuery.readsOnlyTheSchema(Parser.parse("query A { __typename } query B { localities { id } }"), "B"))
                .isFalse();
    }

    @Test
    void aLongDocumentIsParsedEachTimeAndTheCacheIsBounded() {
        DocumentCache cache = new DocumentCache();
        String longDocument = "{ localities { id } }" + " ".repeat(DocumentCache.LONGEST_CACHED);
        run(cache, longDocument);
        run(cache, longDocument);
        assertThat(parses).hasValue(2);
        for (int i = 0; i <= DocumentCache.MOST_DOCUMENTS; i++) {
            run(cache, "{ a" + i + ": localities { id } }");
        }
        // The least recently used (the first) has gone; the latest is there.
        assertThat(cache.parsedEarlier("{ a0: localities { id } }")).isNull();
        assertThat(cache.parsedEarlier("{ a" + DocumentCache.MOST_DOCUMENTS + ": localities { id } }")).isNotNull();
    }
}
