package org.fostergraph.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.fostergraph.security.Scope;
import org.fostergraph.care.PlaceProvider;
import org.fostergraph.care.OpenPlacements;
import org.fostergraph.neo4j.RecordValues;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class ReportRepository {

    /**
     * A child's placement open on the day (the latest-starting one, should two overlap).
     *
     * @param homeMetres straight-line metres between the child's home and the placement's locations as the graph holds
     * them (postcode-sector centres), or null when either is unknown
     * @param postcodes the grid references of the home and placement postcodes of the episode open on the day, where the
     * postcode directory holds both (null otherwise)
     * @param placedIn the local authority district of the placement's postcode (ONSPD laua), or null when not known
     * @param councilArea the council's own local authority district code, or null when not recorded
     * @param insideBoundary whether the placement's home lies in one of the council's localities
     */
    record OpenPlacement(String childId, LocalDate dateOfBirth, String placeCode, String providerCode, double weeklyCost,
            String localityId, String locality, String provider, Double homeMetres, GridReferences postcodes, String placedIn,
            String councilArea, boolean insideBoundary) {

        boolean isInternal() {
            return ReportRepository.isInternal(providerCode);
        }
    }

    /** The British National Grid references of a home postcode and a placement postcode, in metres. */
    record GridReferences(int homeEasting, int homeNorthing, int placementEasting, int placementNorthing) {

        static GridReferences of(org.neo4j.driver.Record row) {
            for (String key : List.of("homeEasting", "homeNorthing", "placedEasting", "placedNorthing", "sameGrid")) {
                if (row.get(key).isNull()) {
                    return null;
                }
            }
            if (!row.get("sameGrid").asBoolean()) {
                return null;
            }
            return new GridReferences(row.get("homeEasting").asInt(), row.get("homeNorthing").asInt(),
                    row.get("placedEasting").asInt(), row.get("placedNorthing").asInt());
        }

        double metres() {
            return Math.hypot(homeEasting - placementEasting, homeNorthing - placementNorthing);
        }
    }

    /**
     * Children in care on a day with the same home locality, age band, placement code, provider code and (for a
     * placement with someone else's carers) provider, and their weekly cost: the placement mix, grouped by the
     * database so that a country's 80,000 placements come back as the groups they make.
     */
    record MixRow(String locality, AgeBand band, String placeCode, String providerCode, String provider, int children,
            double weeklyCost) {

        boolean isInternal() {
            return ReportRepository.isInternal(providerCode);
        }
    }

    /** SSDA903 PLACE_PROVIDER codes of the council's own carers and homes, and of parents ({@link PlaceProvider}). */
    static final List<String> INTERNAL_PROVIDER_CODES = PlaceProvider.internalCodes();

    /** With the council's own carers or in its own homes (or with parents). */
    static boolean isInternal(String providerCode) {
        return PlaceProvider.isInternal(providerCode);
    }

    /** A child's placements, oldest first: start and end (null while open). */
    record History(String childId, LocalDate dateOfBirth, List<LocalDate[]> placements) {
    }

    private final Neo4jClient neo4j;

    ReportRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    List<OpenPlacement> openOn(Scope scope, LocalDate day) {
        return neo4j.query("""
                %s
                MATCH (c:Child)-[:HAD]->(p)
                WHERE NOT %s
                %s
                // A temporary placement may name no home: the child is still in care, counted as the mix counts them.
                OPTIONAL MATCH (p)-[:WITH]->(h:Household)
                OPTIONAL MATCH (c)-[:HOME_IN]->(home:Locality)
                OPTIONAL MATCH (h)-[:RUN_BY]->(provider:Provider)
                // An imported placement keeps each episode's HOME_POST and PL_POST: the episode open on the day gives the
                // postcodes the DfE measures between, located by the postcode directory when it holds them.
                WITH c, p, h, home, provider, size([start IN coalesce(p.episodeStarts, []) WHERE start <= $day]) - 1 AS episode
                OPTIONAL MATCH (homePost:Postcode {compact: toUpper(replace(CASE WHEN episode >= 0 THEN p.homePosts[episode] END, ' ', ''))})
                OPTIONAL MATCH (placedPost:Postcode {compact: toUpper(replace(CASE WHEN episode >= 0 THEN p.placementPosts[episode] END, ' ', ''))})
                OPTIONAL MATCH (council:LocalAuthority {code: c.council})
                RETURN c.id AS childId, c.dateOfBirth AS dateOfBirth, p.placeCode AS placeCode, p.providerCode AS providerCode,
                       coalesce(p.weeklyCost, 0.0) AS weeklyCost, home.id AS localityId, home.name AS locality, provider.name AS provider,
                       point.distance(c.homeLocation, h.location) AS homeMetres,
                       homePost.easting AS homeEasting, homePost.northing AS homeNorthing,
                       placedPost.easting AS placedEasting, placedPost.northing AS placedNorthing,
                       // Northern Ireland's grid references are on the Irish grid: comparable only with each other.
                       (homePost.compact STARTS WITH 'BT') = (placedPost.compact STARTS WITH 'BT') AS sameGrid,
                       placedPost.laua AS placedIn, council.onsCode AS councilArea,
                       h IS NOT NULL AND EXISTS { (h)-[:IN]->(:Locality) } AS inside
                """.formatted(OpenPlacements.openOn("p", "$day"), OpenPlacements.isShortBreakOn("p", "$day"),
                        OpenPlacements.latestPerChild("c", "p")))
                .bind(day).to("day").bind(scope.councils()).to("councils")
                .bind(OpenPlacements.SHORT_BREAK_LEGAL_STATUSES).to("shortBreakLegalStatuses")
                .fetchAs(OpenPlacement.class)
                .mappedBy((types, row) -> new OpenPlacement(row.get("childId").asString(), row.get("dateOfBirth").asLocalDate(),
                        row.get("placeCode").asString(), RecordValues.string(row.get("providerCode")), row.get("weeklyCost").asDouble(),
                        RecordValues.string(row.get("localityId")), RecordValues.string(row.get("locality")), RecordValues.string(row.get("provider")),
                        row.get("homeMetres").isNull() ? null : row.get("homeMetres").asDouble(), GridReferences.of(row),
                        RecordValues.string(row.get("placedIn")), RecordValues.string(row.get("councilArea")),
                        row.get("inside").asBoolean()))
                .all().stream().toList();
    }

    /**
     * The children in care on the day in these councils, grouped for the placement mix (see {@link MixRow}), each by
     * their latest-starting placement; the provider is looked up only for placements outside the council's own (a
     * household's relationships are read one by one, and a children's home has hundreds).
     */
    List<MixRow> mixOn(LocalDate day, List<String> councils) {
        return neo4j.query("""
                %s
                MATCH (c:Child)-[:HAD]->(p)
                WHERE NOT %s
                %s
                OPTIONAL MATCH (c)-[:HOME_IN]->(home:Locality)
                OPTIONAL CALL (p) {
                    WITH p WHERE NOT p.providerCode IN $internalProviderCodes
                    MATCH (p)-[:WITH]->(:Household)-[:RUN_BY]->(provider:Provider)
                    RETURN provider.name AS provider
                }
                WITH home, p, provider, c.dateOfBirth AS born
                WITH home.name AS locality, size([latest IN $latestBirthDates WHERE born <= latest]) AS band,
                     p.placeCode AS placeCode, p.providerCode AS providerCode, provider,
                     count(*) AS children, sum(coalesce(p.weeklyCost, 0.0)) AS weeklyCost
                RETURN locality, band, placeCode, providerCode, provider, children, weeklyCost
                """.formatted(OpenPlacements.openOn("p", "$day"), OpenPlacements.isShortBreakOn("p", "$day"),
                        OpenPlacements.latestPerChild("c", "p")))
                .bindAll(Map.of("day", day, "councils", councils, "latestBirthDates", AgeBand.latestBirthDatesAfterUnder1(day),
                        "internalProviderCodes", INTERNAL_PROVIDER_CODES,
                        "shortBreakLegalStatuses", OpenPlacements.SHORT_BREAK_LEGAL_STATUSES))
                .fetchAs(MixRow.class)
                .mappedBy((types, row) -> new MixRow(RecordValues.string(row.get("locality")),
                        AgeBand.values()[row.get("band").asInt()], row.get("placeCode").asString(),
                        RecordValues.string(row.get("providerCode")), RecordValues.string(row.get("provider")),
                        row.get("children").asInt(), row.get("weeklyCost").asDouble()))
                .all().stream().toList();
    }

    /**
     * Children on an agreed series of short breaks on the day (legal status V3 or V4) and looked after in no other way:
     * the DfE counts them apart, and so do the reports.
     */
    int shortBreaksOn(LocalDate day, List<String> councils) {
        return neo4j.query("""
                %s
                MATCH (c:Child)-[:HAD]->(p)
                WITH c, collect(%s) AS shortBreak
                WHERE all(onBreak IN shortBreak WHERE onBreak)
                RETURN count(c) AS children
                """.formatted(OpenPlacements.openOn("p", "$day"), OpenPlacements.isShortBreakOn("p", "$day")))
                .bindAll(Map.of("day", day, "councils", councils,
                        "shortBreakLegalStatuses", OpenPlacements.SHORT_BREAK_LEGAL_STATUSES))
                .fetchAs(Integer.class).one().orElse(0);
    }

    /** Every placement of the children in care on the day. */
    List<History> historiesOfChildrenInCare(Scope scope, LocalDate day) {
        return neo4j.query("""
                %s
                MATCH (c:Child)-[:HAD]->(p)
                WHERE NOT %s
                WITH DISTINCT c
                RETURN c.id AS childId, c.dateOfBirth AS dateOfBirth,
                       COLLECT { MATCH (c)-[:HAD]->(q:Placement) WHERE q.start <= $day
                                 RETURN [q.start, q.end] ORDER BY q.start, q.id } AS placements
                """.formatted(OpenPlacements.openOn("p", "$day"), OpenPlacements.isShortBreakOn("p", "$day")))
                .bind(day).to("day").bind(scope.councils()).to("councils")
                .bind(OpenPlacements.SHORT_BREAK_LEGAL_STATUSES).to("shortBreakLegalStatuses")
                .fetchAs(History.class)
                .mappedBy((types, row) -> new History(row.get("childId").asString(), row.get("dateOfBirth").asLocalDate(),
                        row.get("placements").asList(pair -> new LocalDate[] {pair.get(0).asLocalDate(),
                                pair.get(1).isNull() ? null : pair.get(1).asLocalDate()})))
                .all().stream().toList();
    }

    /** Totals on each day, in one statement: children in care, internal (PR0/PR1) and the weekly costs. */
    List<PlacementMix.Point> totalsOn(Scope scope, Collection<LocalDate> days) {
        return neo4j.query("""
                UNWIND $days AS day
                CALL (day) {
                    %s
                    MATCH (c:Child)-[:HAD]->(p)
                    WHERE NOT %s
                    %s
                    WITH p.providerCode IN $internalProviderCodes AS internal, coalesce(p.weeklyCost, 0.0) AS cost
                    RETURN count(*) AS total,
                           sum(CASE WHEN internal THEN 1 ELSE 0 END) AS internalCount,
                           sum(CASE WHEN internal THEN cost ELSE 0.0 END) AS internalCost,
                           sum(CASE WHEN internal THEN 0.0 ELSE cost END) AS externalCost
                }
                RETURN day, total, internalCount, internalCost, externalCost ORDER BY day
                """.formatted(OpenPlacements.openOn("p", "day"), OpenPlacements.isShortBreakOn("p", "day"),
                        OpenPlacements.latestPerChild("c", "p")))
                .bind(List.copyOf(days)).to("days").bind(scope.councils()).to("councils")
                .bind(INTERNAL_PROVIDER_CODES).to("internalProviderCodes")
                .bind(OpenPlacements.SHORT_BREAK_LEGAL_STATUSES).to("shortBreakLegalStatuses")
                .fetchAs(PlacementMix.Point.class)
                .mappedBy((types, row) -> new PlacementMix.Point(row.get("day").asLocalDate(), row.get("total").asInt(),
                        row.get("internalCount").asInt(), row.get("total").asInt() - row.get("internalCount").asInt(),
                        round(row.get("internalCost").asDouble()), round(row.get("externalCost").asDouble())))
                .all().stream().toList();
    }

    /** Read in start order from the index on start, so it stops at the first of the caller's councils' placements. */
    Optional<LocalDate> firstPlacementStart(Scope scope) {
        return neo4j.query("""
                MATCH (p:Placement) USING INDEX p:Placement(start)
                WHERE p.start IS NOT NULL AND p.council IN $councils
                RETURN p.start AS first ORDER BY p.start LIMIT 1
                """)
                .bind(scope.councils()).to("councils")
                .fetchAs(LocalDate.class).mappedBy((types, row) -> RecordValues.date(row.get("first")))
                .one().filter(Objects::nonNull);
    }

    static double round(double pounds) {
        return Math.round(pounds * 100) / 100.0;
    }
}
