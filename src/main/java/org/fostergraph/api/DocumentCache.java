package org.fostergraph.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Parses and validates each distinct GraphQL document once: clients send the same few documents again and again (the
 * pages' and integrations' own), and parsing and validating one against the schema cost more than a small query's
 * Cypher (issue 25). The entry, document and validation errors alike, depends on the text and the schema only; the
 * limits on depth, complexity and list sizes are checked when each request executes ({@code RequestSizeLimit}), so a
 * cached document is checked as every other. Bounded: the most recently used {@value #MOST_DOCUMENTS} documents of up
 * to {@value #LONGEST_CACHED} characters; a longer one is parsed each time.
 * <p>
 * {@link OneTransactionPerQuery} reads the parsed document here to tell a query from a mutation before it runs,
 * instead of parsing it a second time.
 */
@Configuration(proxyBeanMethods = false)
class DocumentCache implements PreparsedDocumentProvider {

    static final int MOST_DOCUMENTS = 500;
    static final int LONGEST_CACHED = 10_000;

    private final Map<String, PreparsedDocumentEntry> entries = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
                    return size() > MOST_DOCUMENTS;
                }
            });

    @Bean
    GraphQlSourceBuilderCustomizer parseEachDocumentOnce() {
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String document = input.getQuery();
        if (document == null || document.length() > LONGEST_CACHED) {
            return CompletableFuture.completedFuture(parseAndValidate.apply(input));
        }
        PreparsedDocumentEntry entry = entries.get(document);
        if (entry == null) {
            entry = parseAndValidate.apply(input);
            entries.put(document, entry);
        }
        return CompletableFuture.completedFuture(entry);
    }

    /** The document parsed and validated by an earlier request; null when none was, or it did not validate. */
    graphql.language.Document parsedEarlier(String document) {
        PreparsedDocumentEntry entry = document == null ? null : entries.get(document);
        return entry == null || entry.hasErrors() ? null : entry.getDocument();
    }
}
