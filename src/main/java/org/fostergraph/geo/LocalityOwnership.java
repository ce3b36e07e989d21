package org.fostergraph.geo;

import java.util.Collection;
import java.util.Map;

import org.fostergraph.security.OwnedRecords;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Which council each locality named by an {@code @owned(by: LOCALITY)} argument belongs to. */
@Component
class LocalityOwnership implements OwnedRecords {

    private final Neo4jClient neo4j;

    LocalityOwnership(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @Override
    public String kind() {
        return "LOCALITY";
    }

    @Override
    public String noun() {
        return "locality";
    }

    @Override
    public boolean historySubject() {
        return false;
    }

    @Override
    public Map<String, String> councilsOf(Collection<String> ids) {
        return OwnedRecords.councils(neo4j, """
                MATCH (n:Locality)-[:IN]->(a:LocalAuthority) WHERE n.id IN $ids RETURN n.id AS id, a.code AS council
                """, ids);
    }
}
