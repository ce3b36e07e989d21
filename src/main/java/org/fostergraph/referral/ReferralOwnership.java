package org.fostergraph.referral;

import org.fostergraph.security.OwnedRecords;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.Neo4jClient;

/** Whose each referral is, for the {@code @owned(by: REFERRAL)} arguments naming one. */
@Configuration(proxyBeanMethods = false)
class ReferralOwnership {

    /** Referrals: a history subject. */
    @Bean
    OwnedRecords ownedReferrals(Neo4jClient neo4j) {
        return OwnedRecords.byCypher(neo4j, "REFERRAL", "referral", true, """
                MATCH (n:Referral) WHERE n.id IN $ids RETURN n.id AS id, n.council AS council
                """);
    }
}
