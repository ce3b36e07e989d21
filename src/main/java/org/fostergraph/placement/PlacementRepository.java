package org.fostergraph.placement;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;

import org.fostergraph.neo4j.BatchResults;
import org.fostergraph.care.OpenPlacements;
import org.fostergraph.neo4j.RecordValues;

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

    private static final String PLACEMENT_PROJECTION = """
            MATCH (child:Child)-[:HAD]->(p)-[:WITH]->(h:Household)
            RETURN p {.*, childId: child.id, householdId: h.id} AS placement
            """;

    List<Placement> findByIds(Collection<String> ids) {
        return neo4j.query("MATCH (p:Placement) WHERE p.id IN $ids " + PLACEMENT_PROJECTION)
                .bind(List.copyOf(ids)).to("ids")
                .fetchAs(Placement.class).mappedBy((types, row) -> toPlacement(row.get("placement")))
                .all().stream().toList();
    }

    /** Takes the placement's write lock for the rest of the transaction. */
    Optional<Placement> lock(String id) {
        return neo4j.query("MATCH (p:Placement {id: $id}) SET p.version = coalesce(p.version, 0) + 1 WITH p " + PLACEMENT_PROJECTION)
                .bind(id).to("id")
                .fetchAs(Placement.class).mappedBy((types, row) -> toPlacement(row.get("placement")))
                .one();
    }

    /** The child's placements still open on {@code day} or starting after it, oldest first. */
    List<Placement> openOnOrAfter(String childId, LocalDate day) {
        return neo4j.query("""
                MATCH (child:Child {id: $childId})-[:HAD]->(p:Placement)-[:WITH]->(h:Household)
                WHERE p.end IS NULL OR p.end > $day
                RETURN p {.*, childId: child.id, householdId: h.id} AS placement ORDER BY p.start
                """)
                .bindAll(Map.of("childId", childId, "day", day))
                .fetchAs(Placement.class).mappedBy((types, row) -> toPlacement(row.get("placement")))
                .all().stream().toList();
    }

    void create(String id, PlacementCommands.StartPlacement start, String by, ZonedDateTime at) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        parameters.put("childId", start.childId());
        parameters.put("householdId", start.householdId());
        parameters.put("start", start.start());
        parameters.put("placeCode", start.placeCode());
        parameters.put("providerCode", start.providerCode());
        parameters.put("weeklyCost", start.weeklyCost());
        parameters.put("ageExemptionReason", start.ageExemptionReason());
        parameters.put("legalStatus", start.legalStatus());
        parameters.put("needCategory", start.needCategory());
        parameters.put("by", by);
        parameters.put("at", at);
        neo4j.query("""
                MATCH (child:Child {id: $childId}), (h:Household {id: $householdId})
                CREATE (child)-[:HAD]->(p:Placement {id: $id, start: $start, placeCode: $placeCode,
                        providerCode: $providerCode, weeklyCost: $weeklyCost, ageExemptionReason: $ageExemptionReason,
                        legalStatus: $legalStatus, needCategory: $needCategory, createdBy: $by, createdAt: $at})-[:WITH]->(h)
                SET %s
                WITH child, h
                OPTIONAL MATCH (h)<-[:ON]-(hold:Hold)-[:FOR]->(child)
                WHERE hold.expiresAt > $at AND hold.releasedAt IS NULL AND hold.usedAt IS NULL
                SET hold.usedAt = $at, hold.usedFor = $id
                // The child is placed: places held for them elsewhere go back to other children now, not when they expire.
                WITH DISTINCT child
                OPTIONAL MATCH (elsewhere:Hold)-[:FOR]->(child)
                WHERE elsewhere.expiresAt > $at AND elsewhere.releasedAt IS NULL AND elsewhere.usedAt IS NULL
                SET elsewhere.releasedAt = $at, elsewhere.releasedBy = $by, elsewhere.releasedFor = $id
                """.formatted(OpenPlacements.keys("p", "child", "p.end")))
                .bindAll(parameters)
                .run();
    }

    void end(String id, LocalDate end, String reasonCode, String by, ZonedDateTime at) {
        neo4j.query("""
                MATCH (child:Child)-[:HAD]->(p:Placement {id: $id})
                SET p.end = $end, p.endReason = $reasonCode, p.endedBy = $by, p.endedAt = $at, %s
                """.formatted(OpenPlacements.keys("p", "child", "$end")))
                .bindAll(Map.of("id", id, "end", end, "reasonCode", reasonCode, "by", by, "at", at))
                .run();
    }

    /** When the placement was recorded through the API; empty for one loaded from a return or the seed. */
    Optional<ZonedDateTime> recordedAt(String id) {
        return neo4j.query("MATCH (p:Placement {id: $id}) RETURN p.createdAt AS at").bind(id).to("id")
                .fetchAs(ZonedDateTime.class).mappedBy((types, row) -> row.get("at").isNull() ? null : row.get("at").asZonedDateTime())
                .one();
    }

    /**
     * The child's placement that a placement starting on {@code day} followed by a move: the one that ended that day
     * by a change made at or after {@code since}, the latest such.
     */
    Optional<Placement> endedForMove(String childId, LocalDate day, ZonedDateTime since) {
        return neo4j.query("""
                MATCH (child:Child {id: $childId})-[:HAD]->(p:Placement)-[:WITH]->(h:Household)
                WHERE p.end = $day AND p.endedAt >= $since
                RETURN p {.*, childId: child.id, householdId: h.id} AS placement ORDER BY p.endedAt DESC LIMIT 1
                """)
                .bindAll(Map.of("childId", childId, "day", day, "since", since))
                .fetchAs(Placement.class).mappedBy((types, row) -> toPlacement(row.get("placement")))
                .one();
    }

    /**
     * Takes a placement out of the child's history without losing it: it becomes a {@code VoidedPlacement} joined by
     * {@code HAD_VOIDED} and {@code WAS_WITH}, which no query of placements reads, with who voided it, when and why.
     * Holds it used, or released when it was made, and that have not expired are given back.
     */
    void voidPlacement(String id, String reason, String by, ZonedDateTime at) {
        neo4j.query("""
                MATCH (child:Child)-[had:HAD]->(p:Placement {id: $id})-[with:WITH]->(h:Household)
                CREATE (child)-[:HAD_VOIDED]->(p)-[:WAS_WITH]->(h)
                DELETE had, with
                REMOVE p:Placement
                SET p:VoidedPlacement, p.voidedAt = $at, p.voidedBy = $by, p.voidReason = $reason
                WITH p
                OPTIONAL MATCH (used:Hold {usedFor: $id}) WHERE used.expiresAt > $at
                SET used.usedAt = null, used.usedFor = null
                WITH DISTINCT p
                OPTIONAL MATCH (released:Hold {releasedFor: $id}) WHERE released.expiresAt > $at
                SET released.releasedAt = null, released.releasedBy = null, released.releasedFor = null
                """)
                .bindAll(Map.of("id", id, "reason", reason, "by", by, "at", at))
                .run();
    }

    /** Opens a placement again that a mistaken move ended: as it was before the move. */
    void reopen(String id, String by, ZonedDateTime at) {
        neo4j.query("""
                MATCH (child:Child)-[:HAD]->(p:Placement {id: $id})
                SET p.end = null, p.endReason = null, p.endedBy = null, p.endedAt = null, p.reopenedBy = $by,
                    p.reopenedAt = $at, %s
                """.formatted(OpenPlacements.keys("p", "child", "null")))
                .bindAll(Map.of("id", id, "by", by, "at", at))
                .run();
    }

    private static Placement toPlacement(Value p) {
        return new Placement(p.get("id").asString(), p.get("childId").asString(), p.get("householdId").asString(),
                p.get("start").asLocalDate(), RecordValues.date(p.get("end")), p.get("placeCode").asString(),
                RecordValues.string(p.get("providerCode")), RecordValues.pounds(p.get("weeklyCost")),
                RecordValues.string(p.get("endReason")), RecordValues.string(p.get("ageExemptionReason")));
    }
}
