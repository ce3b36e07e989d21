package org.fostergraph.constellation;

import java.util.Collection;
import java.util.Map;

import org.fostergraph.security.OwnedRecords;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Which council each sleepover named by an {@code @owned(by: SLEEPOVER)} argument belongs to. */
@Component
class SleepoverOwnership implements OwnedRecords {

    private final Neo4jClient neo4j;

    SleepoverOwnership(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @Override
    public String kind() {
        return "SLEEPOVER";
    }

    @Override
    public String noun() {
        return "sleepover";
    }

    @Override
    public boolean historySubject() {
        return true;
    }

    @Override
    public Map<String, String> councilsOf(Collection<String> ids) {
        return OwnedRecords.councils(neo4j, """
                MATCH (n:Sleepover)-[:AT]->(h:Household) WHERE n.id IN $ids RETURN n.id AS id, h.council AS council
                """, ids);
    }
}
