package org.fostergraph.neo4j;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.stereotype.Component;

/**
 * Driver sessions on the database Spring Data Neo4j is configured for, for the start-up work (schema,
 * seed, bulk loads) that runs whole scripts rather than mapped queries.
 */
@Component
public class GraphSessions {

    private final Driver driver;
    private final DatabaseSelectionProvider databaseSelection;

    public GraphSessions(Driver driver, DatabaseSelectionProvider databaseSelection) {
        this.driver = driver;
        this.databaseSelection = databaseSelection;
    }

    public Session open() {
        String database = databaseSelection.getDatabaseSelection().getValue();
        return driver.session(database == null ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database));
    }
}
