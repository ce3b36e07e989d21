package org.fostergraph.security;

import java.util.List;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Guards every GraphQL field ({@link AccessRules}) and refuses to start when a schema field has no data fetcher
 * and no Java property to read, or a controller maps a field the schema does not have: a field nobody wired is a
 * field nobody checked.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlAccessConfiguration {

    @Bean
    GraphQlSourceBuilderCustomizer accessRules(CouncilScope scope, GraphQlLimitsProperties limits, TypeReaders readers) {
        FieldRules rules = new FieldRules(scope, new InputLimits(limits.maxTextLength(), limits.maxListLength()),
                readers);
        AccessRules accessRules = new AccessRules(rules);
        return builder -> builder
                .typeVisitors(List.of(accessRules))
                .configureGraphQl(graphQl -> accessRules.checkListSizes())
                .inspectSchemaMappings(report -> {
                    if (!report.unmappedFields().isEmpty() || !report.unmappedRegistrations().isEmpty()
                            || !report.unmappedArguments().isEmpty()) {
                        throw new IllegalStateException("GraphQL schema and controllers disagree: " + report);
                    }
                });
    }
}
