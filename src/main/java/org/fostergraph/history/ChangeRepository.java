package org.fostergraph.history;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class ChangeRepository {

    private final Neo4jClient neo4j;

    ChangeRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    record Previous(String operation, String resultId) {
    }

    Optional<Previous> findByClientKey(String clientKey) {
        return neo4j.query("MATCH (c:Change {clientKey: $key}) RETURN c.operation AS operation, c.resultId AS resultId")
                .bind(clientKey).to("key")
                .fetchAs(Previous.class)
                .mappedBy((types, row) -> new Previous(row.get("operation").asString(), row.get("resultId").asString()))
                .one();
    }

    void record(String id, String operation, String clientKey, Recorded recorded, String by, ZonedDateTime at) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        parameters.put("operation", operation);
        parameters.put("clientKey", clientKey);
        parameters.put("resultId", recorded.resultId());
        parameters.put("summary", recorded.summary());
        parameters.put("by", by);
        parameters.put("at", at);
        for (Recorded.Subject subject : Recorded.Subject.values()) {
            parameters.put(subject.name(), recorded.subjects().getOrDefault(subject, List.of()));
        }
        neo4j.query("""
                CREATE (c:Change {id: $id, operation: $operation, clientKey: $clientKey, resultId: $resultId,
                                  summary: $summary, by: $by, at: $at})
                WITH c
                CALL (c) { UNWIND $Household AS id MATCH (s:Household {id: id}) CREATE (c)-[:ABOUT]->(s) }
                CALL (c) { UNWIND $Child AS id MATCH (s:Child {id: id}) CREATE (c)-[:ABOUT]->(s) }
                CALL (c) { UNWIND $Placement AS id MATCH (s:Placement {id: id}) CREATE (c)-[:ABOUT]->(s) }
                CALL (c) { UNWIND $Constellation AS id MATCH (s:Constellation {id: id}) CREATE (c)-[:ABOUT]->(s) }
                CALL (c) { UNWIND $Hold AS id MATCH (s:Hold {id: id}) CREATE (c)-[:ABOUT]->(s) }
                CALL (c) { UNWIND $Sleepover AS id MATCH (s:Sleepover {id: id}) CREATE (c)-[:ABOUT]->(s) }
                CALL (c) { UNWIND $Referral AS id MATCH (s:Referral {id: id}) CREATE (c)-[:ABOUT]->(s) }
                """)
                .bindAll(parameters)
                .run();
    }

    List<Change> about(String subjectId, int limit) {
        return neo4j.query("""
                CALL () {
                    MATCH (s:Household {id: $id}) RETURN s
                    UNION MATCH (s:Child {id: $id}) RETURN s
                    UNION MATCH (s:Placement {id: $id}) RETURN s
                    UNION MATCH (s:Constellation {id: $id}) RETURN s
                    UNION MATCH (s:Hold {id: $id}) RETURN s
                    UNION MATCH (s:Sleepover {id: $id}) RETURN s
                    UNION MATCH (s:Referral {id: $id}) RETURN s
                }
                MATCH (c:Change)-[:ABOUT]->(s)
                WITH DISTINCT c
                RETURN c {.*, subjectIds: COLLECT { MATCH (c)-[:ABOUT]->(x) RETURN x.id ORDER BY x.id }} AS change
                ORDER BY c.at DESC, c.id DESC
                LIMIT $limit
                """)
                .bindAll(Map.of("id", subjectId, "limit", limit))
                .fetchAs(Change.class).mappedBy((types, row) -> toChange(row.get("change")))
                .all().stream().toList();
    }

    private static Change toChange(Value c) {
        return new Change(c.get("id").asString(), c.get("operation").asString(),
                c.get("at").asZonedDateTime().toOffsetDateTime(), c.get("by").asString(), c.get("summary").asString(),
                c.get("resultId").isNull() ? null : c.get("resultId").asString(),
                c.get("subjectIds").asList(Value::asString));
    }
}
