package org.fostergraph.forecast;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.fostergraph.security.Scope;
import org.fostergraph.neo4j.RecordValues;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class ForecastRepository {

    private final Neo4jClient neo4j;

    ForecastRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** The caller's councils' children with a placement starting by {@code until}, each with those placements. */
    List<ChildHistory> histories(Scope scope, LocalDate until) {
        return neo4j.query("""
                MATCH (c:Child) WHERE c.council IN $councils AND c.dateOfBirth IS NOT NULL
                  AND EXISTS { (c)-[:HAD]->(p:Placement) WHERE p.start <= $until }
                OPTIONAL MATCH (c)-[:HOME_IN]->(home:Locality)
                RETURN home.name AS locality, c.dateOfBirth AS dateOfBirth,
                       COLLECT { MATCH (c)-[:HAD]->(p:Placement) WHERE p.start <= $until
                                 RETURN [p.start, p.end, p.placeCode, p.providerCode, p.weeklyCost, p.unknownFrom, coalesce(p.unknownReason, 'refused by a later return')] ORDER BY p.start, p.id } AS placements
                """)
                .bindAll(Map.of("until", until, "councils", scope.councils()))
                .fetchAs(ChildHistory.class)
                .mappedBy((types, row) -> new ChildHistory(RecordValues.string(row.get("locality")), row.get("dateOfBirth").asLocalDate(),
                        row.get("placements").asList(p -> new ChildHistory.Spell(p.get(0).asLocalDate(), RecordValues.date(p.get(1)),
                                CareState.of(RecordValues.string(p.get(2)), RecordValues.string(p.get(3))),
                                p.get(4).isNull() ? null : p.get(4).asDouble(), RecordValues.date(p.get(5)), p.get(6).asString()))))
                .all().stream().toList();
    }

    /** Whether the caller's councils have any child in the graph. */
    boolean holdsChildren(Scope scope) {
        return neo4j.query("MATCH (c:Child) WHERE c.council IN $councils RETURN count(c) > 0 AS any")
                .bind(scope.councils()).to("councils").fetchAs(Boolean.class).mappedBy((types, row) -> row.get("any").asBoolean())
                .one().orElse(false);
    }

    /** In-house fostering places for placements (approved, less hubs' two sleepover beds) by locality, now. */
    Map<String, Double> inHousePlacesByLocality(Scope scope) {
        Map<String, Double> places = new TreeMap<>();
        neo4j.query("""
                MATCH (h:Household {provision: 'IN_HOUSE_FOSTERING', status: 'APPROVED'})-[:IN]->(l:Locality)
                WHERE h.council IN $councils
                RETURN l.name AS locality,
                       sum(coalesce(h.approvedPlaces, 0) - CASE WHEN EXISTS { (h)-[:HUB_OF]->(:Constellation) } THEN 2 ELSE 0 END) AS places
                """).bind(scope.councils()).to("councils")
                .fetch().all().forEach(row -> places.put((String) row.get("locality"), ((Number) row.get("places")).doubleValue()));
        return places;
    }
}
