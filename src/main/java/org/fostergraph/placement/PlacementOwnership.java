package org.fostergraph.placement;

import java.util.Collection;
import java.util.Map;

import org.fostergraph.security.OwnedRecords;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Which council each placement named by an {@code @owned(by: PLACEMENT)} argument belongs to. */
@Component
class PlacementOwnership implements OwnedRecords {

    private final Neo4jClient neo4j;

    PlacementOwnership(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @Override
    public String kind() {
        return "PLACEMENT";
    }

    @Override
    public String noun() {
        return "placement";
    }

    @Override
    public boolean historySubject() {
        return true;
    }

    @Override
    public Map<String, String> councilsOf(Collection<String> ids) {
        return OwnedRecords.councils(neo4j, """
                MATCH (c:Child)-[:HAD]->(n:Placement) WHERE n.id IN $ids RETURN n.id AS id, c.council AS council
                """, ids);
    }
}
