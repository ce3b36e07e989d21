package org.fostergraph.seed;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.fostergraph.schema.SchemaMigrations;
import org.fostergraph.neo4j.GraphSessions;
import org.fostergraph.care.OpenPlacements;
import org.fostergraph.care.Ssda903Codes;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Loads the demo council of {@code seed/} into an empty graph at start-up, after the graph schema is up to
 * date. Every file is merged by id in one transaction: a crash half-way leaves the graph as it was, and
 * loading twice (mode {@code always}, or two replicas starting together) changes nothing the second time.
 */
@Component
public class DemoDataLoader implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    /**
     * A seed file, its columns holding {@code |}-separated lists, and the Cypher merging a batch of its rows,
     * which answers how many rows it merged, so that a row naming an id the seed does not hold is caught.
     */
    record SeedFile(String name, Set<String> listColumns, String cypher) {

        /** Rows the Cypher must merge: one per row, or one per entry of the list it unwinds. */
        int expectedMerges(List<Map<String, Object>> rows) {
            if (!cypher.contains("UNWIND row.")) {
                return rows.size();
            }
            return rows.stream().mapToInt(row -> listColumns.stream()
                    .filter(column -> cypher.contains("UNWIND row." + column))
                    .mapToInt(column -> ((List<?>) row.get(column)).size()).sum()).sum();
        }
    }

    /** Every date column of the seed, by file: what moves when the seed follows today. */
    static final Map<String, Set<String>> DATE_COLUMNS = Map.of(
            "households.csv", Set.of("statusSince"),
            "household_status_history.csv", Set.of("date"),
            "constellations.csv", Set.of("launched"),
            "satellites.csv", Set.of("since", "until"),
            "children.csv", Set.of("dateOfBirth", "firstChildBorn"),
            "placements.csv", Set.of("start", "end"),
            "referrals.csv", Set.of("received", "closed"),
            "vacancies.csv", Set.of("availableFrom", "published"));

    static final List<SeedFile> FILES = List.of(
            new SeedFile("council.csv", Set.of(), """
                    UNWIND $rows AS row
                    MERGE (a:LocalAuthority {code: row.code}) SET a.name = row.name, a.onsCode = row.onsCode
                    RETURN count(*) AS merged
                    """),
            new SeedFile("localities.csv", Set.of("neighbours"), """
                    UNWIND $rows AS row
                    MATCH (a:LocalAuthority {code: $council})
                    MERGE (l:Locality {id: row.id})
                    SET l.name = row.name,
                        l.centre = point({latitude: toFloat(row.latitude), longitude: toFloat(row.longitude)})
                    MERGE (l)-[:IN]->(a)
                    RETURN count(*) AS merged
                    """),
            new SeedFile("localities.csv", Set.of("neighbours"), """
                    UNWIND $rows AS row
                    UNWIND row.neighbours AS neighbourId
                    MATCH (l:Locality {id: row.id}), (n:Locality {id: neighbourId})
                    MERGE (l)-[:NEIGHBOURS]-(n)
                    RETURN count(*) AS merged
                    """),
            new SeedFile("postcode_sectors.csv", Set.of(), """
                    UNWIND $rows AS row
                    MERGE (s:PostcodeSector {sector: row.sector})
                    SET s.centre = point({latitude: toFloat(row.latitude), longitude: toFloat(row.longitude)})
                    WITH s, row
                    OPTIONAL MATCH (l:Locality {id: row.localityId})
                    WITH s, row, l WHERE row.localityId IS NULL OR l IS NOT NULL
                    FOREACH (locality IN CASE WHEN l IS NULL THEN [] ELSE [l] END | MERGE (s)-[:IN]->(locality))
                    RETURN count(*) AS merged
                    """),
            new SeedFile("providers.csv", Set.of(), """
                    UNWIND $rows AS row
                    MERGE (p:Provider {id: row.id})
                    SET p.name = row.name, p.kind = row.kind, p.placeProviderCode = row.placeProviderCode
                    RETURN count(*) AS merged
                    """),
            new SeedFile("households.csv", Set.of("approvalTypes", "languages", "skills"), """
                    UNWIND $rows AS row
                    OPTIONAL MATCH (l:Locality {id: row.localityId})
                    OPTIONAL MATCH (p:Provider {id: row.providerId})
                    WITH row, l, p WHERE (row.localityId IS NULL OR l IS NOT NULL) AND (row.providerId IS NULL OR p IS NOT NULL)
                    MERGE (h:Household {id: row.id})
                    SET h.council = $council, h.name = row.name, h.provision = row.provision, h.status = row.status,
                        h.statusSince = date(row.statusSince), h.postcodeSector = row.postcodeSector,
                        h.location = point({latitude: toFloat(row.latitude), longitude: toFloat(row.longitude)}),
                        h.approvedPlaces = toInteger(row.approvedPlaces), h.ageMin = toInteger(row.ageMin),
                        h.ageMax = toInteger(row.ageMax), h.approvalTypes = row.approvalTypes,
                        h.bedrooms = toInteger(row.bedrooms), h.languages = row.languages, h.skills = row.skills,
                        h.pets = toBoolean(row.pets)
                    // Homes outside the council's boundary are in none of its localities.
                    FOREACH (locality IN CASE WHEN l IS NULL THEN [] ELSE [l] END | MERGE (h)-[:IN]->(locality))
                    FOREACH (provider IN CASE WHEN p IS NULL THEN [] ELSE [p] END | MERGE (h)-[:RUN_BY]->(provider))
                    RETURN count(*) AS merged
                    """),
            new SeedFile("household_status_history.csv", Set.of(), """
                    UNWIND $rows AS row
                    MATCH (h:Household {id: row.householdId})
                    MERGE (s:StatusChange {id: row.id}) SET s.status = row.status, s.date = date(row.date)
                    MERGE (h)-[:CHANGED_STATUS]->(s)
                    RETURN count(*) AS merged
                    """),
            new SeedFile("carers.csv", Set.of(), """
                    UNWIND $rows AS row
                    MATCH (h:Household {id: row.householdId})
                    MERGE (c:Carer {id: row.id}) SET c.name = row.name
                    MERGE (c)-[:CARES_IN]->(h)
                    RETURN count(*) AS merged
                    """),
            new SeedFile("social_workers.csv", Set.of(), """
                    UNWIND $rows AS row
                    MERGE (w:SocialWorker {id: row.id}) SET w.name = row.name, w.council = $council
                    RETURN count(*) AS merged
                    """),
            new SeedFile("constellations.csv", Set.of(), """
                    UNWIND $rows AS row
                    MATCH (hub:Household {id: row.hubId}), (worker:SocialWorker {id: row.liaisonWorkerId})
                    MERGE (c:Constellation {id: row.id}) SET c.council = $council, c.name = row.name, c.launched = date(row.launched)
                    MERGE (hub)-[hubOf:HUB_OF]->(c) SET hubOf.since = c.launched
                    MERGE (worker)-[:LIAISON_FOR]->(c)
                    RETURN count(*) AS merged
                    """),
            new SeedFile("satellites.csv", Set.of(), """
                    UNWIND $rows AS row
                    MATCH (h:Household {id: row.householdId}), (c:Constellation {id: row.constellationId})
                    MERGE (h)-[m:SATELLITE_OF {since: date(row.since)}]->(c) SET m.until = date(row.until)
                    RETURN count(*) AS merged
                    """),
            new SeedFile("children.csv", Set.of("needs"), """
                    UNWIND $rows AS row
                    MATCH (home:Locality {id: row.homeLocalityId})
                    MERGE (c:Child {id: row.id})
                    SET c.council = $council, c.dateOfBirth = date(row.dateOfBirth), c.sex = row.sex, c.ethnicity = row.ethnicity, c.mother = row.mother,
                        c.firstChildBorn = date(row.firstChildBorn), c.needs = row.needs,
                        c.homePostcodeSector = row.homePostcodeSector,
                        c.homeLocation = point({latitude: toFloat(row.homeLatitude), longitude: toFloat(row.homeLongitude)}),
                        c.schoolName = row.schoolName,
                        c.schoolLocation = CASE WHEN row.schoolLatitude IS NULL THEN null
                            ELSE point({latitude: toFloat(row.schoolLatitude), longitude: toFloat(row.schoolLongitude)}) END
                    MERGE (c)-[:HOME_IN]->(home)
                    RETURN count(*) AS merged
                    """),
            new SeedFile("siblings.csv", Set.of(), """
                    UNWIND $rows AS row
                    MATCH (a:Child {id: row.childId}), (b:Child {id: row.siblingId})
                    MERGE (a)-[:SIBLING_OF]-(b)
                    RETURN count(*) AS merged
                    """),
            new SeedFile("placements.csv", Set.of(), """
                    UNWIND $rows AS row
                    MATCH (c:Child {id: row.childId}), (h:Household {id: row.householdId})
                    MERGE (p:Placement {id: row.id})
                    SET p.start = date(row.start), p.end = date(row.end), p.placeCode = row.placeCode,
                        p.providerCode = row.providerCode, p.weeklyCost = toFloat(row.weeklyCost), p.endReason = row.endReason,
                        p.legalStatus = row.legalStatus, p.needCategory = row.needCategory,
                        %s
                    MERGE (c)-[:HAD]->(p)
                    MERGE (p)-[:WITH]->(h)
                    RETURN count(*) AS merged
                    """.formatted(OpenPlacements.keys("p", "c", "date(row.end)"))),
            new SeedFile("referrals.csv", Set.of("childIds"), """
                    UNWIND $rows AS row
                    MERGE (r:Referral {id: row.id})
                    SET r.council = $council, r.received = date(row.received), r.urgency = row.urgency, r.placementType = row.placementType,
                        r.closed = date(row.closed), r.outcome = row.outcome, r.risks = coalesce(r.risks, [])
                    WITH r, row
                    UNWIND row.childIds AS childId
                    MATCH (c:Child {id: childId})
                    MERGE (r)-[:FOR]->(c)
                    RETURN count(*) AS merged
                    """),
            new SeedFile("vacancies.csv", Set.of(), """
                    UNWIND $rows AS row
                    MATCH (h:Household {id: row.householdId})-[:RUN_BY]->(p:Provider)
                    MERGE (v:Vacancy {id: row.id})-[:AT]->(h)
                    SET v.provider = p.id, v.council = h.council, v.places = toInteger(row.places),
                        v.availableFrom = date(row.availableFrom), v.carerProfile = row.carerProfile,
                        v.published = datetime({date: date(row.published), hour: 9, timezone: 'Europe/London'}),
                        v.publishedBy = row.publishedBy
                    RETURN count(*) AS merged
                    """));

    private final GraphSessions sessions;
    private final SeedProperties properties;
    private final ResourceLoader resources;
    private final SeedPlacementRules placementRules;
    private final Clock clock;

    /** Takes the schema runner so that it has migrated the graph before anything is loaded. */
    public DemoDataLoader(GraphSessions sessions, SeedProperties properties, ResourceLoader resources, Ssda903Codes codes,
            SchemaMigrations schemaUpToDate, Clock clock) {
        this.sessions = sessions;
        this.properties = properties;
        this.resources = resources;
        this.placementRules = new SeedPlacementRules(codes);
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        if (properties.mode() == SeedProperties.Mode.NEVER) {
            return;
        }
        try (Session session = sessions.open()) {
            if (properties.mode() == SeedProperties.Mode.IF_EMPTY && holdsACouncil(session)) {
                log.info("The graph already holds a council: demo data not loaded");
                return;
            }
            load(session);
        }
    }

    /** Merges every seed file into the graph in one transaction and answers the rows read per file. */
    public Map<String, Integer> load() {
        try (Session session = sessions.open()) {
            return load(session);
        }
    }

    private Map<String, Integer> load(Session session) {
        long started = System.nanoTime();
        Map<String, List<Map<String, Object>>> rowsByFile = new HashMap<>();
        FILES.forEach(file -> rowsByFile.computeIfAbsent(file.name(), name -> read(file)));
        long days = daysToMove(rowsByFile.get("council.csv").get(0));
        if (days != 0) {
            DATE_COLUMNS.forEach((name, columns) -> move(rowsByFile.get(name), columns, days));
        }
        // The import's rules first: the demo holds nothing a council's return could not.
        placementRules.check(rowsByFile.get("children.csv"), rowsByFile.get("placements.csv"));
        String council = (String) rowsByFile.get("council.csv").get(0).get("code");
        session.executeWriteWithoutResult(tx -> FILES.forEach(file -> merge(tx, file, rowsByFile.get(file.name()), council)));
        Map<String, Integer> counts = new LinkedHashMap<>();
        FILES.forEach(file -> counts.put(file.name(), rowsByFile.get(file.name()).size()));
        log.info("Loaded the demo council from {} in {} ms, its dates moved by {} days: {}", properties.location(),
                (System.nanoTime() - started) / 1_000_000, days, counts);
        return counts;
    }

    /** The days from the seed's own "today" to the clock's, when the seed follows today; 0 when it is loaded as written. */
    private long daysToMove(Map<String, Object> council) {
        if (properties.dates() == SeedProperties.Dates.AS_WRITTEN) {
            return 0;
        }
        Object written = council.get("today");
        if (written == null) {
            throw new SeedException("council.csv: the seed states no \"today\", the day its dates describe, so they cannot "
                    + "follow the day it is loaded; add the column, or set fostergraph.seed.dates to as-written");
        }
        return ChronoUnit.DAYS.between(LocalDate.parse((String) written), LocalDate.now(clock));
    }

    /** Moves the date cells of every row by the days (a blank cell stays blank). */
    private static void move(List<Map<String, Object>> rows, Set<String> dateColumns, long days) {
        for (Map<String, Object> row : rows) {
            for (String column : dateColumns) {
                if (row.get(column) instanceof String date) {
                    row.put(column, LocalDate.parse(date).plusDays(days).toString());
                }
            }
        }
    }

    /** Any council data at all: a council imported from SSDA903 has children and homes but may have no LocalAuthority. */
    static boolean holdsACouncil(Session session) {
        return session.executeRead(tx -> tx.run("""
                RETURN EXISTS { (:LocalAuthority) } OR EXISTS { (:Child) } OR EXISTS { (:Household) }
                       OR EXISTS { (:PostcodeSector) } AS any
                """).single().get("any").asBoolean());
    }

    private static void merge(TransactionContext tx, SeedFile file, List<Map<String, Object>> rows, String council) {
        int merged = tx.run(file.cypher(), Map.of("rows", rows, "council", council)).single().get("merged").asInt();
        int expected = file.expectedMerges(rows);
        if (merged != expected) {
            throw new SeedException(file.name() + ": " + (expected - merged) + " of " + expected
                    + " rows name an id (locality, household, provider, child, constellation or worker) that the seed does not hold");
        }
    }

    /** Reads a seed file into rows: empty cells become null, list cells become lists. */
    List<Map<String, Object>> read(SeedFile file) {
        Resource resource = resources.getResource(folder() + file.name());
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            Map<String, Long> lineOfId = new HashMap<>();
            for (CSVRecord record : parser) {
                if (!record.isConsistent()) {
                    throw new SeedException(file.name() + " line " + parser.getCurrentLineNumber() + " has "
                            + record.size() + " cells where the header names " + parser.getHeaderNames().size());
                }
                Map<String, Object> row = new HashMap<>();
                record.toMap().forEach((column, cell) -> row.put(column, value(file, column, cell)));
                if (row.get("id") instanceof String id) {
                    Long firstLine = lineOfId.putIfAbsent(id, parser.getCurrentLineNumber());
                    if (firstLine != null) {
                        throw new SeedException(file.name() + " line " + parser.getCurrentLineNumber() + " repeats id "
                                + id + " of line " + firstLine);
                    }
                }
                rows.add(row);
            }
            return rows;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not read seed file " + folder() + file.name(), e);
        }
    }

    private static Object value(SeedFile file, String column, String cell) {
        if (file.listColumns().contains(column)) {
            return cell.isBlank() ? List.of() : Arrays.stream(cell.split("\\|")).map(String::strip).toList();
        }
        return cell.isBlank() ? null : cell;
    }

    private String folder() {
        return properties.location().endsWith("/") ? properties.location() : properties.location() + "/";
    }
}
