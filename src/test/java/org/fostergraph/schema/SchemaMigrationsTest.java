package org.fostergraph.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.fostergraph.HandBuiltGraphTest;
import org.fostergraph.neo4j.GraphSessions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The start-up migration runner against the context's real database, which it migrated when it started. */
class SchemaMigrationsTest extends HandBuiltGraphTest {

    private static final Path GRAPH_SCHEMA = Path.of("graph-schema");

    @Autowired
    private SchemaMigrations migrations;

    @Autowired
    private GraphSessions sessions;

    @TempDir
    private Path folder;

    @AfterEach
    void removeWhatTheseTestsAdded() {
        given("MATCH (m:SchemaMigration) WHERE m.version >= 900 DETACH DELETE m");
        given("DROP INDEX test_only_lookup IF EXISTS");
        given("MATCH (l:SchemaMigrationLock) DELETE l");
    }

    @Test
    void everyFileWasAppliedOnceInOrderWithItsChecksum() {
        List<AppliedMigration> applied = migrations.applied();

        assertThat(applied).extracting(AppliedMigration::version).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18);
        assertThat(applied).extracting(AppliedMigration::fileName).containsExactly("V001__unique_ids.cypher",
                "V002__locations_and_lookups.cypher", "V003__changes_holds_sleepovers.cypher", "V004__referrals.cypher", "V005__postcode_sectors.cypher",
                "V006__council_ownership_and_read_audit.cypher", "V007__open_placements.cypher", "V008__household_council_provision.cypher",
                "V009__client_keys_per_caller.cypher", "V010__children_by_return_id.cypher",
                "V011__social_workers_by_council.cypher", "V012__postcode_directory.cypher", "V013__page_sessions.cypher",
                "V014__provider_referrals.cypher", "V015__places_not_available.cypher", "V016__published_vacancies.cypher",
                "V017__referral_risks.cypher", "V018__vacancies_by_council.cypher");
        assertThat(applied).extracting(AppliedMigration::description)
                .containsExactly("unique ids", "locations and lookups", "changes holds sleepovers", "referrals", "postcode sectors",
                        "council ownership and read audit", "open placements", "household council provision",
                        "client keys per caller", "children by return id", "social workers by council", "postcode directory",
                        "page sessions", "provider referrals", "places not available", "published vacancies", "referral risks",
                        "vacancies by council");
        assertThat(applied).extracting(AppliedMigration::checksum)
                .containsExactlyElementsOf(migrations.scripts().stream().map(MigrationScript::checksum).toList());
        assertThat(count("MATCH (:SchemaMigration {version: 1})-[:NEXT]->(m:SchemaMigration {version: 2}) RETURN count(m)"))
                .isEqualTo(1);
        assertThat(migrations.migrate()).isEmpty();
        assertThat(count("MATCH (:SchemaMigration {version: 17})-[:NEXT]->(m:SchemaMigration {version: 18}) RETURN count(m)"))
                .isEqualTo(1);
        assertThat(count("MATCH (m:SchemaMigration) RETURN count(m)")).isEqualTo(18);
    }

    @Test
    void theSchemaHoldsEveryIdConstraintAndTheLocationIndexes() {
        List<String> constraints = neo4j.query("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name")
                .fetchAs(String.class).all().stream().toList();
        assertThat(constraints).contains("household_id", "child_id", "placement_id", "constellation_id",
                "locality_id", "provider_id", "carer_id", "social_worker_id", "local_authority_code", "status_change_id",
                "provider_referral_id", "offer_id", "places_not_available_id", "vacancy_id");
        List<String> pointIndexes = neo4j.query("SHOW POINT INDEXES YIELD name RETURN name ORDER BY name")
                .fetchAs(String.class).all().stream().toList();
        assertThat(pointIndexes).containsExactly("child_home_location", "household_location", "locality_centre");
    }

    @Test
    void aNewFileIsAppliedOnceAfterTheOthers() throws IOException {
        copyAppliedFiles();
        Files.writeString(folder.resolve("V900__test_only_lookup.cypher"),
                "// a lookup only this test needs\nCREATE INDEX test_only_lookup IF NOT EXISTS FOR (n:TestOnly) ON (n.key);\n");
        SchemaMigrations runner = runnerOn(folder, Duration.ofSeconds(5));

        assertThat(runner.migrate()).extracting(AppliedMigration::fileName).containsExactly("V900__test_only_lookup.cypher");
        assertThat(runner.migrate()).isEmpty();
        assertThat(count("SHOW INDEXES YIELD name WHERE name = 'test_only_lookup' RETURN count(*)")).isEqualTo(1);
        assertThat(count("MATCH (:SchemaMigration {version: 18})-[:NEXT]->(m:SchemaMigration {version: 900}) RETURN count(m)"))
                .isEqualTo(1);
    }

    @Test
    void theOpenPlacementFileGivesPlacementsLoadedBeforeItTheirChildsCouncilAndTheirEnd() throws IOException {
        copyAppliedFiles();
        Files.copy(GRAPH_SCHEMA.resolve("V007__open_placements.cypher"), folder.resolve("V900__open_placements_again.cypher"));
        // Written as a graph loaded before V007 holds them: no council, no openUntil.
        neo4j.query("""
                CREATE (a:Child {id: 'A', council: 'E1'})-[:HAD]->(:Placement {id: 'A1', start: date('2024-01-01'), end: date('2025-02-01')})
                CREATE (a)-[:HAD]->(:Placement {id: 'A2', start: date('2025-02-01')})
                CREATE (:Child {id: 'B', council: 'E2'})-[:HAD]->(:Placement {id: 'B1', start: date('2025-06-01')})
                """).run();

        runnerOn(folder, Duration.ofSeconds(5)).migrate();

        assertThat(neo4j.query("MATCH (p:Placement) RETURN p.id + ' ' + p.council + ' ' + toString(p.openUntil) AS keys ORDER BY keys")
                .fetchAs(String.class).all()).containsExactly("A1 E1 2025-02-01", "A2 E1 9999-12-31", "B1 E2 9999-12-31");
        assertThat(count("""
                MATCH (p:Placement) USING INDEX p:Placement(council, openUntil)
                WHERE p.council IN ['E1', 'E2'] AND p.openUntil > date('2025-03-01') RETURN count(p)
                """)).isEqualTo(2);
    }

    @Test
    void theReferralRisksFileGivesReferralsOpenedBeforeItNoRisksAndKeepsThoseRecorded() throws IOException {
        copyAppliedFiles();
        Files.copy(GRAPH_SCHEMA.resolve("V017__referral_risks.cypher"), folder.resolve("V900__referral_risks_again.cypher"));
        neo4j.query("""
                CREATE (:Referral {id: 'R-OLD', council: 'E1'})
                CREATE (:Referral {id: 'R-NEW', council: 'E1', risks: ['ONLY_CHILD']})
                """).run();

        runnerOn(folder, Duration.ofSeconds(5)).migrate();

        assertThat(neo4j.query("MATCH (r:Referral) RETURN r.id + ' ' + toString(size(r.risks)) AS risks ORDER BY risks")
                .fetchAs(String.class).all()).containsExactly("R-NEW 1", "R-OLD 0");
    }

    @Test
    void anEditedFileThatWasAppliedStopsStartUpAndChangesNothing() throws IOException {
        copyAppliedFiles();
        Path edited = folder.resolve("V002__locations_and_lookups.cypher");
        Files.writeString(edited, Files.readString(edited).replace("ON (n.postcodeSector)", "ON (n.postcode)"));
        Files.writeString(folder.resolve("V900__test_only_lookup.cypher"),
                "CREATE INDEX test_only_lookup IF NOT EXISTS FOR (n:TestOnly) ON (n.key);\n");

        assertThatThrownBy(() -> runnerOn(folder, Duration.ofSeconds(5)).migrate())
                .isInstanceOf(SchemaMigrationException.class)
                .hasMessageStartingWith("Graph schema file V002__locations_and_lookups.cypher was edited after it was "
                        + "applied to this database (applied checksum " + migrations.applied().get(1).checksum())
                .hasMessageEndingWith("Restore the file and put the change in a new V<next>__<description>.cypher file.");
        assertThat(count("MATCH (m:SchemaMigration) RETURN count(m)")).isEqualTo(18);
        assertThat(count("SHOW INDEXES YIELD name WHERE name = 'test_only_lookup' RETURN count(*)")).isZero();
    }

    @Test
    void aFailingStatementNamesItsFileAndIsNotRecorded() throws IOException {
        copyAppliedFiles();
        Files.writeString(folder.resolve("V900__broken.cypher"), "CREATE INDEXX nonsense;\n");

        assertThatThrownBy(() -> runnerOn(folder, Duration.ofSeconds(5)).migrate())
                .isInstanceOf(SchemaMigrationException.class)
                .hasMessageStartingWith("Graph schema file V900__broken.cypher failed on statement: CREATE INDEXX nonsense");
        assertThat(count("MATCH (m:SchemaMigration) RETURN count(m)")).isEqualTo(18);
        assertThat(count("MATCH (l:SchemaMigrationLock) RETURN count(l)")).isZero();
    }

    @Test
    void waitsForAnotherInstanceMigratingAndGivesUpWithAnExplanation() throws IOException {
        copyAppliedFiles();
        given("CREATE (:SchemaMigrationLock {id: 'graph-schema', owner: 'another replica', since: datetime()})");

        assertThatThrownBy(() -> runnerOn(folder, Duration.ofSeconds(1)).migrate())
                .isInstanceOf(SchemaMigrationException.class)
                .hasMessageStartingWith("Another instance has held the graph schema lock for more than 1 s and is still renewing it");
    }

    /** Issue 21, finding 8: a replica that crashed while migrating left its lock, and every later start waited and failed. */
    @Test
    void aLockWhoseHolderStoppedRenewingItIsTakenOverSoACrashLoopRestartsCleanly() throws IOException {
        copyAppliedFiles();
        Files.writeString(folder.resolve("V900__test_only_lookup.cypher"),
                "CREATE INDEX test_only_lookup IF NOT EXISTS FOR (n:TestOnly) ON (n.key);\n");
        given("""
                CREATE (:SchemaMigrationLock {id: 'graph-schema', owner: 'crashed replica',
                        since: datetime() - duration('PT10M'), heartbeat: datetime() - duration('PT10M')})
                """);

        long started = System.nanoTime();
        assertThat(runnerOn(folder, Duration.ofSeconds(20), Duration.ofSeconds(30)).migrate())
                .extracting(AppliedMigration::fileName).containsExactly("V900__test_only_lookup.cypher");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(count("MATCH (l:SchemaMigrationLock) RETURN count(l)")).isZero();
    }

    @Test
    void aLockWrittenBeforeHeartbeatsIsStaleByItsStart() throws IOException {
        copyAppliedFiles();
        given("CREATE (:SchemaMigrationLock {id: 'graph-schema', owner: 'an older release', since: datetime() - duration('PT2M')})");

        assertThat(runnerOn(folder, Duration.ofSeconds(20), Duration.ofSeconds(30)).migrate()).isEmpty();
        assertThat(count("MATCH (l:SchemaMigrationLock) RETURN count(l)")).isZero();
    }

    @Test
    void aLockWhoseHolderKeepsRenewingItIsWaitedForNotTakenOver() throws IOException {
        copyAppliedFiles();
        given("CREATE (:SchemaMigrationLock {id: 'graph-schema', owner: 'busy replica', since: datetime() - duration('PT10M'), "
                + "heartbeat: datetime()})");

        assertThatThrownBy(() -> runnerOn(folder, Duration.ofSeconds(1), Duration.ofSeconds(30)).migrate())
                .isInstanceOf(SchemaMigrationException.class)
                .hasMessageStartingWith("Another instance has held the graph schema lock for more than 1 s and is still renewing it");
        assertThat(count("MATCH (l:SchemaMigrationLock {owner: 'busy replica'}) RETURN count(l)")).isEqualTo(1);
    }

    @Test
    void theHolderRenewsItsHeartbeatWhileItMigrates() throws IOException {
        copyAppliedFiles();
        // A statement that keeps the runner busy for a second or more (9 million rows), with a heartbeat every 0.3 s.
        Files.writeString(folder.resolve("V900__slow.cypher"),
                "UNWIND range(1, 3000) AS a UNWIND range(1, 3000) AS b WITH a, b WHERE a + b < 0 RETURN count(*);\n");
        SchemaMigrations runner = runnerOn(folder, Duration.ofSeconds(5), Duration.ofMillis(900));
        AtomicReference<String> seen = new AtomicReference<>();
        Thread watcher = new Thread(() -> {
            String first = null;
            for (int i = 0; i < 200 && seen.get() == null; i++) {
                String beat = neo4j.query("MATCH (l:SchemaMigrationLock) RETURN toString(l.heartbeat) AS beat")
                        .fetchAs(String.class).one().orElse(null);
                if (first == null) {
                    first = beat;
                }
                else if (beat != null && !beat.equals(first)) {
                    seen.set(beat);
                }
                try {
                    Thread.sleep(20);
                }
                catch (InterruptedException e) {
                    return;
                }
            }
        });
        watcher.start();
        runner.migrate();
        watcher.interrupt();
        assertThat(seen.get()).as("a renewed heartbeat seen while the migration ran").isNotNull();
    }

    @Test
    void twoFilesWithOneVersionAreRefused() throws IOException {
        copyAppliedFiles();
        Files.writeString(folder.resolve("V002__another.cypher"), "CREATE INDEX x IF NOT EXISTS FOR (n:X) ON (n.x);\n");

        assertThatThrownBy(() -> runnerOn(folder, Duration.ofSeconds(1)).scripts())
                .isInstanceOf(SchemaMigrationException.class)
                .hasMessageContaining("have the same version");
    }

    private void copyAppliedFiles() throws IOException {
        try (var files = Files.list(GRAPH_SCHEMA)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".cypher")).toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
    }

    private SchemaMigrations runnerOn(Path scripts, Duration lockTimeout) {
        return runnerOn(scripts, lockTimeout, Duration.ofSeconds(30));
    }

    private SchemaMigrations runnerOn(Path scripts, Duration lockTimeout, Duration lockStaleAfter) {
        return new SchemaMigrations(sessions, new SchemaProperties(scripts.toUri().toString(), lockTimeout, lockStaleAfter));
    }
}
