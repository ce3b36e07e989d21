package org.fostergraph.child;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;

import org.fostergraph.support.BatchResults;
import org.fostergraph.support.RecordValues;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class ChildRepository {

    private static final String CHILD_PROJECTION = """
            OPTIONAL MATCH (child)-[:HOME_IN]->(home:Locality)
            RETURN key, child {.id, .dateOfBirth, .sex, .needs, .homePostcodeSector, homeLocalityId: home.id} AS child
            ORDER BY child.dateOfBirth, child.id
            """;

    private record Keyed(String key, Child child) {
    }

    private final Neo4jClient neo4j;

    ChildRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    List<Child> findByIds(Collection<String> ids) {
        return fetch("MATCH (child:Child) WHERE child.id IN $ids WITH child, child.id AS key", Map.of("ids", List.copyOf(ids)))
                .stream().map(Keyed::child).toList();
    }

    /** Takes the child's write lock for the rest of the transaction: one change to a child's placements at a time. */
    Optional<Child> lock(String id) {
        return fetch("MATCH (child:Child {id: $id}) SET child.version = coalesce(child.version, 0) + 1 WITH child, child.id AS key",
                Map.of("id", id)).stream().map(Keyed::child).findFirst();
    }

    /** Children living in each household today (an open placement there), eldest first. */
    Map<String, List<Child>> placedIn(Collection<String> householdIds, LocalDate today) {
        var rows = fetch("""
                MATCH (child:Child)-[:HAD]->(p:Placement)-[:WITH]->(h:Household)
                WHERE h.id IN $ids AND p.start <= $today AND (p.end IS NULL OR p.end > $today)
                WITH DISTINCT child, h.id AS key
                """, Map.of("ids", List.copyOf(householdIds), "today", today));
        return BatchResults.group(rows, Keyed::key, Keyed::child);
    }

    Map<String, List<Child>> siblingsOf(Collection<String> childIds) {
        var rows = fetch("""
                MATCH (of:Child)-[:SIBLING_OF]-(child:Child) WHERE of.id IN $ids
                WITH DISTINCT child, of.id AS key
                """, Map.of("ids", List.copyOf(childIds)));
        return BatchResults.group(rows, Keyed::key, Keyed::child);
    }

    private List<Keyed> fetch(String match, Map<String, Object> parameters) {
        return neo4j.query(match + "\n" + CHILD_PROJECTION)
                .bindAll(parameters)
                .fetchAs(Keyed.class)
                .mappedBy((types, row) -> new Keyed(row.get("key").asString(), toChild(row.get("child"))))
                .all().stream().toList();
    }

    private static Child toChild(Value c) {
        return new Child(c.get("id").asString(), c.get("dateOfBirth").asLocalDate(), Sex.valueOf(c.get("sex").asString()),
                RecordValues.strings(c.get("needs")), RecordValues.string(c.get("homeLocalityId")),
                RecordValues.string(c.get("homePostcodeSector")));
    }
}
