package org.fostergraph.history;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.fostergraph.graphql.InvalidArgumentException;
import org.fostergraph.graphql.RuleViolationException;
import org.fostergraph.support.WriteTransactions;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs every change the API makes: in one write transaction (rerun on transient failures), recorded in the
 * graph with who made it and when, and at most once per client key — a client that retries a request after
 * a timeout gets the first request's result instead of a second placement.
 */
@Service
public class ChangeLog {

    static final int MAX_CLIENT_KEY_LENGTH = 200;

    private final ChangeRepository changes;
    private final WriteTransactions writes;
    private final CurrentActor actor;
    private final Clock clock;

    ChangeLog(ChangeRepository changes, WriteTransactions writes, CurrentActor actor, Clock clock) {
        this.changes = changes;
        this.writes = writes;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * Makes the change {@code change} (which locks, checks and writes, and answers what it did) unless this
     * client key already made it, then reads the result with {@code read} after the transaction committed.
     */
    public <T> T apply(String operation, String clientKey, Supplier<Recorded> change, Function<String, T> read) {
        checkClientKey(clientKey);
        String resultId;
        try {
            resultId = writes.run(() -> {
                var previous = previousResult(operation, clientKey);
                if (previous != null) {
                    return previous;
                }
                Recorded recorded = change.get();
                changes.record(UUID.randomUUID().toString(), operation, clientKey, recorded, actor.name(),
                        ZonedDateTime.now(clock));
                return recorded.resultId();
            });
        }
        catch (DataIntegrityViolationException e) {
            // The same client key committed by a concurrent request in the meantime: this one rolled back.
            String previous = clientKey == null ? null : writes.run(() -> previousResult(operation, clientKey));
            if (previous == null) {
                throw e;
            }
            resultId = previous;
        }
        return read.apply(resultId);
    }

    @Transactional(readOnly = true)
    public List<Change> about(String subjectId, int limit) {
        return changes.about(subjectId, limit);
    }

    private String previousResult(String operation, String clientKey) {
        if (clientKey == null) {
            return null;
        }
        return changes.findByClientKey(clientKey).map(previous -> {
            if (!previous.operation().equals(operation)) {
                throw new RuleViolationException("CLIENT_KEY_REUSED", "clientKey", clientKey, "clientKey: '"
                        + clientKey + "' was already used for " + previous.operation()
                        + "; use a new key for each new request");
            }
            return previous.resultId();
        }).orElse(null);
    }

    private static void checkClientKey(String clientKey) {
        if (clientKey != null && (clientKey.isBlank() || clientKey.length() > MAX_CLIENT_KEY_LENGTH)) {
            throw new InvalidArgumentException("clientKey", clientKey,
                    "a client key is 1 to " + MAX_CLIENT_KEY_LENGTH + " characters, the same for every retry of one request");
        }
    }

}
