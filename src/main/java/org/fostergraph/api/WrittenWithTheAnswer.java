package org.fostergraph.api;

import org.springframework.graphql.server.WebGraphQlResponse;

/**
 * A record a query's answer may not leave without, written in the query's own transaction as it ends, so that one
 * commit makes it durable ({@link OneTransactionPerQuery}). The read audit is one: a separate transaction for it cost
 * a query that read children 3–5 ms more than the same query without them (docs/PERFORMANCE.md).
 */
public interface WrittenWithTheAnswer {

    /**
     * Writes, in the transaction the query ran in, what must be durable before this answer leaves. Not called when a
     * field has marked the transaction rollback-only: that answer's records must then be written on their own.
     *
     * @return whether anything was written, so the transaction must commit instead of rolling back
     */
    boolean writeWith(WebGraphQlResponse answer);
}
