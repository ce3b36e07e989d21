package org.fostergraph.neo4j;

import java.util.Set;

import org.neo4j.driver.NotificationClassification;
import org.neo4j.driver.NotificationSeverity;

import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which notifications the database sends with each answer (Spring Data Neo4j logs each one, quoting the statement).
 * <ul>
 * <li>None of the "unrecognized" classification: a statement naming a label, relationship type or property that no
 * record has yet. The graph's schema is open, so these are the normal state of a council's graph until it first uses
 * a feature: until a place is first held or marked not available, every read of a household's occupancy names the
 * {@code ON} relationship and the {@code releasedAt}, {@code usedAt} and {@code from} properties, and four warnings of
 * about a kilobyte each were logged for every such read (on the demo council, every constellation request: half a
 * megabyte of log per hundred requests). A misspelt name is caught by the tests, which assert exact answers.</li>
 * <li>Warnings only, not information: every placement started and every batch of an import logged a "cartesian
 * product" notice for looking up a child and a household by id in one {@code MATCH} (one row by one row).</li>
 * </ul>
 * The database also skips that analysis. Warnings of every other classification (deprecation, performance, hints,
 * security) are still sent and logged.
 */
@Configuration(proxyBeanMethods = false)
class DriverNotifications {

    @Bean
    ConfigBuilderCustomizer warningsButNotUnrecognizedNames() {
        return config -> config.withMinimumNotificationSeverity(NotificationSeverity.WARNING)
                .withDisabledNotificationClassifications(Set.of(NotificationClassification.UNRECOGNIZED));
    }
}
