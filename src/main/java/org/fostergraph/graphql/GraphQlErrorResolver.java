package org.fostergraph.graphql;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns domain exceptions into typed GraphQL errors. Anything not handled here becomes Spring's opaque
 * INTERNAL_ERROR, so no stack trace, Cypher text or data reaches the caller.
 */
@Component
class GraphQlErrorResolver extends DataFetcherExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof InvalidArgumentException invalid) {
            return GraphqlErrorBuilder.newError(env)
                    .errorType(ErrorType.BAD_REQUEST)
                    .message(invalid.getMessage())
                    .extensions(Map.of("code", "INVALID_ARGUMENT", "field", invalid.field(), "value", invalid.value()))
                    .build();
        }
        return null;
    }
}
