package org.fostergraph.constellation;

import org.fostergraph.security.OwnedRecords;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.Neo4jClient;

/** Whose each constellation, sleepover and liaison social worker is, for the {@code @owned} arguments naming them. */
@Configuration(proxyBeanMethods = false)
class ConstellationOwnership {

    /**
     * Constellations: a history subject. Read whole, as the request's constellation loader reads them
     * (ConstellationLoader), so that constellation(id:) answers the constellation its check read.
     */
    @Bean
    OwnedRecords ownedConstellations(ConstellationService constellations) {
        return OwnedRecords.readWhole("CONSTELLATION", "constellation", true, Constellation.class, constellations::findByIds);
    }

    /** A sleepover is the council's whose hub it was at. */
    @Bean
    OwnedRecords ownedSleepovers(Neo4jClient neo4j) {
        return OwnedRecords.byCypher(neo4j, "SLEEPOVER", "sleepover", true, """
                MATCH (n:Sleepover)-[:AT]->(h:Household) WHERE n.id IN $ids RETURN n.id AS id, h.council AS council
                """);
    }

    /** Social workers: no history of their own. */
    @Bean
    OwnedRecords ownedSocialWorkers(Neo4jClient neo4j) {
        return OwnedRecords.byCypher(neo4j, "SOCIAL_WORKER", "social worker", false, """
                MATCH (n:SocialWorker) WHERE n.id IN $ids RETURN n.id AS id, n.council AS council
                """);
    }
}
