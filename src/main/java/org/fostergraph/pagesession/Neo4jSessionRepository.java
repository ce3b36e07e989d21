package org.fostergraph.pagesession;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.session.MapSession;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * The pages' sessions as {@code PageSession} nodes, so that a session begun on one replica is used on any other: no
 * sticky sessions at the load balancer, and a replica may stop without signing anyone out. What a session holds (the
 * signed-in user, the CSRF token, a sign-in in progress with the identity provider) is written attribute by attribute
 * as Spring Session sets it, so two requests of one user on two replicas change different attributes without undoing
 * each other. Values are Java-serialized, as Spring Session's JDBC store does; they come only from this service.
 * An expired session is never returned; {@link ExpiredSessions} deletes them.
 */
final class Neo4jSessionRepository implements SessionRepository<Neo4jSessionRepository.StoredSession> {

    private static final Logger log = LoggerFactory.getLogger(Neo4jSessionRepository.class);

    /** Attribute properties are named with this prefix, apart from the session's own. */
    static final String ATTRIBUTE = "attribute:";

    private final Neo4jClient neo4j;
    private final Duration timeout;
    private final Clock clock;
    private final SerializingConverter serializer = new SerializingConverter();
    /**
     * The session this thread's request read or saved last. Spring Session's filter asks for the requested session
     * again after the request has used it (when the response is committed and when the filter ends, only to compare
     * ids), which would be a further transaction for the same node each time, measured at 4–9 ms. Within the request
     * that session is the one already in hand, so it is answered from here. {@link #forgetTheRequest} (a filter around
     * Spring Session's, PageSessionConfiguration) clears it when every request ends, so nothing is ever served from
     * memory to another request: each request reads its session from the graph, whichever replica wrote it.
     */
    private final ThreadLocal<StoredSession> sessionOfThisRequest = new ThreadLocal<>();
    private final DeserializingConverter deserializer;

    Neo4jSessionRepository(Neo4jClient neo4j, Duration timeout, Clock clock, ClassLoader classLoader) {
        this.neo4j = neo4j;
        this.timeout = timeout;
        this.clock = clock;
        this.deserializer = new DeserializingConverter(classLoader);
    }

    @Override
    public StoredSession createSession() {
        MapSession session = new MapSession();
        session.setCreationTime(clock.instant());
        session.setLastAccessedTime(session.getCreationTime());
        session.setMaxInactiveInterval(timeout);
        return new StoredSession(session, true);
    }

    @Override
    public void save(StoredSession session) {
        sessionOfThisRequest.set(session);
        if (session.onlyTouchedSince(touchInterval())) {
            return;
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", session.getId());
        parameters.put("previousId", session.storedId);
        parameters.put("lastAccessedAt", session.getLastAccessedTime().toEpochMilli());
        parameters.put("maxInactiveSeconds", session.getMaxInactiveInterval().toSeconds());
        parameters.put("expiresAt", expiry(session.delegate).toEpochMilli());
        Map<String, Object> changed = new HashMap<>();
        for (String name : session.changed) {
            Object value = session.getAttribute(name);
            // null removes the property: SET += drops a key whose value is null.
            changed.put(ATTRIBUTE + name, value == null ? null : serializer.convert(value));
        }
        parameters.put("attributes", changed);
        if (session.isNew) {
            parameters.put("createdAt", session.getCreationTime().toEpochMilli());
            neo4j.query("""
                    CREATE (s:PageSession {id: $id, createdAt: $createdAt, lastAccessedAt: $lastAccessedAt,
                            maxInactiveSeconds: $maxInactiveSeconds, expiresAt: $expiresAt})
                    SET s += $attributes
                    """).bindAll(parameters).run();
        }
        else {
            // A changed id (Spring Security changes it on sign-in, against session fixation) moves the same node.
            neo4j.query("""
                    MATCH (s:PageSession {id: $previousId})
                    SET s.id = $id, s.lastAccessedAt = $lastAccessedAt, s.maxInactiveSeconds = $maxInactiveSeconds,
                        s.expiresAt = $expiresAt
                    SET s += $attributes
                    """).bindAll(parameters).run();
        }
        session.saved();
    }

    @Override
    public StoredSession findById(String id) {
        StoredSession inHand = sessionOfThisRequest.get();
        if (inHand != null && inHand.getId().equals(id)) {
            return inHand;
        }
        Map<String, Object> stored = neo4j.query("MATCH (s:PageSession {id: $id}) RETURN properties(s) AS s")
                .bind(id).to("id")
                .fetchAs(Value.class).mappedBy((types, row) -> row.get("s")).one()
                .map(value -> value.asMap(v -> v.asObject()))
                .orElse(null);
        if (stored == null) {
            return null;
        }
        MapSession session = new MapSession(id);
        session.setCreationTime(Instant.ofEpochMilli(((Number) stored.get("createdAt")).longValue()));
        session.setLastAccessedTime(Instant.ofEpochMilli(((Number) stored.get("lastAccessedAt")).longValue()));
        session.setMaxInactiveInterval(Duration.ofSeconds(((Number) stored.get("maxInactiveSeconds")).longValue()));
        if (!expiry(session).isAfter(clock.instant())) {
            deleteById(id);
            return null;
        }
        try {
            stored.forEach((key, value) -> {
                if (key.startsWith(ATTRIBUTE)) {
                    session.setAttribute(key.substring(ATTRIBUTE.length()), deserializer.convert((byte[]) value));
                }
            });
        }
        catch (SerializationFailedException unreadable) {
            // Written by a release whose classes differ (a replica not yet upgraded, or an older session after an
            // upgrade): its user signs in again rather than meeting an error on every page until it expires. The
            // exception's text names classes, never the values, but is left out all the same.
            log.warn("A page session could not be read ({}); it is ended and its user will sign in again",
                    unreadable.getClass().getSimpleName());
            deleteById(id);
            return null;
        }
        StoredSession found = new StoredSession(session, false);
        sessionOfThisRequest.set(found);
        return found;
    }

    void forgetTheRequest() {
        sessionOfThisRequest.remove();
    }

    @Override
    public void deleteById(String id) {
        sessionOfThisRequest.remove();
        neo4j.query("MATCH (s:PageSession {id: $id}) DELETE s").bind(id).to("id").run();
    }

    /**
     * How stale the stored last access may grow before a request that changed nothing else writes it: a write
     * transaction on every page request measured 15–20 ms (docs/PERFORMANCE.md). A session may therefore end up to
     * this much before its timeout: a tenth of it, at most a minute.
     */
    private Duration touchInterval() {
        Duration tenth = timeout.dividedBy(10);
        return tenth.compareTo(Duration.ofMinutes(1)) < 0 ? tenth : Duration.ofMinutes(1);
    }

    private static Instant expiry(MapSession session) {
        return session.getLastAccessedTime().plus(session.getMaxInactiveInterval());
    }

    /** A session as this repository read or made it, remembering which attributes changed since. */
    static final class StoredSession implements Session {

        private final MapSession delegate;
        private final Set<String> changed = new LinkedHashSet<>();
        private boolean isNew;
        private String storedId;
        private Instant storedLastAccess;
        private Duration storedMaxInactive;

        StoredSession(MapSession delegate, boolean isNew) {
            this.delegate = delegate;
            this.isNew = isNew;
            remember();
        }

        private void saved() {
            isNew = false;
            changed.clear();
            remember();
        }

        private void remember() {
            storedId = delegate.getId();
            storedLastAccess = delegate.getLastAccessedTime();
            storedMaxInactive = delegate.getMaxInactiveInterval();
        }

        /** Nothing but the last access changed since the graph had it, and that by less than {@code interval}. */
        private boolean onlyTouchedSince(Duration interval) {
            return !isNew && changed.isEmpty() && storedId.equals(delegate.getId())
                    && storedMaxInactive.equals(delegate.getMaxInactiveInterval())
                    && Duration.between(storedLastAccess, delegate.getLastAccessedTime()).compareTo(interval) < 0;
        }

        @Override
        public String getId() {
            return delegate.getId();
        }

        @Override
        public String changeSessionId() {
            return delegate.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return delegate.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return delegate.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            delegate.setAttribute(attributeName, attributeValue);
            changed.add(attributeName);
        }

        @Override
        public void removeAttribute(String attributeName) {
            delegate.removeAttribute(attributeName);
            changed.add(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return delegate.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            delegate.setLastAccessedTime(lastAccessedTime);
        }

        @Override
        public Instant getLastAccessedTime() {
            return delegate.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            delegate.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return delegate.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return delegate.isExpired();
        }
    }
}
