package org.fostergraph.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.fostergraph.security.Callers;
import org.fostergraph.support.RecordValues;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class ReportRepository {

    /** A child's placement open on the day (the latest-starting one, should two overlap). */
    record OpenPlacement(String childId, LocalDate dateOfBirth, String placeCode, String providerCode, double weeklyCost,
            String localityId, String locality, String provider, Double homeMetres, boolean insideBoundary) {

        /** With the council's own carers (SSDA903 PR0 and PR1). */
        boolean isInternal() {
            return "PR0".equals(providerCode) || "PR1".equals(providerCode);
        }
    }

    /** A child's placements, oldest first: start and end (null while open). */
    record History(String childId, LocalDate dateOfBirth, List<LocalDate[]> placements) {
    }

    private final Neo4jClient neo4j;

    ReportRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    List<OpenPlacement> openOn(LocalDate day) {
        return neo4j.query("""
                MATCH (c:Child)-[:HAD]->(p:Placement)-[:WITH]->(h:Household)
                WHERE c.council IN $councils AND p.start <= $day AND (p.end IS NULL OR p.end > $day)
                WITH c, p, h ORDER BY p.start DESC, p.id DESC
                WITH c, collect({p: p, h: h})[0] AS open
                WITH c, open.p AS p, open.h AS h
                OPTIONAL MATCH (c)-[:HOME_IN]->(home:Locality)
                OPTIONAL MATCH (h)-[:RUN_BY]->(provider:Provider)
                RETURN c.id AS childId, c.dateOfBirth AS dateOfBirth, p.placeCode AS placeCode, p.providerCode AS providerCode,
                       coalesce(p.weeklyCost, 0.0) AS weeklyCost, home.id AS localityId, home.name AS locality, provider.name AS provider,
                       point.distance(c.homeLocation, h.location) AS homeMetres, EXISTS { (h)-[:IN]->(:Locality) } AS inside
                """)
                .bind(day).to("day").bind(Callers.currentCouncils()).to("councils")
                .fetchAs(OpenPlacement.class)
                .mappedBy((types, row) -> new OpenPlacement(row.get("childId").asString(), row.get("dateOfBirth").asLocalDate(),
                        row.get("placeCode").asString(), RecordValues.string(row.get("providerCode")), row.get("weeklyCost").asDouble(),
                        RecordValues.string(row.get("localityId")), RecordValues.string(row.get("locality")), RecordValues.string(row.get("provider")),
                        row.get("homeMetres").isNull() ? null : row.get("homeMetres").asDouble(), row.get("inside").asBoolean()))
                .all().stream().toList();
    }

    /** Every placement of the children in care on the day. */
    List<History> historiesOfChildrenInCare(LocalDate day) {
        return neo4j.query("""
                MATCH (c:Child)-[:HAD]->(p:Placement)
                WHERE c.council IN $councils AND p.start <= $day AND (p.end IS NULL OR p.end > $day)
                WITH DISTINCT c
                RETURN c.id AS childId, c.dateOfBirth AS dateOfBirth,
                       COLLECT { MATCH (c)-[:HAD]->(q:Placement) WHERE q.start <= $day
                                 RETURN [q.start, q.end] ORDER BY q.start, q.id } AS placements
                """)
                .bind(day).to("day").bind(Callers.currentCouncils()).to("councils")
                .fetchAs(History.class)
                .mappedBy((types, row) -> new History(row.get("childId").asString(), row.get("dateOfBirth").asLocalDate(),
                        row.get("placements").asList(pair -> new LocalDate[] {pair.get(0).asLocalDate(),
                                pair.get(1).isNull() ? null : pair.get(1).asLocalDate()})))
                .all().stream().toList();
    }

    /** Totals on each day, in one statement: children in care, internal (PR0/PR1) and the weekly costs. */
    List<PlacementMix.Point> totalsOn(Collection<LocalDate> days) {
        return neo4j.query("""
                UNWIND $days AS day
                CALL (day) {
                    MATCH (c:Child)-[:HAD]->(p:Placement)
                    WHERE c.council IN $councils AND p.start <= day AND (p.end IS NULL OR p.end > day)
                    WITH c, p ORDER BY p.start DESC, p.id DESC
                    WITH c, collect(p)[0] AS p
                    WITH p.providerCode IN ['PR0', 'PR1'] AS internal, coalesce(p.weeklyCost, 0.0) AS cost
                    RETURN count(*) AS total,
                           sum(CASE WHEN internal THEN 1 ELSE 0 END) AS internalCount,
                           sum(CASE WHEN internal THEN cost ELSE 0.0 END) AS internalCost,
                           sum(CASE WHEN internal THEN 0.0 ELSE cost END) AS externalCost
                }
                RETURN day, total, internalCount, internalCost, externalCost ORDER BY day
                """)
                .bind(List.copyOf(days)).to("days").bind(Callers.currentCouncils()).to("councils")
                .fetchAs(PlacementMix.Point.class)
                .mappedBy((types, row) -> new PlacementMix.Point(row.get("day").asLocalDate(), row.get("total").asInt(),
                        row.get("internalCount").asInt(), row.get("total").asInt() - row.get("internalCount").asInt(),
                        round(row.get("internalCost").asDouble()), round(row.get("externalCost").asDouble())))
                .all().stream().toList();
    }

    Optional<LocalDate> firstPlacementStart() {
        return neo4j.query("MATCH (c:Child)-[:HAD]->(p:Placement) WHERE c.council IN $councils RETURN min(p.start) AS first")
                .bind(Callers.currentCouncils()).to("councils")
                .fetchAs(LocalDate.class).mappedBy((types, row) -> RecordValues.date(row.get("first")))
                .one().filter(java.util.Objects::nonNull);
    }

    static double round(double pounds) {
        return Math.round(pounds * 100) / 100.0;
    }
}
