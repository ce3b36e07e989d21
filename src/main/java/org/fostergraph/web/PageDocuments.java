package org.fostergraph.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;

/**
 * The GraphQL documents the pages send, kept as {@code .graphql} files in {@code graphql-documents/} (where a GraphQL
 * editor checks them against the schema), not as Java strings: one per operation, named after it, and fragments in files
 * of their own that a document names to be sent with it.
 */
final class PageDocuments {

    private static final String FOLDER = "graphql-documents/";

    private PageDocuments() {
    }

    /** The document of this operation, followed by the fragments it spreads. */
    static String read(String operation, String... fragments) {
        StringBuilder document = new StringBuilder(file(operation));
        for (String fragment : fragments) {
            document.append(file(fragment));
        }
        return document.toString();
    }

    private static String file(String name) {
        try {
            return new ClassPathResource(FOLDER + name + ".graphql").getContentAsString(StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("The pages' GraphQL document " + name + " is missing", e);
        }
    }
}
