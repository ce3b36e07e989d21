package org.fostergraph.placement;

import java.util.Collection;
import java.util.Map;

import org.fostergraph.security.OwnedRecords;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Which council each hold named by an {@code @owned(by: HOLD)} argument belongs to. */
@Component
class HoldOwnership implements OwnedRecords {

    private final Neo4jClient neo4j;

    HoldOwnership(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @Override
    public String kind() {
        return "HOLD";
    }

    @Override
    public String noun() {
        return "hold";
    }

    @Override
    public boolean historySubject() {
        return true;
    }

    @Override
    public Map<String, String> councilsOf(Collection<String> ids) {
        return OwnedRecords.councils(neo4j, """
                MATCH (n:Hold)-[:FOR]->(c:Child) WHERE n.id IN $ids RETURN n.id AS id, c.council AS council
                """, ids);
    }
}
