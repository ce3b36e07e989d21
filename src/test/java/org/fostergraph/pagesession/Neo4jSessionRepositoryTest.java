package org.fostergraph.pagesession;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.fostergraph.HandBuiltGraphTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pages' sessions in the graph, as two replicas see them: each test's repositories share one database. */
class Neo4jSessionRepositoryTest extends HandBuiltGraphTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(30);
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    private Neo4jSessionRepository replicaA;
    private Neo4jSessionRepository replicaB;

    @BeforeEach
    void twoReplicas() {
        replicaA = repositoryAt(NOW);
        replicaB = repositoryAt(NOW);
    }

    private Neo4jSessionRepository repositoryAt(Instant instant) {
        return new Neo4jSessionRepository(neo4j, TIMEOUT, Clock.fixed(instant, ZoneOffset.UTC), getClass().getClassLoader());
    }

    /** A value as a session holds one: serializable, and compared by content after the round trip. */
    record Remembered(String page, List<Integer> numbers) implements java.io.Serializable {
    }

    @Test
    void aSessionSavedByOneReplicaIsReadWithItsAttributesByAnother() {
        Neo4jSessionRepository.StoredSession session = replicaA.createSession();
        session.setAttribute("saved-request", new Remembered("/web/find-a-home", List.of(1, 2, 3)));
        session.setAttribute("token", "t-1");
        replicaA.save(session);

        Neo4jSessionRepository.StoredSession found = replicaB.findById(session.getId());
        assertThat(found).isNotNull();
        assertThat(found.getAttributeNames()).containsExactlyInAnyOrder("saved-request", "token");
        assertThat((Remembered) found.getAttribute("saved-request")).isEqualTo(new Remembered("/web/find-a-home", List.of(1, 2, 3)));
        assertThat(found.getCreationTime()).isEqualTo(NOW);
        assertThat(found.getMaxInactiveInterval()).isEqualTo(TIMEOUT);
        assertThat(count("MATCH (s:PageSession) RETURN count(s)")).isEqualTo(1);
    }

    @Test
    void twoReplicasChangingDifferentAttributesOfOneSessionKeepBoth() {
        Neo4jSessionRepository.StoredSession session = replicaA.createSession();
        session.setAttribute("token", "t-1");
        session.setAttribute("saved-request", "/web");
        replicaA.save(session);

        Neo4jSessionRepository.StoredSession onA = replicaA.findById(session.getId());
        Neo4jSessionRepository.StoredSession onB = replicaB.findById(session.getId());
        onA.setAttribute("token", "t-2");
        onB.removeAttribute("saved-request");
        onB.setAttribute("user", "officer");
        replicaA.save(onA);
        replicaB.save(onB);

        Neo4jSessionRepository.StoredSession after = replicaA.findById(session.getId());
        assertThat(after.getAttributeNames()).containsExactlyInAnyOrder("token", "user");
        assertThat((String) after.getAttribute("token")).isEqualTo("t-2");
        assertThat((String) after.getAttribute("user")).isEqualTo("officer");
    }

    @Test
    void aChangedIdMovesTheSessionAndTheOldIdFindsNothing() {
        Neo4jSessionRepository.StoredSession session = replicaA.createSession();
        session.setAttribute("token", "t-1");
        replicaA.save(session);
        String before = session.getId();

        Neo4jSessionRepository.StoredSession signingIn = replicaB.findById(before);
        String after = signingIn.changeSessionId();
        signingIn.setAttribute("user", "officer");
        replicaB.save(signingIn);

        assertThat(after).isNotEqualTo(before);
        assertThat(replicaA.findById(before)).isNull();
        assertThat(replicaA.findById(after).getAttributeNames()).containsExactlyInAnyOrder("token", "user");
        assertThat(count("MATCH (s:PageSession) RETURN count(s)")).isEqualTo(1);
    }

    @Test
    void aSessionIdleForLongerThanItsTimeoutIsNeverServedAndIsDeleted() {
        Neo4jSessionRepository.StoredSession session = replicaA.createSession();
        session.setAttribute("user", "officer");
        replicaA.save(session);

        assertThat(repositoryAt(NOW.plus(TIMEOUT).minusSeconds(1)).findById(session.getId())).as("a second before").isNotNull();
        assertThat(repositoryAt(NOW.plus(TIMEOUT)).findById(session.getId())).as("at its timeout").isNull();
        assertThat(count("MATCH (s:PageSession) RETURN count(s)")).isZero();
    }

    @Test
    void aRequestThatChangesNothingWritesItsAccessOnlyOnceATenthOfTheTimeoutOrAMinuteHasPassed() {
        Neo4jSessionRepository.StoredSession session = replicaA.createSession();
        replicaA.save(session);
        String storedAccess = "MATCH (s:PageSession) RETURN s.lastAccessedAt";

        Instant soon = NOW.plusSeconds(59);
        Neo4jSessionRepository.StoredSession read = repositoryAt(soon).findById(session.getId());
        read.setLastAccessedTime(soon);
        repositoryAt(soon).save(read);
        assertThat(count(storedAccess)).as("59 s later, nothing written").isEqualTo(NOW.toEpochMilli());

        read.setAttribute("token", "t-2");
        repositoryAt(soon).save(read);
        assertThat(count(storedAccess)).as("a changed attribute writes the access too").isEqualTo(soon.toEpochMilli());

        Instant aMinuteOn = soon.plusSeconds(60);
        Neo4jSessionRepository.StoredSession later = repositoryAt(aMinuteOn).findById(session.getId());
        later.setLastAccessedTime(aMinuteOn);
        repositoryAt(aMinuteOn).save(later);
        assertThat(count(storedAccess)).isEqualTo(aMinuteOn.toEpochMilli());
    }

    @Test
    void eachRequestMovesTheExpiryOnAndTheCleanUpDeletesOnlyExpiredSessions() {
        Neo4jSessionRepository.StoredSession used = replicaA.createSession();
        replicaA.save(used);
        Neo4jSessionRepository.StoredSession abandoned = replicaA.createSession();
        replicaA.save(abandoned);

        Instant later = NOW.plus(Duration.ofMinutes(20));
        Neo4jSessionRepository.StoredSession again = repositoryAt(later).findById(used.getId());
        again.setLastAccessedTime(later);
        repositoryAt(later).save(again);

        Instant afterTheFirstTimeout = NOW.plus(TIMEOUT).plusSeconds(1);
        new ExpiredSessions(neo4j, Clock.fixed(afterTheFirstTimeout, ZoneOffset.UTC)).deleteExpired();
        assertThat(neo4j.query("MATCH (s:PageSession) RETURN s.id").fetchAs(String.class).all()).containsExactly(used.getId());
        assertThat(repositoryAt(afterTheFirstTimeout).findById(used.getId())).isNotNull();
    }
}
