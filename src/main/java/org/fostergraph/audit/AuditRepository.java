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

    void append(List<Map<String, Object>> records) {
        neo4j.query("""
                UNWIND $records AS record
                OPTIONAL MATCH (c:Child {id: record.childId})
                CREATE (:AuditRecord {id: record.id, at: record.at, by: record.by, childId: record.childId,
                        operation: record.operation, council: c.council})
                """).bind(records).to("records").run();
    }

    List<AuditRecord> find(Collection<String> councils, String childId, String by, OffsetDateTime from, OffsetDateTime to,
            int limit) {
        return neo4j.query("""
                MATCH (a:AuditRecord)
                WHERE a.council IN $councils
                  AND ($childId IS NULL OR a.childId = $childId)
                  AND ($by IS NULL OR a.by = $by)
                  AND ($from IS NULL OR a.at >= $from)
                  AND ($to IS NULL OR a.at < $to)
                RETURN a ORDER BY a.at DESC, a.id LIMIT $limit
                """)
                .bindAll(parameters(councils, childId, by, from, to, limit))
                .fetchAs(AuditRecord.class)
                .mappedBy((types, row) -> {
                    var a = row.get("a");
                    return new AuditRecord(a.get("id").asString(), a.get("at").asOffsetDateTime(), a.get("by").asString(),
                            a.get("childId").asString(), a.get("operation").asString(), RecordValues.string(a.get("council")));
                })
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
