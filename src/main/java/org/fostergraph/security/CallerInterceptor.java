package org.fostergraph.security;

import java.util.Map;
import java.util.Optional;

import org.fostergraph.api.WrittenWithTheAnswer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

import graphql.introspection.Introspection;
import reactor.core.publisher.Mono;

/**
 * Hands each GraphQL request its caller, for the fields' checks, and writes the read audit before the response
 * leaves: if the audit cannot be written the caller gets an error instead of the children's data. A query's audit is
 * written in the query's own transaction, committed with it ({@link WrittenWithTheAnswer}); a mutation's, or a query's
 * whose transaction a failed field marked for rollback, on its own once the request has run. Outermost, so that
 * this comes after every transaction of the request has ended.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CallerInterceptor implements WebGraphQlInterceptor, WrittenWithTheAnswer {

    private final ChildReadsLog auditLog;
    private final boolean introspection;

    CallerInterceptor(ChildReadsLog auditLog, GraphQlLimitsProperties limits) {
        this.auditLog = auditLog;
        this.introspection = limits.introspection();
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Optional<Caller> caller = Callers.current();
        if (caller.isEmpty()) {
            // Every field then answers UNAUTHORIZED; HTTP security lets no such request through anyway.
            request.configureExecutionInput((input, builder) -> builder.graphQLContext(
                    Map.of(Introspection.INTROSPECTION_DISABLED, true)).build());
            return chain.next(request);
        }
        RequestAccess access = new RequestAccess(caller.get());
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(RequestAccess.class, access,
                Scope.CONTEXT_KEY, Scope.of(access.caller()), ProviderScope.CONTEXT_KEY, ProviderScope.of(access.caller()),
                Introspection.INTROSPECTION_DISABLED, !introspection)).build());
        return chain.next(request).map(response -> {
            recordOnce(access);
            return response;
        });
    }

    @Override
    public boolean writeWith(WebGraphQlResponse answer) {
        RequestAccess access = answer.getExecutionInput().getGraphQLContext().get(RequestAccess.class);
        return access != null && recordOnce(access);
    }

    /** Writes the audit of the request's child reads unless it is written already; whether it wrote any. */
    private boolean recordOnce(RequestAccess access) {
        if (access.readsRecorded() || access.childReads().isEmpty()) {
            return false;
        }
        auditLog.recordReads(access.caller().name(), access.childReads());
        access.markReadsRecorded();
        return true;
    }
}
