package org.fostergraph.neo4j;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param directory where the database lives between restarts
 * @param boltPort loopback Bolt port; 0 picks a free one
 * @param ephemeral a throw-away database in a temporary folder, deleted on shutdown (tests)
 * @param pageCache memory Neo4j may use to cache the store
 */
@ConfigurationProperties("fostergraph.in-process-neo4j")
public record InProcessNeo4jProperties(
        @DefaultValue("data/neo4j") Path directory,
        @DefaultValue("7687") int boltPort,
        @DefaultValue("false") boolean ephemeral,
        @DefaultValue("256MB") DataSize pageCache) {
}
