package org.fostergraph.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.fostergraph.security.Scope;
import org.fostergraph.care.PlaceProvider;
import org.fostergraph.neo4j.RecordValues;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** The changes over a period the transformation board asks about: moves home, new entrants, endings, carers lost. */
@Repository
class ProgrammeRepository {

    /** A move from an external placement straight to an internal one, with both weekly costs. */
    record TransferHome(double externalWeeklyCost, double internalWeeklyCost) {
    }

    /** A placement with an in-house fostering household that ended in the period, and where the household stood. */
    record Ending(String reason, boolean inConstellation) {
    }

    /** An in-house fostering household, and whether it was inside a constellation on the day asked about. */
    record CarerHousehold(boolean inConstellation) {
    }

    /**
     * Whether household {@code h} was the hub or a current satellite of a constellation on {@code day} (a Cypher
     * expression over the variables h and day).
     */
    private static final String IN_CONSTELLATION_ON = """
            (EXISTS { (h)-[hub:HUB_OF]->(:Constellation) WHERE hub.since IS NULL OR hub.since <= %1$s }
             OR EXISTS { (h)-[m:SATELLITE_OF]->(:Constellation) WHERE m.since <= %1$s AND (m.until IS NULL OR m.until > %1$s) })
            """;

    private final Neo4jClient neo4j;

    ProgrammeRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /**
     * Whether each placement that started in the period began a period of care (no placement of the child was
     * open the day before, nor ended on its first day), and was internal; continuing care is left out.
     */
    List<Boolean> entrantsInternal(Scope scope, LocalDate from, LocalDate to) {
        return neo4j.query("""
                MATCH (c:Child)-[:HAD]->(p:Placement) WHERE c.council IN $councils AND p.start >= $from AND p.start <= $to
                  AND NOT EXISTS { (c)-[:HAD]->(q:Placement)
                                   WHERE q <> p AND (q.start < p.start OR (q.start = p.start AND q.id < p.id))
                                     AND q.openUntil >= p.start }
                RETURN p.providerCode IN $internalProviderCodes AS internal
                """)
                .bindAll(period(scope, from, to))
                .fetchAs(Boolean.class).mappedBy((types, row) -> row.get("internal").asBoolean())
                .all().stream().toList();
    }

    /** Moves from an external placement straight to an internal one (the new one starting the day the old ended), in the period. */
    List<TransferHome> transfersHome(Scope scope, LocalDate from, LocalDate to) {
        return neo4j.query("""
                MATCH (c:Child)-[:HAD]->(new:Placement) WHERE c.council IN $councils AND new.start >= $from AND new.start <= $to
                  AND new.providerCode IN $internalProviderCodes
                MATCH (c)-[:HAD]->(old:Placement) WHERE old.end = new.start AND NOT old.providerCode IN $internalProviderCodes
                RETURN coalesce(old.weeklyCost, 0.0) AS oldCost, coalesce(new.weeklyCost, 0.0) AS newCost
                """)
                .bindAll(period(scope, from, to))
                .fetchAs(TransferHome.class)
                .mappedBy((types, row) -> new TransferHome(row.get("oldCost").asDouble(), row.get("newCost").asDouble()))
                .all().stream().toList();
    }

    /** Placements with in-house fostering households that ended in the period, inside or outside a constellation then. */
    List<Ending> endingsBetween(Scope scope, LocalDate from, LocalDate to) {
        return neo4j.query("""
                MATCH (p:Placement)-[:WITH]->(h:Household {provision: 'IN_HOUSE_FOSTERING'})
                WHERE h.council IN $councils AND p.end >= $from AND p.end <= $to
                WITH p, h, p.end AS day
                RETURN p.endReason AS reason, %s AS inConstellation
                """.formatted(IN_CONSTELLATION_ON.formatted("day")))
                .bindAll(period(scope, from, to))
                .fetchAs(Ending.class)
                .mappedBy((types, row) -> new Ending(RecordValues.string(row.get("reason")), row.get("inConstellation").asBoolean()))
                .all().stream().toList();
    }

    /** In-house fostering households de-registered in the period, each inside a constellation or not the day before. */
    List<CarerHousehold> deregistrationsBetween(Scope scope, LocalDate from, LocalDate to) {
        return neo4j.query("""
                MATCH (h:Household {provision: 'IN_HOUSE_FOSTERING'})-[:CHANGED_STATUS]->(s:StatusChange {status: 'DEREGISTERED'})
                WHERE h.council IN $councils AND s.date >= $from AND s.date <= $to
                WITH h, s.date - duration('P1D') AS day
                RETURN %s AS inConstellation
                """.formatted(IN_CONSTELLATION_ON.formatted("day")))
                .bindAll(period(scope, from, to))
                .fetchAs(CarerHousehold.class).mappedBy((types, row) -> new CarerHousehold(row.get("inConstellation").asBoolean()))
                .all().stream().toList();
    }

    /**
     * In-house fostering households approved (or on hold: still registered) on {@code day}, by their latest
     * recorded status up to it, each inside a constellation that day or not.
     */
    List<CarerHousehold> registeredOn(Scope scope, LocalDate day) {
        return neo4j.query("""
                MATCH (h:Household {provision: 'IN_HOUSE_FOSTERING'}) WHERE h.council IN $councils
                WITH h, %s AS status
                WHERE status IN ['APPROVED', 'ON_HOLD']
                WITH h, $day AS day
                RETURN %s AS inConstellation
                """.formatted(HouseholdStatusOnDay.EXPRESSION, IN_CONSTELLATION_ON.formatted("day")))
                .bind(day).to("day").bind(scope.councils()).to("councils")
                .fetchAs(CarerHousehold.class).mappedBy((types, row) -> new CarerHousehold(row.get("inConstellation").asBoolean()))
                .all().stream().toList();
    }

    /** A period's bounds and the councils the caller may see. */
    private static Map<String, Object> period(Scope scope, LocalDate from, LocalDate to) {
        return Map.of("from", from, "to", to, "councils", scope.councils(),
                "internalProviderCodes", PlaceProvider.internalCodes());
    }
}
