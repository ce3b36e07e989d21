package org.fostergraph.security;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One GraphQL request's caller, and the children whose records it has read so far (with the root fields that
 * read them), for the audit written when the request ends. Fields resolve concurrently, hence the concurrent map.
 */
final class RequestAccess {

    private final Caller caller;
    private final Map<String, Set<String>> operationsByChild = new ConcurrentHashMap<>();
    private volatile boolean readsRecorded;

    RequestAccess(Caller caller) {
        this.caller = caller;
    }

    Caller caller() {
        return caller;
    }

    void childRead(String childId, String operation) {
        operationsByChild.computeIfAbsent(childId, id -> ConcurrentHashMap.newKeySet()).add(operation);
    }

    Map<String, Set<String>> childReads() {
        return operationsByChild;
    }

    /** Whether the audit of these reads is written already, in the query's transaction. */
    boolean readsRecorded() {
        return readsRecorded;
    }

    void markReadsRecorded() {
        readsRecorded = true;
    }
}
