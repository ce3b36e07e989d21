package org.fostergraph;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.testcontainers.neo4j.Neo4jContainer;

import org.fostergraph.neo4j.StoreLayout;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A Neo4j 5.26 server in a container, the shape production runs (docker compose, a cluster). Tests that
 * use it also run on the in-process database, so they prove the database code where Docker is missing.
 */
public final class Neo4jServerContainer {

    /** The demo-seeded tests and the hand-built-graph tests each need a database of their own. */
    public enum Use {
        SEEDED, HAND_BUILT
    }

    private static final Map<Use, Neo4jContainer> SERVERS = new ConcurrentHashMap<>();

    private Neo4jServerContainer() {
    }

    /** Starts the container for this use (once per JVM) and points the application at it. */
    public static void connect(DynamicPropertyRegistry registry, Use use) {
        Neo4jContainer server = SERVERS.computeIfAbsent(use, any -> {
            Neo4jContainer container = new Neo4jContainer("neo4j:5.26-community").withAdminPassword("fostergraph-test")
                    .withNeo4jConfig(StoreLayout.RELATIONSHIP_GROUPING_SETTING,
                            String.valueOf(StoreLayout.RELATIONSHIP_GROUPING_THRESHOLD));
            container.start();
            return container;
        });
        registry.add("spring.neo4j.uri", server::getBoltUrl);
        registry.add("spring.neo4j.authentication.username", () -> "neo4j");
        registry.add("spring.neo4j.authentication.password", server::getAdminPassword);
    }
}
