package org.fostergraph.constellation;

import java.util.Collection;
import java.util.Map;

import org.fostergraph.security.OwnedRecords;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Which council each constellation named by an {@code @owned(by: CONSTELLATION)} argument belongs to. */
@Component
class ConstellationOwnership implements OwnedRecords {

    private final Neo4jClient neo4j;

    ConstellationOwnership(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @Override
    public String kind() {
        return "CONSTELLATION";
    }

    @Override
    public String noun() {
        return "constellation";
    }

    @Override
    public boolean historySubject() {
        return true;
    }

    @Override
    public Map<String, String> councilsOf(Collection<String> ids) {
        return OwnedRecords.councils(neo4j, """
                MATCH (n:Constellation) WHERE n.id IN $ids RETURN n.id AS id, n.council AS council
                """, ids);
    }
}
