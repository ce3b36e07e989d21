package org.fostergraph.history;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.fostergraph.neo4j.RecordValues;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class ChangeRepository {

    private final Neo4jClient neo4j;

    ChangeRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** A change made earlier with the caller's client key: its operation, result and input (a digest per field). */
    record Previous(String operation, String resultId, Map<String, String> request) {
    }

    /**
     * Claims the caller's client key for this transaction, or answers the change that already holds it. The claim is a
     * {@code MERGE} on the key's unique constraint, which locks the key: a second request with it waits here until the
     * first commits (and then finds its change) or rolls back (and then claims the key itself).
     */
    Optional<Previous> claimClientKey(String scope, String clientKey) {
        return neo4j.query("""
                MERGE (c:Change {clientScope: $scope, clientKey: $key})
                ON CREATE SET c.claimed = true
                RETURN c.claimed AS claimed, c.operation AS operation, c.resultId AS resultId,
                       c.requestFields AS fields, c.requestDigests AS digests
                """)
                .bindAll(Map.of("scope", scope, "key", clientKey))
                .fetchAs(Claim.class)
                .mappedBy((types, row) -> {
                    if (!row.get("claimed").isNull()) {
                        return new Claim(null);
                    }
                    Map<String, String> request = new HashMap<>();
                    List<String> fields = row.get("fields").isNull() ? List.of() : row.get("fields").asList(Value::asString);
                    List<String> digests = row.get("digests").isNull() ? List.of() : row.get("digests").asList(Value::asString);
                    for (int i = 0; i < fields.size(); i++) {
                        request.put(fields.get(i), digests.get(i));
                    }
                    return new Claim(new Previous(row.get("operation").asString(), RecordValues.string(row.get("resultId")), request));
                })
                .one().map(Claim::previous);
    }

    /** What claiming a key found: the earlier change, or none (the key is now this transaction's). */
    private record Claim(Previous previous) {
    }

    void record(String id, String operation, String clientScope, String clientKey, Map<String, String> request,
            Recorded recorded, String by, ZonedDateTime at) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        parameters.put("operation", operation);
        parameters.put("clientScope", clientScope);
        parameters.put("clientKey", clientKey);
        parameters.put("requestFields", List.copyOf(request.keySet()));
        parameters.put("requestDigests", List.copyOf(request.values()));
        parameters.put("resultId", recorded.resultId());
        parameters.put("summary", recorded.summary());
        parameters.put("by", by);
        parameters.put("at", at);
        for (Recorded.Subject subject : Recorded.Subject.values()) {
            parameters.put(subject.name(), recorded.subjects().getOrDefault(subject, List.of()));
        }
        // With a key, the change is the node its claim made; without one, a new node.
        String change = clientKey == null ? "CREATE (c:Change)"
                : "MATCH (c:Change {clientScope: $clientScope, clientKey: $clientKey}) REMOVE c.claimed";
        neo4j.query(change + """

                SET c.id = $id, c.operation = $operation, c.resultId = $resultId, c.summary = $summary, c.by = $by, c.at = $at,
                    c.requestFields = $requestFields, c.requestDigests = $requestDigests
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

    /** The changes about the record, newest first, leaving out those that touched a kind of record not readable in full. */
    List<Change> about(String subjectId, Set<String> readableTypes, int limit) {
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
                // A placement undone on the day it was recorded is kept as a VoidedPlacement: still a placement here.
                WHERE NOT EXISTS { MATCH (c)-[:ABOUT]->(x)
                                   WHERE none(l IN [k IN labels(x) | CASE k WHEN 'VoidedPlacement' THEN 'Placement' ELSE k END]
                                              WHERE l IN $types AND l IN $readable) }
                RETURN c {.*, subjects: COLLECT { MATCH (c)-[:ABOUT]->(x)
                                                  RETURN [[l IN [k IN labels(x) | CASE k WHEN 'VoidedPlacement' THEN 'Placement' ELSE k END]
                                                           WHERE l IN $types][0], x.id] AS subject ORDER BY x.id }} AS change
                ORDER BY c.at DESC, c.id DESC
                LIMIT $limit
                """)
                .bindAll(Map.of("id", subjectId, "limit", limit,
                        "types", Arrays.stream(Recorded.Subject.values()).map(Enum::name).toList(),
                        "readable", List.copyOf(readableTypes)))
                .fetchAs(Change.class).mappedBy((types, row) -> toChange(row.get("change")))
                .all().stream().toList();
    }

    private static Change toChange(Value c) {
        List<String> ids = new ArrayList<>();
        Map<String, List<String>> byType = new TreeMap<>();
        for (Value subject : c.get("subjects").values()) {
            String id = subject.get(1).asString();
            ids.add(id);
            byType.computeIfAbsent(subject.get(0).asString(), type -> new ArrayList<>()).add(id);
        }
        return new Change(c.get("id").asString(), c.get("operation").asString(),
                c.get("at").asZonedDateTime().toOffsetDateTime(), c.get("by").asString(), c.get("summary").asString(),
                c.get("resultId").isNull() ? null : c.get("resultId").asString(), List.copyOf(ids), byType);
    }
}
