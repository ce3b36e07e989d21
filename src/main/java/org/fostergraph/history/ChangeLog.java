package org.fostergraph.history;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.fostergraph.api.errors.InvalidArgumentException;
import org.fostergraph.api.errors.RuleViolationException;
import org.fostergraph.support.Fingerprints;
import org.fostergraph.neo4j.WriteTransactions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs every change the API makes: in one write transaction (rerun on transient failures), recorded in the
 * graph with who made it and when, and at most once per client key — a client that retries a request after
 * a timeout gets the first request's result instead of a second placement.
 *
 * <p>A client key belongs to its caller (user and council): another caller's key of the same text is simply a
 * different key, so nobody can read, squat or even detect another caller's keys. The key is claimed before anything
 * else the change locks or reads: concurrent requests with one key wait for the first to commit, then answer its
 * result; had the first failed, the next one makes the change itself.
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
     * Makes the change {@code change} (which locks, checks and writes, and answers what it did) unless this caller's
     * client key already made it, then reads the result with {@code read} after the transaction committed.
     */
    public <T> T apply(String operation, ClientKeyed command, Supplier<Recorded> change, Function<String, T> read) {
        String clientKey = command.clientKey();
        checkClientKey(clientKey);
        String scope = actor.clientKeyScope();
        Map<String, String> request = requestDigests(command);
        String resultId = writes.run(() -> {
            if (clientKey != null) {
                var previous = changes.claimClientKey(scope, clientKey);
                if (previous.isPresent()) {
                    return sameRequest(operation, clientKey, request, previous.get());
                }
            }
            Recorded recorded = change.get();
            changes.record(UUID.randomUUID().toString(), operation, scope, clientKey, request, recorded, actor.name(),
                    ZonedDateTime.now(clock));
            return recorded.resultId();
        });
        return read.apply(resultId);
    }

    @Transactional(readOnly = true)
    public List<Change> about(String subjectId, Set<String> readableTypes, int limit) {
        return changes.about(subjectId, readableTypes, limit);
    }

    /** The first request's result, when this one is the same request again; otherwise the key is refused. */
    private static String sameRequest(String operation, String clientKey, Map<String, String> request,
            ChangeRepository.Previous previous) {
        if (!previous.operation().equals(operation)) {
            throw new RuleViolationException("CLIENT_KEY_REUSED", "clientKey", clientKey, "clientKey: '" + clientKey
                    + "' was already used for " + previous.operation() + "; use a new key for each new request");
        }
        List<String> different = request.keySet().stream()
                .filter(field -> !request.get(field).equals(previous.request().get(field))).toList();
        if (!different.isEmpty()) {
            throw new RuleViolationException("CLIENT_KEY_REUSED", "clientKey", clientKey, "clientKey: '" + clientKey
                    + "' was already used for " + operation + " with a different " + String.join(", ", different)
                    + "; a retry sends the same input, and a new request needs a new key");
        }
        return previous.resultId();
    }

    /** A digest of each input field but the key: enough to tell a retry from a different request, and no copy of it. */
    private static Map<String, String> requestDigests(ClientKeyed command) {
        Map<String, String> digests = new TreeMap<>();
        if (command instanceof Record record) {
            Fingerprints.components(record).forEach((field, value) -> {
                if (!"clientKey".equals(field)) {
                    digests.put(field, Fingerprints.ofValue(value));
                }
            });
        }
        return digests;
    }

    private static void checkClientKey(String clientKey) {
        if (clientKey != null && (clientKey.isBlank() || clientKey.length() > MAX_CLIENT_KEY_LENGTH)) {
            throw new InvalidArgumentException("clientKey", clientKey,
                    "a client key is 1 to " + MAX_CLIENT_KEY_LENGTH + " characters, the same for every retry of one request");
        }
    }

}
