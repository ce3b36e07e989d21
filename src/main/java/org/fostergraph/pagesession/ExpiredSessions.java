package org.fostergraph.pagesession;

import java.time.Clock;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes the sessions nobody used for longer than their timeout. A session is never served once expired
 * ({@link Neo4jSessionRepository#findById}); this only keeps the graph from filling with them. Every replica runs it;
 * deleting what another replica has just deleted is harmless.
 */
class ExpiredSessions {

    /** Deleted per statement, so that a backlog never makes one large transaction. */
    private static final int BATCH = 1000;

    private final Neo4jClient neo4j;
    private final Clock clock;

    ExpiredSessions(Neo4jClient neo4j, Clock clock) {
        this.neo4j = neo4j;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${fostergraph.sessions.cleanup-interval:PT5M}",
            initialDelayString = "${fostergraph.sessions.cleanup-interval:PT5M}")
    void deleteExpired() {
        long deleted;
        do {
            deleted = deleteBatch();
        }
        while (deleted == BATCH);
    }

    long deleteBatch() {
        return neo4j.query("""
                MATCH (s:PageSession) WHERE s.expiresAt <= $now
                WITH s LIMIT $batch
                DELETE s
                RETURN count(*) AS deleted
                """).bind(clock.millis()).to("now").bind(BATCH).to("batch")
                .fetchAs(Long.class).one().orElse(0L);
    }
}
