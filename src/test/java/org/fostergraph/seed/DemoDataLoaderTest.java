package org.fostergraph.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.fostergraph.HandBuiltGraphTest;
import org.fostergraph.care.Ssda903Codes;
import org.fostergraph.schema.SchemaMigrations;
import org.fostergraph.neo4j.GraphSessions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Loading {@code seed/} into a graph that starts empty (this context loads no demo data itself). */
class DemoDataLoaderTest extends HandBuiltGraphTest {

    private static final Path SEED = Path.of("seed");

    @Autowired
    private GraphSessions sessions;

    @Autowired
    private ResourceLoader resources;

    @Autowired
    private Ssda903Codes codes;

    @Autowired
    private SchemaMigrations migrations;

    @TempDir
    private Path folder;

    @Test
    void loadsEveryRowOnceAndLoadingAgainChangesNothing() {
        DemoDataLoader loader = loader(SeedProperties.Mode.ALWAYS, SEED);

        loader.load();
        Map<String, Long> first = graphCounts();
        loader.load();

        assertThat(graphCounts()).isEqualTo(first);
        assertThat(first).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("LocalAuthority", 1L), Map.entry("Locality", 4L), Map.entry("Provider", 9L),
                Map.entry("Household", 294L), Map.entry("StatusChange", 455L), Map.entry("Carer", 399L),
                Map.entry("SocialWorker", 4L), Map.entry("Constellation", 3L), Map.entry("Child", 760L),
                Map.entry("Placement", 1146L), Map.entry(":IN", 205L), Map.entry(":NEIGHBOURS", 5L),
                Map.entry(":RUN_BY", 139L), Map.entry(":HUB_OF", 3L), Map.entry(":SATELLITE_OF", 22L),
                Map.entry(":LIAISON_FOR", 3L), Map.entry(":HOME_IN", 760L), Map.entry(":SIBLING_OF", 77L),
                Map.entry(":HAD", 1146L), Map.entry(":WITH", 1146L), Map.entry(":CARES_IN", 399L),
                Map.entry(":CHANGED_STATUS", 455L), Map.entry("Referral", 16L), Map.entry(":FOR", 16L), Map.entry("PostcodeSector", 57L),
                Map.entry("Vacancy", 4L), Map.entry(":AT", 4L)));
    }

    /**
     * Loaded on 15 June 2027, 227 days after the 31 October 2026 the seed describes, every date moves by 227 days: the
     * demo is the same council on that day, not one whose children grew up in care and whose plans lie behind it.
     */
    @Test
    void theDemoFollowsTheDayItIsLoadedOn() {
        Clock june2027 = Clock.fixed(Instant.parse("2027-06-15T09:00:00Z"), ZoneOffset.UTC);
        new DemoDataLoader(sessions, new SeedProperties(SeedProperties.Mode.ALWAYS, SEED.toUri().toString(),
                SeedProperties.Dates.FOLLOW_TODAY), resources, codes, migrations, june2027).load();

        // PL-00001 is written from 2025-01-17: 227 days later is 2025-09-01.
        assertThat(count("MATCH (p:Placement {id: 'PL-00001'}) WHERE p.start = date('2025-09-01') RETURN count(p)")).isEqualTo(1);
        // In care on the day: the 477 children placements.csv has in care on 2026-10-31 (counted from the file), none of
        // them 18 or over (as written, 33 of them would be by then, and still in care).
        String inCare = "MATCH (c:Child)-[:HAD]->(p:Placement) WHERE p.start <= date('2027-06-15') "
                + "AND (p.end IS NULL OR p.end > date('2027-06-15')) ";
        assertThat(count(inCare + "RETURN count(DISTINCT c)")).isEqualTo(477);
        assertThat(count(inCare + "AND duration.between(c.dateOfBirth, date('2027-06-15')).years >= 18 RETURN count(DISTINCT c)"))
                .isZero();
        // Nothing lies after the day.
        assertThat(count("""
                CALL () {
                    MATCH (p:Placement) RETURN coalesce(p.end, p.start) AS day
                    UNION ALL MATCH (h:Household) RETURN h.statusSince AS day
                    UNION ALL MATCH (s:StatusChange) RETURN s.date AS day
                    UNION ALL MATCH (c:Child) RETURN c.dateOfBirth AS day
                    UNION ALL MATCH (r:Referral) RETURN coalesce(r.closed, r.received) AS day
                    UNION ALL MATCH (k:Constellation) RETURN k.launched AS day
                    UNION ALL MATCH ()-[m:SATELLITE_OF]->() RETURN coalesce(m.until, m.since) AS day
                }
                WITH day WHERE day > date('2027-06-15') RETURN count(*)
                """)).isZero();
        assertThat(count("MATCH (p:Placement) WHERE p.openUntil = p.end AND p.end IS NOT NULL RETURN count(p)"))
                .as("the open-placement keys follow the moved ends").isEqualTo(count("MATCH (p:Placement) WHERE p.end IS NOT NULL RETURN count(p)"));
    }

    @Test
    void ifEmptyLoadsAnEmptyGraphAndLeavesACouncilsOwnDataAlone() throws Exception {
        loader(SeedProperties.Mode.IF_EMPTY, SEED).afterPropertiesSet();
        assertThat(count("MATCH (h:Household) RETURN count(h)")).isEqualTo(294);

        emptyTheGraph();
        given("CREATE (:LocalAuthority {code: 'OWN', name: 'A council with its own data'})");
        loader(SeedProperties.Mode.IF_EMPTY, SEED).afterPropertiesSet();
        assertThat(count("MATCH (h:Household) RETURN count(h)")).isZero();

        loader(SeedProperties.Mode.NEVER, SEED).afterPropertiesSet();
        assertThat(count("MATCH (n) WHERE NOT n:SchemaMigration RETURN count(n)")).isEqualTo(1);
    }

    @Test
    void aRowNamingAnUnknownLocalityLoadsNothingAndSaysWhichFile() throws IOException {
        copySeed();
        Path households = folder.resolve("households.csv");
        Files.writeString(households, Files.readString(households).replaceFirst(",LOC-CEN,", ",LOC-NOWHERE,"));

        assertThatThrownBy(() -> loader(SeedProperties.Mode.ALWAYS, folder).load())
                .isInstanceOf(SeedException.class)
                .hasMessage("households.csv: 1 of 294 rows name an id (locality, household, provider, child, "
                        + "constellation or worker) that the seed does not hold");
        assertThat(count("MATCH (n) WHERE NOT n:SchemaMigration RETURN count(n)")).isZero();
    }

    /** The import's rules hold for the seed too: a placement before the child's birth, or a move to nowhere, loads nothing. */
    @Test
    void aPlacementTheDfesRulesRefuseLoadsNothingAndSaysWhichRule() throws IOException {
        copySeed();
        Path children = folder.resolve("children.csv");
        Files.writeString(children, Files.readString(children).replaceFirst("CH-0001,2018-04-20,", "CH-0001,2025-12-01,"));

        assertThatThrownBy(() -> loader(SeedProperties.Mode.ALWAYS, folder).load())
                .isInstanceOf(SeedException.class)
                .hasMessage("placements.csv line 2 starts on 2025-01-17, before the child's date of birth 2025-12-01 (the DfE's rule 302)");

        Files.copy(SEED.resolve("children.csv"), children, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path placements = folder.resolve("placements.csv");
        Files.writeString(placements, Files.readString(placements).replaceFirst("2026-07-09,K2,PR4,4830.00,E13,", "2026-07-09,K2,PR4,4830.00,CHILD,"));
        assertThatThrownBy(() -> loader(SeedProperties.Mode.ALWAYS, folder).load())
                .isInstanceOf(SeedException.class)
                .hasMessage("placements.csv line 10 ends with the move reason CHILD but no placement of the child starts on 2026-07-09: "
                        + "a child who leaves care ends with a REC code (the DfE's rules 149 and 388)");
        assertThat(count("MATCH (n) WHERE NOT n:SchemaMigration RETURN count(n)")).isZero();
    }

    @Test
    void aRaggedRowIsReportedWithItsLine() throws IOException {
        copySeed();
        Files.writeString(folder.resolve("carers.csv"), "id,householdId,name\nCAR-1,HH-IN-001\n");

        assertThatThrownBy(() -> loader(SeedProperties.Mode.ALWAYS, folder).load())
                .isInstanceOf(SeedException.class)
                .hasMessage("carers.csv line 2 has 2 cells where the header names 3");
        assertThat(count("MATCH (n) WHERE NOT n:SchemaMigration RETURN count(n)")).isZero();
    }

    @Test
    void aRepeatedIdIsReportedWithBothLines() throws IOException {
        copySeed();
        Files.writeString(folder.resolve("social_workers.csv"), "id,name\nSW-1,Alex Marsh\nSW-2,Sam Lee\nSW-1,Alex Marsh\n");

        assertThatThrownBy(() -> loader(SeedProperties.Mode.ALWAYS, folder).load())
                .isInstanceOf(SeedException.class)
                .hasMessage("social_workers.csv line 4 repeats id SW-1 of line 2");
        assertThat(count("MATCH (n) WHERE NOT n:SchemaMigration RETURN count(n)")).isZero();
    }

    private DemoDataLoader loader(SeedProperties.Mode mode, Path seedFolder) {
        return new DemoDataLoader(sessions, new SeedProperties(mode, seedFolder.toUri().toString(), SeedProperties.Dates.AS_WRITTEN),
                resources, codes, migrations, Clock.systemUTC());
    }

    private void copySeed() throws IOException {
        try (Stream<Path> files = Files.list(SEED)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".csv")).toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
    }

    private Map<String, Long> graphCounts() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        neo4j.query("MATCH (n) WHERE NOT n:SchemaMigration UNWIND labels(n) AS label RETURN label, count(*) AS n")
                .fetch().all().forEach(row -> counts.put((String) row.get("label"), (Long) row.get("n")));
        neo4j.query("MATCH (a)-[r]->() WHERE NOT a:SchemaMigration RETURN type(r) AS type, count(*) AS n")
                .fetch().all().forEach(row -> counts.put(":" + row.get("type"), (Long) row.get("n")));
        return counts;
    }
}
