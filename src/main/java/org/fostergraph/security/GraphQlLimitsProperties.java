package org.fostergraph.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How big a GraphQL request may be, so that no request can make the service do unbounded work, and whether it may
 * read the schema.
 *
 * @param maxDepth the deepest field nesting (the deepest screen query needs 9)
 * @param maxComplexity fields counted with each list multiplied by its {@code first} argument, or by the size a list
 *        without one declares ({@code @listSize(assumedSize: …)})
 * @param maxListItems the most items all the lists of one answer may hold together, counted as they are answered
 * @param maxAliases aliased fields in the whole document
 * @param maxRootFields query or mutation fields asked for in one request
 * @param maxTextLength the most characters any text argument may hold (free text such as a hold's reason included)
 * @param maxListLength the most items any list argument may hold
 * @param introspection whether a signed-in client may read the schema ({@code __schema}, {@code __type}): the local
 *        profile only. Decided per request, not by Spring Boot's switch, which turns introspection off for the whole
 *        JVM and never back on.
 */
@ConfigurationProperties("fostergraph.graphql")
public record GraphQlLimitsProperties(@DefaultValue("12") int maxDepth, @DefaultValue("25000") int maxComplexity,
        @DefaultValue("10") int maxAliases, @DefaultValue("10") int maxRootFields, @DefaultValue("200000") long maxListItems, @DefaultValue("2000") int maxTextLength,
        @DefaultValue("200") int maxListLength, @DefaultValue("false") boolean introspection) {
}
