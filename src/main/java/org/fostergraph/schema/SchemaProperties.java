package org.fostergraph.schema;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param locations folder (resource location) holding the {@code V###__description.cypher} files
 * @param lockTimeout how long a starting replica waits for another one that is migrating the same graph
 * @param lockStaleAfter how long a lock may go without its holder's heartbeat (renewed every third of this) before
 *        a starting replica takes it over: its holder crashed, or lost the database, part-way through
 */
@ConfigurationProperties("fostergraph.schema")
public record SchemaProperties(
        @DefaultValue("classpath:graph-schema/") String locations,
        @DefaultValue("60s") Duration lockTimeout,
        @DefaultValue("30s") Duration lockStaleAfter) {
}
