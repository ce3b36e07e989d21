package org.fostergraph.geo;

import org.fostergraph.security.OwnedRecords;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.Neo4jClient;

/** Whose each locality is (the council of the local authority it lies in), for {@code @owned(by: LOCALITY)}. */
@Configuration(proxyBeanMethods = false)
class LocalityOwnership {

    /** Localities: no history of their own. */
    @Bean
    OwnedRecords ownedLocalities(Neo4jClient neo4j) {
        return OwnedRecords.byCypher(neo4j, "LOCALITY", "locality", false, """
                MATCH (n:Locality)-[:IN]->(a:LocalAuthority) WHERE n.id IN $ids RETURN n.id AS id, a.code AS council
                """);
    }
}
