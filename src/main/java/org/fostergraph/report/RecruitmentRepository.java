package org.fostergraph.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.fostergraph.security.Scope;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class RecruitmentRepository {

    /** One step of a household's recorded lifecycle, with the step before it. */
    record Step(String provision, String status, String previousStatus, LocalDate date) {
    }

    private final Neo4jClient neo4j;

    RecruitmentRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    List<Step> steps(Scope scope, LocalDate from, LocalDate to) {
        return neo4j.query("""
                MATCH (h:Household)-[:CHANGED_STATUS]->(s:StatusChange)
                WHERE h.council IN $councils AND h.provision IN ['IN_HOUSE_FOSTERING', 'CONNECTED_PERSON'] AND s.date >= $from AND s.date <= $to
                RETURN h.provision AS provision, s.status AS status, s.date AS date,
                       COLLECT { MATCH (h)-[:CHANGED_STATUS]->(before:StatusChange)
                                 WHERE before.date < s.date OR (before.date = s.date AND before.id < s.id)
                                 RETURN before.status ORDER BY before.date DESC, before.id DESC LIMIT 1 } AS previous
                """)
                .bindAll(Map.of("from", from, "to", to, "councils", scope.councils()))
                .fetchAs(Step.class)
                .mappedBy((types, row) -> new Step(row.get("provision").asString(), row.get("status").asString(),
                        row.get("previous").isEmpty() ? null : row.get("previous").get(0).asString(),
                        row.get("date").asLocalDate()))
                .all().stream().toList();
    }
}
