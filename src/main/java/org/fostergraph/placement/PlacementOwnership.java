package org.fostergraph.placement;

import org.fostergraph.security.OwnedRecords;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.Neo4jClient;

/** Whose each placement and hold is: the council of the child it is for. */
@Configuration(proxyBeanMethods = false)
class PlacementOwnership {

    /** Placements: a history subject. */
    @Bean
    OwnedRecords ownedPlacements(Neo4jClient neo4j) {
        return OwnedRecords.byCypher(neo4j, "PLACEMENT", "placement", true, """
                MATCH (c:Child)-[:HAD]->(n:Placement) WHERE n.id IN $ids RETURN n.id AS id, c.council AS council
                """);
    }

    /** Holds: a history subject. */
    @Bean
    OwnedRecords ownedHolds(Neo4jClient neo4j) {
        return OwnedRecords.byCypher(neo4j, "HOLD", "hold", true, """
                MATCH (n:Hold)-[:FOR]->(c:Child) WHERE n.id IN $ids RETURN n.id AS id, c.council AS council
                """);
    }
}
