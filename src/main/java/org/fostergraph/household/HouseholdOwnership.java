package org.fostergraph.household;

import java.util.Collection;
import java.util.Map;

import org.fostergraph.security.OwnedRecords;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Which council each household named by an {@code @owned(by: HOUSEHOLD)} argument belongs to. */
@Component
class HouseholdOwnership implements OwnedRecords {

    private final Neo4jClient neo4j;

    HouseholdOwnership(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @Override
    public String kind() {
        return "HOUSEHOLD";
    }

    @Override
    public String noun() {
        return "household";
    }

    @Override
    public boolean historySubject() {
        return true;
    }

    @Override
    public Map<String, String> councilsOf(Collection<String> ids) {
        return OwnedRecords.councils(neo4j, """
                MATCH (n:Household) WHERE n.id IN $ids RETURN n.id AS id, n.council AS council
                """, ids);
    }
}
