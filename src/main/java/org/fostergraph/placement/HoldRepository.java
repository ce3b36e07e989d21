package org.fostergraph.placement;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class HoldRepository {

    private static final String HOLD_PROJECTION = """
            MATCH (h:Household)<-[:ON]-(hold)-[:FOR]->(child:Child)
            RETURN hold {.*, householdId: h.id, childId: child.id} AS hold
            """;

    private final Neo4jClient neo4j;

    HoldRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    List<Hold> findByIds(Collection<String> ids) {
        return neo4j.query("MATCH (hold:Hold) WHERE hold.id IN $ids WITH hold " + HOLD_PROJECTION)
                .bind(List.copyOf(ids)).to("ids")
                .fetchAs(Hold.class).mappedBy((types, row) -> toHold(row.get("hold")))
                .all().stream().toList();
    }

    /**
     * One page of the councils' holds in expiry order (then by id), after the hold at {@code afterExpires}/{@code afterId};
     * {@code active} null for all, {@code by} null for everyone's. Scoped by the child's council, as ownership is.
     */
    List<Hold> page(List<String> councils, Boolean active, String by, ZonedDateTime now, ZonedDateTime afterExpires,
            String afterId, int limit) {
        Map<String, Object> parameters = filter(councils, active, by, now);
        parameters.put("afterExpires", afterExpires);
        parameters.put("afterId", afterId);
        parameters.put("limit", limit);
        return neo4j.query(FILTERED + """
                  AND ($afterExpires IS NULL OR hold.expiresAt > $afterExpires
                       OR (hold.expiresAt = $afterExpires AND hold.id > $afterId))
                WITH hold ORDER BY hold.expiresAt, hold.id LIMIT $limit
                """ + HOLD_PROJECTION)
                .bindAll(parameters)
                .fetchAs(Hold.class).mappedBy((types, row) -> toHold(row.get("hold")))
                .all().stream().toList();
    }

    long count(List<String> councils, Boolean active, String by, ZonedDateTime now) {
        return neo4j.query(FILTERED + " RETURN count(hold) AS holds")
                .bindAll(filter(councils, active, by, now))
                .fetchAs(Long.class).mappedBy((types, row) -> row.get("holds").asLong()).one().orElse(0L);
    }

    private static final String FILTERED = """
            MATCH (hold:Hold)-[:FOR]->(child:Child) WHERE child.council IN $councils
              AND ($active IS NULL OR $active = (hold.releasedAt IS NULL AND hold.usedAt IS NULL AND hold.expiresAt > $now))
              AND ($by IS NULL OR hold.createdBy = $by)
            """;

    private static Map<String, Object> filter(List<String> councils, Boolean active, String by, ZonedDateTime now) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("councils", councils);
        parameters.put("active", active);
        parameters.put("by", by);
        parameters.put("now", now);
        return parameters;
    }

    Optional<Hold> lock(String id) {
        return neo4j.query("MATCH (hold:Hold {id: $id}) SET hold.version = coalesce(hold.version, 0) + 1 WITH hold "
                + HOLD_PROJECTION)
                .bind(id).to("id")
                .fetchAs(Hold.class).mappedBy((types, row) -> toHold(row.get("hold")))
                .one();
    }

    boolean hasActiveHold(String childId, String householdId, ZonedDateTime now) {
        return neo4j.query("""
                RETURN EXISTS { (:Household {id: $householdId})<-[:ON]-(hold:Hold)-[:FOR]->(:Child {id: $childId})
                                WHERE hold.expiresAt > $now AND hold.releasedAt IS NULL AND hold.usedAt IS NULL } AS held
                """)
                .bindAll(Map.of("childId", childId, "householdId", householdId, "now", now))
                .fetchAs(Boolean.class).mappedBy((types, row) -> row.get("held").asBoolean())
                .one().orElse(false);
    }

    void create(String id, PlacementCommands.HoldVacancy hold, ZonedDateTime expiresAt, String by, ZonedDateTime at) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        parameters.put("householdId", hold.householdId());
        parameters.put("childId", hold.childId());
        parameters.put("reason", hold.reason());
        parameters.put("expiresAt", expiresAt);
        parameters.put("by", by);
        parameters.put("at", at);
        neo4j.query("""
                MATCH (h:Household {id: $householdId}), (child:Child {id: $childId})
                CREATE (h)<-[:ON]-(:Hold {id: $id, reason: $reason, createdAt: $at, createdBy: $by,
                                          expiresAt: $expiresAt})-[:FOR]->(child)
                """)
                .bindAll(parameters)
                .run();
    }

    void release(String id, String by, ZonedDateTime at) {
        neo4j.query("MATCH (hold:Hold {id: $id}) SET hold.releasedAt = $at, hold.releasedBy = $by")
                .bindAll(Map.of("id", id, "by", by, "at", at))
                .run();
    }

    private static Hold toHold(Value hold) {
        return new Hold(hold.get("id").asString(), hold.get("householdId").asString(), hold.get("childId").asString(),
                hold.get("reason").isNull() ? null : hold.get("reason").asString(),
                hold.get("createdBy").isNull() ? null : hold.get("createdBy").asString(), time(hold.get("createdAt")),
                time(hold.get("expiresAt")), time(hold.get("releasedAt")), time(hold.get("usedAt")));
    }

    private static OffsetDateTime time(Value value) {
        return value.isNull() ? null : value.asZonedDateTime().toOffsetDateTime();
    }
}
