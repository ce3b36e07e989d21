package org.fostergraph.report;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.fostergraph.security.Scope;
import org.fostergraph.care.OpenPlacements;
import org.fostergraph.care.Beds;
import org.fostergraph.care.PlacesNotAvailable;
import org.fostergraph.neo4j.RecordValues;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class SufficiencyRepository {

    record Locality(String id, String name) {
    }

    /** An in-house fostering household approved on the day, with what fills it. */
    record Home(String localityId, int approvedPlaces, Integer ageMin, Integer ageMax, int filled, int held, boolean hub,
            int notAvailable) {
    }

    private final Neo4jClient neo4j;

    /** Places free for a placement ({@link Beds}); every home here is approved on the day. */
    static int vacancies(Home home) {
        return new Beds(true, home.approvedPlaces(), home.filled(), home.held(), home.notAvailable(), home.hub()).vacancies();
    }

    SufficiencyRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    List<Locality> localities(Scope scope) {
        return neo4j.query("""
                MATCH (l:Locality)-[:IN]->(a:LocalAuthority) WHERE a.code IN $councils
                RETURN l.id AS id, l.name AS name ORDER BY name, id
                """).bind(scope.councils()).to("councils")
                .fetchAs(Locality.class).mappedBy((types, row) -> new Locality(row.get("id").asString(), row.get("name").asString()))
                .all().stream().toList();
    }

    /** Places of the council's own approved foster carers not available on the day, by the reason recorded. */
    Map<String, Integer> notAvailableByReason(Scope scope, LocalDate day) {
        Map<String, Integer> byReason = new java.util.TreeMap<>();
        neo4j.query("""
                MATCH (na:PlacesNotAvailable)-[:AT]->(h:Household {provision: 'IN_HOUSE_FOSTERING'})-[:IN]->(:Locality)
                WHERE h.council IN $councils AND na.from <= $day AND na.until > $day
                WITH h, na, %s AS status
                WHERE status = 'APPROVED'
                RETURN na.reason AS reason, sum(na.places) AS places
                """.formatted(HouseholdStatusOnDay.EXPRESSION))
                .bindAll(Map.of("day", day, "councils", scope.councils()))
                .fetch().all()
                .forEach(row -> byReason.put((String) row.get("reason"), ((Number) row.get("places")).intValue()));
        return byReason;
    }

    /** Status on the day is the latest recorded change up to it (or the current status, when none is recorded). */
    List<Home> inHouseHomes(Scope scope, LocalDate day, ZonedDateTime now, boolean countHolds) {
        return neo4j.query(OpenPlacements.expand("""
                MATCH (h:Household {provision: 'IN_HOUSE_FOSTERING'})-[:IN]->(l:Locality)
                WHERE h.council IN $councils
                WITH h, l, %s AS status
                WHERE status = 'APPROVED'
                RETURN l.id AS localityId, coalesce(h.approvedPlaces, 0) AS approvedPlaces, h.ageMin AS ageMin, h.ageMax AS ageMax,
                       COUNT { (h)<-[:WITH]-(p:Placement) WHERE PLACEMENT_OPEN_ON(p, $day) } AS filled,
                       CASE WHEN $countHolds THEN COUNT { (h)<-[:ON]-(hold:Hold)
                            WHERE hold.expiresAt > $now AND hold.releasedAt IS NULL AND hold.usedAt IS NULL } ELSE 0 END AS held,
                       EXISTS { (h)-[:HUB_OF]->(:Constellation) } AS hub,
                       %s AS notAvailable
                """.formatted(HouseholdStatusOnDay.EXPRESSION, PlacesNotAvailable.on("h", "$day"))))
                .bindAll(Map.of("day", day, "now", now, "countHolds", countHolds, "councils", scope.councils()))
                .fetchAs(Home.class)
                .mappedBy((types, row) -> new Home(row.get("localityId").asString(), row.get("approvedPlaces").asInt(),
                        RecordValues.integer(row.get("ageMin")), RecordValues.integer(row.get("ageMax")),
                        row.get("filled").asInt(), row.get("held").asInt(), row.get("hub").asBoolean(),
                        row.get("notAvailable").asInt()))
                .all().stream().toList();
    }
}
