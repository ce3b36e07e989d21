package org.fostergraph.household;

import org.fostergraph.security.OwnedRecords;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.Neo4jClient;

/** Whose each household is, for the {@code @owned(by: HOUSEHOLD)} arguments naming one. */
@Configuration(proxyBeanMethods = false)
class HouseholdOwnership {

    /** Households: a history subject. */
    @Bean
    OwnedRecords ownedHouseholds(Neo4jClient neo4j) {
        return OwnedRecords.byCypher(neo4j, "HOUSEHOLD", "household", true, """
                MATCH (n:Household) WHERE n.id IN $ids RETURN n.id AS id, n.council AS council
                """);
    }
}
