package org.fostergraph.constellation;

import java.util.Collection;
import java.util.Map;

import org.fostergraph.security.OwnedRecords;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Which council each social worker named by an {@code @owned(by: SOCIAL_WORKER)} argument belongs to. */
@Component
class SocialWorkerOwnership implements OwnedRecords {

    private final Neo4jClient neo4j;

    SocialWorkerOwnership(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @Override
    public String kind() {
        return "SOCIAL_WORKER";
    }

    @Override
    public String noun() {
        return "social worker";
    }

    @Override
    public boolean historySubject() {
        return false;
    }

    @Override
    public Map<String, String> councilsOf(Collection<String> ids) {
        return OwnedRecords.councils(neo4j, """
                MATCH (n:SocialWorker) WHERE n.id IN $ids RETURN n.id AS id, n.council AS council
                """, ids);
    }
}
