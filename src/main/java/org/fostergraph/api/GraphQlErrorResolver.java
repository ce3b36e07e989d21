package org.fostergraph.api;

import org.fostergraph.api.errors.NotFoundException;
import org.fostergraph.api.errors.DomainException;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import org.fostergraph.neo4j.WriteTransactions;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns domain exceptions into typed GraphQL errors with {@code extensions.code}, {@code field} and
 * {@code value}. Anything not handled here becomes Spring's opaque INTERNAL_ERROR, so no stack trace,
 * Cypher text or data reaches the caller.
 */
@Component
class GraphQlErrorResolver extends DataFetcherExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof DomainException refused) {
            return GraphqlErrorBuilder.newError(env)
                    .errorType(refused instanceof NotFoundException ? ErrorType.NOT_FOUND : ErrorType.BAD_REQUEST)
                    .message(refused.getMessage())
                    .extensions(Map.of("code", refused.code(), "field", refused.field(), "value", refused.value()))
                    .build();
        }
        if (WriteTransactions.isTransient(ex)) {
            // Retried already (WriteTransactions): the caller may try again; nothing was changed.
            return GraphqlErrorBuilder.newError(env)
                    .errorType(ErrorType.INTERNAL_ERROR)
                    .message("The graph was too busy to make this change; nothing was changed. Try again.")
                    .extensions(Map.of("code", "TRY_AGAIN"))
                    .build();
        }
        return null;
    }
}
