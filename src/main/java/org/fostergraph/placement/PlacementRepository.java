package org.fostergraph.placement;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;

import org.fostergraph.support.BatchResults;
import org.fostergraph.support.RecordValues;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class PlacementRepository {

    private final Neo4jClient neo4j;

    PlacementRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** Every placement of each child, oldest first. */
    Map<String, List<Placement>> historyOf(Collection<String> childIds) {
        var rows = neo4j.query("""
                MATCH (child:Child)-[:HAD]->(p:Placement)-[:WITH]->(h:Household)
                WHERE child.id IN $ids
                RETURN p {.*, childId: child.id, householdId: h.id} AS placement
                ORDER BY p.start, p.id
                """)
                .bind(List.copyOf(childIds)).to("ids")
                .fetchAs(Placement.class).mappedBy((types, row) -> toPlacement(row.get("placement")))
                .all();
        return BatchResults.group(rows, Placement::childId, placement -> placement);
    }

    private static Placement toPlacement(Value p) {
        return new Placement(p.get("id").asString(), p.get("childId").asString(), p.get("householdId").asString(),
                p.get("start").asLocalDate(), RecordValues.date(p.get("end")), p.get("placeCode").asString(),
                p.get("providerCode").asString(), RecordValues.pounds(p.get("weeklyCost")),
                RecordValues.string(p.get("endReason")));
    }
}
