package org.fostergraph.child;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;

import org.fostergraph.care.Sex;
import org.fostergraph.security.Scope;
import org.fostergraph.geo.GeoPoint;
import org.fostergraph.care.OpenPlacements;
import org.fostergraph.care.PlaceProvider;
import org.fostergraph.neo4j.BatchResults;
import org.fostergraph.neo4j.RecordValues;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class ChildRepository {

    /** Each child bound as {@code child} (with the {@code key} the read answers it by), whole; the caller orders. */
    private static final String CHILD_RECORD = """
            OPTIONAL MATCH (child)-[:HOME_IN]->(home:Locality)
            RETURN key, child {.id, .council, .dateOfBirth, .sex, .needs, .homePostcodeSector, .homeLocation, .schoolName, .schoolLocation,
                           homeLocalityId: home.id} AS child
            """;

    private static final String CHILD_PROJECTION = CHILD_RECORD + "ORDER BY child.dateOfBirth, child.id\n";

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

    /**
     * One page of the caller's councils' children, whole and in order of id; one more than the page when there is a next.
     * One statement: the page's ids and then their records were two.
     */
    List<Child> page(Scope scope, ChildFilter filter, String afterId, int limit, LocalDate today) {
        Map<String, Object> parameters = filterParameters(scope, filter, today);
        parameters.put("afterId", afterId);
        parameters.put("limit", limit);
        return neo4j.query(MATCH_FILTERED + """
                  AND ($afterId IS NULL OR child.id > $afterId)
                WITH child ORDER BY child.id LIMIT $limit
                WITH child, child.id AS key
                """ + CHILD_RECORD + "ORDER BY child.id\n")
                .bindAll(parameters)
                .fetchAs(Child.class).mappedBy((types, row) -> toChild(row.get("child")))
                .all().stream().toList();
    }

    long count(Scope scope, ChildFilter filter, LocalDate today) {
        return neo4j.query(MATCH_FILTERED + "RETURN count(child) AS total")
                .bindAll(filterParameters(scope, filter, today))
                .fetchAs(Long.class).mappedBy((types, row) -> row.get("total").asLong())
                .one().orElse(0L);
    }

    private static final String MATCH_FILTERED = OpenPlacements.expand("""
            MATCH (child:Child) WHERE child.council IN $councils
              AND ($localityId IS NULL OR EXISTS { (child)-[:HOME_IN]->(:Locality {id: $localityId}) })
              AND ($inCare IS NULL OR $inCare = EXISTS {
                    (child)-[:HAD]->(p:Placement) WHERE PLACEMENT_OPEN_ON(p, $today) })
              AND ($internal IS NULL OR EXISTS {
                    (child)-[:HAD]->(p:Placement) WHERE PLACEMENT_OPEN_ON(p, $today)
                      AND coalesce(p.providerCode IN $internalCodes, false) = $internal })
            """);

    private static Map<String, Object> filterParameters(Scope scope, ChildFilter filter, LocalDate today) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("councils", scope.councils());
        parameters.put("localityId", filter.localityId());
        parameters.put("inCare", filter.inCare());
        parameters.put("internal", filter.internal());
        parameters.put("internalCodes", PlaceProvider.internalCodes());
        parameters.put("today", today);
        return parameters;
    }

    /** Takes the child's write lock for the rest of the transaction: one change to a child's placements at a time. */
    Optional<Child> lock(String id) {
        return fetch("MATCH (child:Child {id: $id}) SET child.version = coalesce(child.version, 0) + 1 WITH child, child.id AS key",
                Map.of("id", id)).stream().map(Keyed::child).findFirst();
    }

    boolean localityExists(String id) {
        return neo4j.query("MATCH (l:Locality {id: $id}) RETURN count(l) > 0 AS found").bind(id).to("id")
                .fetchAs(Boolean.class).mappedBy((types, row) -> row.get("found").asBoolean()).one().orElse(false);
    }

    void register(String id, ChildCommands.RegisterChild command, String by, String council, ZonedDateTime at) {
        Map<String, Object> parameters = locationParameters(command.locations());
        parameters.put("id", id);
        parameters.put("dateOfBirth", command.dateOfBirth());
        parameters.put("sex", command.sex().name());
        parameters.put("needs", ChildCommands.needNames(command.needs()));
        parameters.put("council", council);
        parameters.put("by", by);
        parameters.put("at", at);
        neo4j.query("""
                CREATE (child:Child {id: $id, council: $council, dateOfBirth: $dateOfBirth, sex: $sex, needs: $needs, createdBy: $by, createdAt: $at})
                WITH child
                """ + SET_LOCATIONS)
                .bindAll(parameters)
                .run();
    }

    void setLocations(String id, ChildCommands.Locations locations, String by, ZonedDateTime at) {
        Map<String, Object> parameters = locationParameters(locations);
        parameters.put("id", id);
        parameters.put("by", by);
        parameters.put("at", at);
        neo4j.query("MATCH (child:Child {id: $id}) SET child.updatedBy = $by, child.updatedAt = $at WITH child " + SET_LOCATIONS)
                .bindAll(parameters)
                .run();
    }

    void setNeeds(String id, List<String> needs, String by, ZonedDateTime at) {
        neo4j.query("MATCH (child:Child {id: $id}) SET child.needs = $needs, child.updatedBy = $by, child.updatedAt = $at")
                .bindAll(Map.of("id", id, "needs", needs, "by", by, "at", at))
                .run();
    }

    /** Links two children as siblings, once: linking them again changes nothing. */
    boolean linkSiblings(String childId, String siblingId, String by, ZonedDateTime at) {
        return neo4j.query("""
                MATCH (a:Child {id: $childId}), (b:Child {id: $siblingId})
                OPTIONAL MATCH (a)-[existing:SIBLING_OF]-(b)
                FOREACH (x IN CASE WHEN existing IS NULL THEN [1] ELSE [] END |
                    CREATE (a)-[:SIBLING_OF {linkedBy: $by, linkedAt: $at}]->(b))
                RETURN existing IS NULL AS linked
                """)
                .bindAll(Map.of("childId", childId, "siblingId", siblingId, "by", by, "at", at))
                .fetchAs(Boolean.class).mappedBy((types, row) -> row.get("linked").asBoolean())
                .one().orElse(false);
    }

    /** Sets the home and school the locations name; the home locality link moves with them. */
    private static final String SET_LOCATIONS = """
            SET child.homePostcodeSector = $homePostcodeSector,
                child.homeLocation = CASE WHEN $homeLocation IS NULL THEN null ELSE point($homeLocation) END,
                child.schoolName = $schoolName,
                child.schoolLocation = CASE WHEN $schoolLocation IS NULL THEN null ELSE point($schoolLocation) END
            WITH child
            OPTIONAL MATCH (child)-[old:HOME_IN]->(:Locality)
            DELETE old
            WITH child
            OPTIONAL MATCH (home:Locality {id: $homeLocalityId})
            FOREACH (locality IN CASE WHEN home IS NULL THEN [] ELSE [home] END | CREATE (child)-[:HOME_IN]->(locality))
            """;

    private static Map<String, Object> locationParameters(ChildCommands.Locations locations) {
        Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("homeLocalityId", locations.homeLocalityId());
        parameters.put("homePostcodeSector", locations.homePostcodeSector());
        parameters.put("homeLocation", locations.homeLocation() == null ? null : locations.homeLocation().asCypherPoint());
        parameters.put("schoolName", locations.schoolName());
        parameters.put("schoolLocation", locations.schoolLocation() == null ? null : locations.schoolLocation().asCypherPoint());
        return parameters;
    }

    /** Children living in each household today (an open placement there), eldest first. */
    Map<String, List<Child>> placedIn(Collection<String> householdIds, LocalDate today) {
        var rows = fetch(OpenPlacements.expand("""
                MATCH (child:Child)-[:HAD]->(p:Placement)-[:WITH]->(h:Household)
                WHERE h.id IN $ids AND PLACEMENT_OPEN_ON(p, $today)
                WITH DISTINCT child, h.id AS key
                """), Map.of("ids", List.copyOf(householdIds), "today", today));
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
                RecordValues.string(c.get("homePostcodeSector")), GeoPoint.of(c.get("homeLocation")),
                RecordValues.string(c.get("schoolName")), GeoPoint.of(c.get("schoolLocation")),
                RecordValues.string(c.get("council")));
    }
}
