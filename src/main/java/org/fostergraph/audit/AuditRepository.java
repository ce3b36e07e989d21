package org.fostergraph.audit;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.fostergraph.neo4j.RecordValues;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * The read audit in the graph: {@code AuditRecord} nodes, only ever created. The in-process database refuses any
 * change to one once written (a transaction listener); on a Neo4j server the application's database user is denied
 * SET and DELETE on them (docs/SECURITY.md).
 */
@Repository
class AuditRepository {

    private final Neo4jClient neo4j;

    AuditRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /**
     * One record per request and council: the children read, each beside the operation that read them. A request that
     * lists hundreds of children (a council's step-down plan) writes and commits one node, not one per child.
     */
    void append(String id, OffsetDateTime at, String by, List<Map<String, Object>> reads) {
        neo4j.query("""
                UNWIND $reads AS read
                OPTIONAL MATCH (c:Child {id: read.childId})
                WITH c.council AS council, collect(read) AS reads
                CREATE (:AuditRecord {id: $id + coalesce('-' + council, ''), at: $at, by: $by, council: council,
                        childIds: [read IN reads | read.childId], operations: [read IN reads | read.operation]})
                """).bindAll(Map.of("id", id, "at", at, "by", by, "reads", reads)).run();
    }

    /**
     * Each read, newest first. A record written before reads were kept one record per request holds one read in
     * {@code childId} and {@code operation}; it can never be rewritten, so it is read as a list of one. A read's id is
     * its record's, and its place in the record after a dot.
     */
    List<AuditRecord> find(Collection<String> councils, String childId, String by, OffsetDateTime from, OffsetDateTime to,
            int limit) {
        return neo4j.query("""
                MATCH (a:AuditRecord)
                WHERE a.council IN $councils
                  AND ($by IS NULL OR a.by = $by)
                  AND ($from IS NULL OR a.at >= $from)
                  AND ($to IS NULL OR a.at < $to)
                WITH a, coalesce(a.childIds, [a.childId]) AS childIds, coalesce(a.operations, [a.operation]) AS operations
                UNWIND range(0, size(childIds) - 1) AS place
                WITH a, place, childIds[place] AS childId, operations[place] AS operation
                WHERE $childId IS NULL OR childId = $childId
                RETURN CASE WHEN a.childIds IS NULL THEN a.id ELSE a.id + '.' + (place + 1) END AS id, a.at AS at,
                       a.by AS by, childId, operation, a.council AS council
                ORDER BY a.at DESC, a.id, place LIMIT $limit
                """)
                .bindAll(parameters(councils, childId, by, from, to, limit))
                .fetchAs(AuditRecord.class)
                .mappedBy((types, row) -> new AuditRecord(row.get("id").asString(), row.get("at").asOffsetDateTime(),
                        row.get("by").asString(), row.get("childId").asString(), row.get("operation").asString(),
                        RecordValues.string(row.get("council"))))
                .all().stream().toList();
    }

    private static Map<String, Object> parameters(Collection<String> councils, String childId, String by,
            OffsetDateTime from, OffsetDateTime to, int limit) {
        java.util.HashMap<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("councils", List.copyOf(councils));
        parameters.put("childId", childId);
        parameters.put("by", by);
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("limit", limit);
        return parameters;
    }
}
