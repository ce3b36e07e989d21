package org.fostergraph.neo4j;

import java.util.Set;

import org.neo4j.driver.NotificationClassification;

import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Asks the database not to send "unrecognized" notifications: a statement naming a label, relationship type or
 * property that no record has yet. The graph's schema is open, so these are the normal state of a council's graph
 * until it first uses a feature: until a place is first held or marked not available, every read of a household's
 * occupancy names the {@code ON} relationship and the {@code releasedAt}, {@code usedAt} and {@code from} properties,
 * and Spring Data Neo4j logged four warnings of about a kilobyte each, the whole statement quoted, for every such
 * read (on the demo council, every constellation request: half a megabyte of log per hundred requests). The database
 * also skips the analysis. A misspelt name is caught by the tests, which assert exact answers. Every other
 * classification (deprecation, performance, hints, security) is still sent and logged.
 */
@Configuration(proxyBeanMethods = false)
class DriverNotifications {

    @Bean
    ConfigBuilderCustomizer noUnrecognizedNotifications() {
        return config -> config.withDisabledNotificationClassifications(Set.of(NotificationClassification.UNRECOGNIZED));
    }
}
