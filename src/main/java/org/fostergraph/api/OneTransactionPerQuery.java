package org.fostergraph.api;

import java.util.List;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import reactor.core.publisher.Mono;

/**
 * Runs each GraphQL query in one transaction, which every field's statements join. Each {@code @BatchMapping} calls a
 * {@code @Transactional} service, and on its own each call would begin, commit and close a transaction: three more
 * Bolt round trips per field, the largest part of what a small query cost over its Cypher (docs/PERFORMANCE.md). A
 * document an earlier request parsed is read from {@link DocumentCache}, not parsed again to tell a query from a
 * mutation. Innermost of the interceptors. Mutations keep a write transaction per change ({@code WriteTransactions}).
 * <p>
 * The fields only read. What the answer may not leave without ({@link WrittenWithTheAnswer}: the read audit of the
 * children it shows) is written in the same transaction once the fields have run, and the transaction commits, so one
 * commit makes the audit durable before the answer leaves; a query that wrote nothing is rolled back. The transaction
 * is not marked read-only for that reason: on a Neo4j cluster, queries go to the leader. When a field failed with a
 * domain error it has marked the transaction rollback-only, which must not turn into an error for the fields that
 * succeeded: that transaction is rolled back, and the audit is written on its own afterwards (the caller's interceptor).
 * A statement that Neo4j refuses fails the transaction, so the fields after it in the same request fail too.
 * <p>
 * The query executes on this thread (Spring MVC, blocking controllers), so the transaction is bound where the fields
 * run; a field that ever ran elsewhere would simply use a transaction of its own.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class OneTransactionPerQuery implements WebGraphQlInterceptor {

    private final TransactionTemplate transaction;
    private final DocumentCache documents;
    private final List<WrittenWithTheAnswer> writtenWithTheAnswer;

    OneTransactionPerQuery(PlatformTransactionManager transactionManager, DocumentCache documents,
            List<WrittenWithTheAnswer> writtenWithTheAnswer) {
        this.transaction = new TransactionTemplate(transactionManager);
        this.documents = documents;
        this.writtenWithTheAnswer = List.copyOf(writtenWithTheAnswer);
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Document parsed = documents.parsedEarlier(request.getDocument());
        if (parsed == null) {
            parsed = parse(request.getDocument());
        }
        // A query that reads nothing from the graph (only __typename, __schema or __type) needs no transaction: it would
        // cost a BEGIN and a ROLLBACK, two round trips to the database, for nothing.
        if (parsed == null || !isQuery(parsed, request.getOperationName()) || readsOnlyTheSchema(parsed, request.getOperationName())) {
            return chain.next(request);
        }
        return Mono.fromSupplier(() -> transaction.execute(status -> {
            boolean wrote = false;
            try {
                WebGraphQlResponse answer = chain.next(request).block();
                if (answer != null && !status.isRollbackOnly()) {
                    for (WrittenWithTheAnswer records : writtenWithTheAnswer) {
                        wrote |= records.writeWith(answer);
                    }
                }
                return answer;
            }
            finally {
                if (!wrote) {
                    status.setRollbackOnly();
                }
            }
        }));
    }

    /** The document parsed; null when it does not parse (the execution refuses it). */
    private static Document parse(String document) {
        try {
            return Parser.parse(document);
        }
        catch (RuntimeException unparsable) {
            return null;
        }
    }

    /** Whether the operation to run is a query; a document that does not parse is left to the execution to refuse. */
    static boolean isQuery(String document, String operationName) {
        Document parsed = parse(document);
        return parsed != null && isQuery(parsed, operationName);
    }

    /** Whether the operation to run, of a parsed document, is a query. */
    static boolean isQuery(Document parsed, String operationName) {
        List<OperationDefinition> operations = operations(parsed, operationName);
        return operations.size() == 1 && operations.get(0).getOperation() == OperationDefinition.Operation.QUERY;
    }

    /**
     * Whether the operation to run selects only the introspection fields at its root, directly (no fragment spreads,
     * which are left to take their transaction).
     */
    static boolean readsOnlyTheSchema(Document parsed, String operationName) {
        List<OperationDefinition> operations = operations(parsed, operationName);
        return operations.size() == 1 && operations.get(0).getSelectionSet().getSelections().stream()
                .allMatch(selection -> selection instanceof graphql.language.Field field && field.getName().startsWith("__"));
    }

    private static List<OperationDefinition> operations(Document parsed, String operationName) {
        return parsed.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(operation -> operationName == null || operationName.equals(operation.getName()))
                .toList();
    }
}
