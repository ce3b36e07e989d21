package org.fostergraph.provider;

import org.fostergraph.security.OwnedRecords;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Whose each record of referrals to providers is: a sending, a provider's home and its published vacancies are the provider's (named by its
 * staff), an offer is the referring council's (named by its officers).
 */
@Configuration(proxyBeanMethods = false)
class ProviderOwnership {

    @Bean
    OwnedRecords ownedProviderReferrals(Neo4jClient neo4j) {
        return OwnedRecords.ofProviders(neo4j, "PROVIDER_REFERRAL", "referral", """
                MATCH (n:ProviderReferral) WHERE n.id IN $ids RETURN n.id AS id, n.provider AS council
                """);
    }

    @Bean
    OwnedRecords ownedProviderHomes(Neo4jClient neo4j) {
        return OwnedRecords.ofProviders(neo4j, "PROVIDER_HOME", "home", """
                MATCH (n:Household)-[:RUN_BY]->(p:Provider) WHERE n.id IN $ids RETURN n.id AS id, p.id AS council
                """);
    }

    @Bean
    OwnedRecords ownedVacancies(Neo4jClient neo4j) {
        return OwnedRecords.ofProviders(neo4j, "VACANCY", "vacancy", """
                MATCH (n:Vacancy) WHERE n.id IN $ids RETURN n.id AS id, n.provider AS council
                """);
    }

    @Bean
    OwnedRecords ownedOffers(Neo4jClient neo4j) {
        return OwnedRecords.byCypher(neo4j, "OFFER", "offer", false, """
                MATCH (n:Offer) WHERE n.id IN $ids RETURN n.id AS id, n.council AS council
                """);
    }
}
