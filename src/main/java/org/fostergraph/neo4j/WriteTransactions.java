package org.fostergraph.neo4j;

import java.time.Duration;
import java.util.function.Supplier;

import org.neo4j.driver.exceptions.RetryableException;

import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a change in one Neo4j write transaction, and runs it again when Neo4j aborts it for a transient
 * reason (a deadlock between two officers' transactions, a leader switch in a cluster). The work must do all
 * its reading after it has locked what it checks, so a rerun decides afresh. Retries are few and short: a
 * person is waiting.
 */
@Component
public class WriteTransactions {

    /**
     * Under a burst (the test fires 24 placements at one bed) Neo4j's deadlock detection picks victims among the
     * queued transactions more than once; a dozen jittered retries, about 4 s at most, let every request finish.
     */
    static final int MAX_RETRIES = 12;

    private final TransactionTemplate transactions;
    private final RetryTemplate retry;

    public WriteTransactions(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.retry = new RetryTemplate(RetryPolicy.builder()
                .maxRetries(MAX_RETRIES)
                .delay(Duration.ofMillis(25))
                .jitter(Duration.ofMillis(20))
                .multiplier(1.5)
                .maxDelay(Duration.ofMillis(500))
                .predicate(WriteTransactions::isTransient)
                .build());
    }

    public <T> T run(Supplier<T> work) {
        return retry.invoke(() -> transactions.execute(status -> work.get()));
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RetryableException || cause instanceof TransientDataAccessException) {
                return true;
            }
        }
        return false;
    }
}
