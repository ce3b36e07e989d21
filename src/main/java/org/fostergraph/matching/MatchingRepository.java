package org.fostergraph.matching;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;

import org.fostergraph.security.Scope;
import org.fostergraph.geo.GeoPoint;
import org.fostergraph.care.Provision;
import org.fostergraph.care.OpenPlacements;
import org.fostergraph.care.PlacesNotAvailable;
import org.fostergraph.neo4j.RecordValues;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class MatchingRepository {

    /**
     * Where each of the caller's councils' households of the kinds asked for is, among those still registered, found by
     * the index on council and provision: on a national graph a 30-mile circle around a city holds the homes of dozens
     * of councils, and the point index would read them all only for the council filter to drop most; and a council
     * holds as many agency, residential and family homes as carers of its own (the national benchmark measured both:
     * docs/PERFORMANCE.md). The hint makes the query fail rather than silently scan every household. One row, the
     * households in a list: a row of an answer costs far more to send and map than a list item.
     */
    static final String OFFERED_HOUSEHOLDS = """
            MATCH (h:Household)
            USING INDEX h:Household(council, provision)
            WHERE h.council IN $councils AND h.provision IN $provisions AND h.status <> 'UNREGISTERED'
              AND h.location IS NOT NULL
            RETURN collect([h.id, h.location]) AS households
            """;

    /** A household's {@link ApprovalTerms}, as a map projection of {@code h} with its locality bound as {@code l}. */
    private static final String TERMS = ".id, .provision, .status, .postcodeSector, .ageMin, .ageMax, .approvalTypes, localityId: l.id";

    record Origin(String key, GeoPoint home, GeoPoint school) {
    }

    record Reach(String key, String householdId, double homeMetres, Double schoolMetres) {
    }

    /** An external placement a child lives in today, with where the child comes from and their brothers and sisters. */
    record ExternalPlacement(String childId, int age, String sex, List<String> needs, GeoPoint home, GeoPoint school,
            String homeLocalityId, String placementId, LocalDate start, String placeCode, double weeklyCost,
            String householdId, List<String> siblingIds) {
    }

    private final Neo4jClient neo4j;

    MatchingRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /**
     * The households within {@code metres} of each origin, with their distances from its home and school: the offered
     * households read in one statement, whatever the number of origins, and the distances worked out here
     * ({@link WithinReach}). A council's step-down plan has about 150 origins and 1,500 households: Neo4j took about
     * 200 ms to measure the 200,000 pairs row by row.
     */
    List<Reach> withinReach(Scope scope, Collection<Origin> origins, double metres, boolean includeExternal) {
        return WithinReach.of(origins, located(OFFERED_HOUSEHOLDS,
                Map.of("provisions", offered(includeExternal), "councils", scope.councils())), metres);
    }

    /** Distance from one origin to one household, however far (for "why not"). */
    Reach distance(Origin origin, String householdId) {
        return distances(origin, List.of(householdId)).stream().findFirst().orElse(null);
    }

    /**
     * Distances from one origin to each of these households that exists, however far, in one statement; a household
     * with no location is as far as can be.
     */
    List<Reach> distances(Origin origin, Collection<String> householdIds) {
        return WithinReach.distances(origin, located("""
                MATCH (h:Household) WHERE h.id IN $ids
                RETURN collect([h.id, h.location]) AS households
                """, Map.of("ids", List.copyOf(householdIds))));
    }

    private record LocatedHouseholds(List<WithinReach.Located> households) {
    }

    /** The households a statement answers as one row, {@code households}: a list of [id, location] pairs. */
    private List<WithinReach.Located> located(String statement, Map<String, Object> parameters) {
        return neo4j.query(statement).bindAll(parameters)
                .fetchAs(LocatedHouseholds.class)
                .mappedBy((types, row) -> new LocatedHouseholds(row.get("households").asList(pair ->
                        new WithinReach.Located(pair.get(0).asString(), GeoPoint.of(pair.get(1))))))
                .one().map(LocatedHouseholds::households).orElse(List.of());
    }

    /** The terms alone of each of these households that exists: what the first rules judge, without who lives there. */
    List<HouseholdTerms> terms(Collection<String> householdIds) {
        return neo4j.query("""
                MATCH (h:Household) WHERE h.id IN $ids
                OPTIONAL MATCH (h)-[:IN]->(l:Locality)
                RETURN h {""" + TERMS + """
                } AS terms
                """)
                .bind(List.copyOf(householdIds)).to("ids")
                .fetchAs(HouseholdTerms.class).mappedBy((types, row) -> toTerms(row.get("terms")))
                .all().stream().toList();
    }

    List<HouseholdFacts> facts(Collection<String> householdIds, LocalDate day, ZonedDateTime now) {
        return neo4j.query(OpenPlacements.expand("""
                MATCH (h:Household) WHERE h.id IN $ids
                OPTIONAL MATCH (h)-[:IN]->(l:Locality)
                OPTIONAL MATCH (h)-[:HUB_OF]->(hubOf:Constellation)
                OPTIONAL MATCH (h)-[m:SATELLITE_OF]->(satelliteOf:Constellation) WHERE m.until IS NULL
                RETURN h {""" + TERMS + """
                          , .approvedPlaces, .bedrooms, .languages, .religion, .skills, hub: hubOf IS NOT NULL,
                          constellationId: coalesce(hubOf.id, satelliteOf.id),
                          constellationName: coalesce(hubOf.name, satelliteOf.name),
                          heldFor: COLLECT { MATCH (h)<-[:ON]-(hold:Hold)-[:FOR]->(child:Child)
                                             WHERE hold.expiresAt > $now AND hold.releasedAt IS NULL AND hold.usedAt IS NULL
                                             RETURN child.id },
                          childrenAges: COLLECT { MATCH (h)<-[:WITH]-(p:Placement)<-[:HAD]-(child:Child)
                                                  WHERE PLACEMENT_OPEN_ON(p, $day)
                                                  RETURN duration.between(child.dateOfBirth, $day).years },
                          notAvailable: """ + PlacesNotAvailable.on("h", "$day") + """
                          } AS facts
                """))
                .bindAll(Map.of("ids", List.copyOf(householdIds), "day", day, "now", now))
                .fetchAs(HouseholdFacts.class).mappedBy((types, row) -> toFacts(row.get("facts")))
                .all().stream().toList();
    }

    /** Children in care placed today with the given kinds of provision. */
    List<ExternalPlacement> placedWith(Scope scope, Collection<Provision> provisions, LocalDate day) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("provisions", provisions.stream().map(Enum::name).toList());
        parameters.put("day", day);
        parameters.put("councils", scope.councils());
        return neo4j.query("""
                %s
                MATCH (c:Child)-[:HAD]->(p)-[:WITH]->(h:Household)
                WHERE h.provision IN $provisions AND c.homeLocation IS NOT NULL
                OPTIONAL MATCH (c)-[:HOME_IN]->(home:Locality)
                RETURN c.id AS childId, duration.between(c.dateOfBirth, $day).years AS age, c.sex AS sex, c.needs AS needs,
                       c.homeLocation AS home, c.schoolLocation AS school, home.id AS homeLocalityId,
                       p.id AS placementId, p.start AS start, p.placeCode AS placeCode, p.weeklyCost AS weeklyCost,
                       h.id AS householdId, COLLECT { MATCH (c)-[:SIBLING_OF]-(s:Child) RETURN s.id } AS siblingIds
                ORDER BY c.id
                """.formatted(OpenPlacements.openOn("p", "$day")))
                .bindAll(parameters)
                .fetchAs(ExternalPlacement.class)
                .mappedBy((types, row) -> new ExternalPlacement(row.get("childId").asString(), row.get("age").asInt(),
                        row.get("sex").asString(), RecordValues.strings(row.get("needs")), GeoPoint.of(row.get("home")),
                        GeoPoint.of(row.get("school")), RecordValues.string(row.get("homeLocalityId")),
                        row.get("placementId").asString(), row.get("start").asLocalDate(), row.get("placeCode").asString(),
                        row.get("weeklyCost").asDouble(), row.get("householdId").asString(),
                        RecordValues.strings(row.get("siblingIds"))))
                .all().stream().toList();
    }

    /**
     * The kinds of household a match may offer: the council's own carers and homes, or every kind when external homes
     * are asked for; never a family home (a child placed with parents): it is not a carer's home, its place is no
     * vacancy for another child once that child has left, and its address is no one else's business.
     */
    static List<String> offered(boolean includeExternal) {
        return Arrays.stream(Provision.values())
                .filter(provision -> provision != Provision.PARENTS && (includeExternal || provision.isInternal()))
                .map(Enum::name).toList();
    }

    private static HouseholdTerms toTerms(Value h) {
        return new HouseholdTerms(h.get("id").asString(), Provision.valueOf(h.get("provision").asString()), h.get("status").asString(),
                RecordValues.string(h.get("localityId")), RecordValues.string(h.get("postcodeSector")),
                RecordValues.integer(h.get("ageMin")), RecordValues.integer(h.get("ageMax")), RecordValues.strings(h.get("approvalTypes")));
    }

    private static HouseholdFacts toFacts(Value h) {
        HouseholdTerms terms = toTerms(h);
        return new HouseholdFacts(terms.id(), terms.provision(), terms.status(), terms.localityId(), terms.postcodeSector(),
                RecordValues.integer(h.get("approvedPlaces"), 0), h.get("childrenAges").size(),
                RecordValues.strings(h.get("heldFor")), h.get("hub").asBoolean(), RecordValues.string(h.get("constellationId")),
                RecordValues.string(h.get("constellationName")), terms.ageMin(), terms.ageMax(), terms.approvalTypes(),
                RecordValues.integer(h.get("bedrooms")),
                RecordValues.strings(h.get("languages")), RecordValues.string(h.get("religion")),
                RecordValues.strings(h.get("skills")), h.get("childrenAges").asList(Value::asInt), h.get("notAvailable").asInt());
    }
}
