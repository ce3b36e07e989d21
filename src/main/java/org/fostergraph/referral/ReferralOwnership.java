package org.fostergraph.referral;

import java.util.Collection;
import java.util.Map;

import org.fostergraph.security.OwnedRecords;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Which council each referral named by an {@code @owned(by: REFERRAL)} argument belongs to. */
@Component
class ReferralOwnership implements OwnedRecords {

    private final Neo4jClient neo4j;

    ReferralOwnership(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @Override
    public String kind() {
        return "REFERRAL";
    }

    @Override
    public String noun() {
        return "referral";
    }

    @Override
    public boolean historySubject() {
        return true;
    }

    @Override
    public Map<String, String> councilsOf(Collection<String> ids) {
        return OwnedRecords.councils(neo4j, """
                MATCH (n:Referral) WHERE n.id IN $ids RETURN n.id AS id, n.council AS council
                """, ids);
    }
}
