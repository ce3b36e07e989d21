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

    /** One request's reading of its session: what it read before is forgotten, as at the end of every request. */
    private static Neo4jSessionRepository.StoredSession read(Neo4jSessionRepository replica, String id) {
        replica.forgetTheRequest();
        return replica.findById(id);
    }

    private static void write(Neo4jSessionRepository replica, Neo4jSessionRepository.StoredSession session) {
        replica.save(session);
        replica.forgetTheRequest();
    }

    @Test
    void withinOneRequestTheSessionInHandAnswersAgainAndTheNextRequestReadsTheGraph() {
        Neo4jSessionRepository.StoredSession session = replicaA.createSession();
        write(replicaA, session);

        Neo4jSessionRepository.StoredSession first = read(replicaB, session.getId());
        neo4j.query("MATCH (s:PageSession) DELETE s").run();
        assertThat(replicaB.findById(session.getId())).as("asked again in the same request").isSameAs(first);
        assertThat(read(replicaB, session.getId())).as("the next request: signed out on another replica").isNull();
    }

    /** A value as a session holds one: serializable, and compared by content after the round trip. */
    record Remembered(String page, List<Integer> numbers) implements java.io.Serializable {
    }

    @Test
    void aSessionSavedByOneReplicaIsReadWithItsAttributesByAnother() {
        Neo4jSessionRepository.StoredSession session = replicaA.createSession();
        session.setAttribute("saved-request", new Remembered("/web/find-a-home", List.of(1, 2, 3)));
        session.setAttribute("token", "t-1");
        write(replicaA, session);

        Neo4jSessionRepository.StoredSession found = read(replicaB, session.getId());
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
        write(replicaA, session);

        Neo4jSessionRepository.StoredSession onA = read(replicaA, session.getId());
        Neo4jSessionRepository.StoredSession onB = read(replicaB, session.getId());
        onA.setAttribute("token", "t-2");
        onB.removeAttribute("saved-request");
        onB.setAttribute("user", "officer");
        write(replicaA, onA);
        write(replicaB, onB);

        Neo4jSessionRepository.StoredSession after = read(replicaA, session.getId());
        assertThat(after.getAttributeNames()).containsExactlyInAnyOrder("token", "user");
        assertThat((String) after.getAttribute("token")).isEqualTo("t-2");
        assertThat((String) after.getAttribute("user")).isEqualTo("officer");
    }

    @Test
    void aChangedIdMovesTheSessionAndTheOldIdFindsNothing() {
        Neo4jSessionRepository.StoredSession session = replicaA.createSession();
        session.setAttribute("token", "t-1");
        write(replicaA, session);
        String before = session.getId();

        Neo4jSessionRepository.StoredSession signingIn = read(replicaB, before);
        String after = signingIn.changeSessionId();
        signingIn.setAttribute("user", "officer");
        write(replicaB, signingIn);

        assertThat(after).isNotEqualTo(before);
        assertThat(read(replicaA, before)).isNull();
        assertThat(read(replicaA, after).getAttributeNames()).containsExactlyInAnyOrder("token", "user");
        assertThat(count("MATCH (s:PageSession) RETURN count(s)")).isEqualTo(1);
    }

    @Test
    void aSessionThisReleaseCannotReadIsEndedRatherThanFailingEveryPage() {
        Neo4jSessionRepository.StoredSession session = replicaA.createSession();
        session.setAttribute("user", "officer");
        write(replicaA, session);
        neo4j.query("MATCH (s:PageSession) SET s.`attribute:user` = $bytes")
                .bind(new byte[] {(byte) 0xAC, (byte) 0xED, 0, 5, 1, 2, 3}).to("bytes").run();

        assertThat(read(replicaB, session.getId())).isNull();
        assertThat(count("MATCH (s:PageSession) RETURN count(s)")).isZero();
    }

    @Test
    void aSessionIdleForLongerThanItsTimeoutIsNeverServedAndIsDeleted() {
        Neo4jSessionRepository.StoredSession session = replicaA.createSession();
        session.setAttribute("user", "officer");
        write(replicaA, session);

        assertThat(read(repositoryAt(NOW.plus(TIMEOUT).minusSeconds(1)), session.getId())).as("a second before").isNotNull();
        assertThat(read(repositoryAt(NOW.plus(TIMEOUT)), session.getId())).as("at its timeout").isNull();
        assertThat(count("MATCH (s:PageSession) RETURN count(s)")).isZero();
    }

    @Test
    void aRequestThatChangesNothingWritesItsAccessOnlyOnceATenthOfTheTimeoutOrAMinuteHasPassed() {
        Neo4jSessionRepository.StoredSession session = replicaA.createSession();
        write(replicaA, session);
        String storedAccess = "MATCH (s:PageSession) RETURN s.lastAccessedAt";

        Instant soon = NOW.plusSeconds(59);
        Neo4jSessionRepository.StoredSession read = read(repositoryAt(soon), session.getId());
        read.setLastAccessedTime(soon);
        write(repositoryAt(soon), read);
        assertThat(count(storedAccess)).as("59 s later, nothing written").isEqualTo(NOW.toEpochMilli());

        read.setAttribute("token", "t-2");
        write(repositoryAt(soon), read);
        assertThat(count(storedAccess)).as("a changed attribute writes the access too").isEqualTo(soon.toEpochMilli());

        Instant aMinuteOn = soon.plusSeconds(60);
        Neo4jSessionRepository.StoredSession later = read(repositoryAt(aMinuteOn), session.getId());
        later.setLastAccessedTime(aMinuteOn);
        write(repositoryAt(aMinuteOn), later);
        assertThat(count(storedAccess)).isEqualTo(aMinuteOn.toEpochMilli());
    }

    @Test
    void eachRequestMovesTheExpiryOnAndTheCleanUpDeletesOnlyExpiredSessions() {
        Neo4jSessionRepository.StoredSession used = replicaA.createSession();
        write(replicaA, used);
        Neo4jSessionRepository.StoredSession abandoned = replicaA.createSession();
        write(replicaA, abandoned);

        Instant later = NOW.plus(Duration.ofMinutes(20));
        Neo4jSessionRepository.StoredSession again = read(repositoryAt(later), used.getId());
        again.setLastAccessedTime(later);
        write(repositoryAt(later), again);

        Instant afterTheFirstTimeout = NOW.plus(TIMEOUT).plusSeconds(1);
        new ExpiredSessions(neo4j, Clock.fixed(afterTheFirstTimeout, ZoneOffset.UTC)).deleteExpired();
        assertThat(neo4j.query("MATCH (s:PageSession) RETURN s.id").fetchAs(String.class).all()).containsExactly(used.getId());
        assertThat(read(repositoryAt(afterTheFirstTimeout), used.getId())).isNotNull();
    }
}
