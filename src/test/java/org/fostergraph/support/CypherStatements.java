package org.fostergraph.support;

import java.util.List;
import java.util.function.Supplier;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/**
 * Counts the Cypher statements Spring Data Neo4j's client sends while some work runs: one statement is one
 * database round trip. It listens on the client's own statement log, so nothing in the code under test changes.
 */
public final class CypherStatements {

    private static final String CYPHER_LOG = "org.springframework.data.neo4j.cypher";

    private CypherStatements() {
    }

    /** What the work answered and the statements it sent, in order. */
    public record Counted<T>(T result, List<String> statements) {

        public int count() {
            return statements.size();
        }
    }

    public static synchronized <T> Counted<T> count(Supplier<T> work) {
        Logger logger = (Logger) LoggerFactory.getLogger(CYPHER_LOG);
        Level level = logger.getLevel();
        ListAppender<ILoggingEvent> statements = new ListAppender<>();
        statements.start();
        logger.addAppender(statements);
        logger.setLevel(Level.DEBUG);
        try {
            T result = work.get();
            List<String> sent = statements.list.stream()
                    // Live updates (subscriptions) read the graph on Reactor's elastic threads, whoever else is running:
                    // not the work's statements.
                    .filter(event -> !event.getThreadName().startsWith("boundedElastic"))
                    .map(ILoggingEvent::getFormattedMessage)
                    .filter(message -> message.startsWith("Executing:"))
                    .map(message -> message.substring("Executing:".length()).strip())
                    .toList();
            return new Counted<>(result, sent);
        }
        finally {
            logger.setLevel(level);
            logger.detachAppender(statements);
        }
    }
}
