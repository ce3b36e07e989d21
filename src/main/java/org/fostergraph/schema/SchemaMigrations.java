package org.fostergraph.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.exceptions.ClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.fostergraph.neo4j.GraphSessions;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies the versioned files of {@code graph-schema/} once each, in version order, and records every
 * applied file in the graph with its checksum (the conventions of neo4j-migrations, which is not available
 * here). Runs while the application context starts, so nothing is served on an out-of-date schema, and
 * refuses to start when a file that was already applied has been edited since.
 */
@Component
public class SchemaMigrations implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);
    private static final String LOCK_ID = "graph-schema";

    private final GraphSessions sessions;
    private final SchemaProperties properties;
    private final ResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

    public SchemaMigrations(GraphSessions sessions, SchemaProperties properties) {
        this.sessions = sessions;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        migrate();
    }

    /** Brings the graph schema up to date and answers the files applied by this call. */
    public List<AppliedMigration> migrate() {
        List<MigrationScript> scripts = scripts();
        try (Session session = session()) {
            session.run("CREATE CONSTRAINT schema_migration_version IF NOT EXISTS "
                    + "FOR (m:SchemaMigration) REQUIRE m.version IS UNIQUE").consume();
            session.run("CREATE CONSTRAINT schema_migration_lock_id IF NOT EXISTS "
                    + "FOR (l:SchemaMigrationLock) REQUIRE l.id IS UNIQUE").consume();
            try (HeldLock lock = acquireLock(session)) {
                return applyPending(session, scripts);
            }
        }
    }

    /** The files recorded in the graph as applied, oldest first. */
    public List<AppliedMigration> applied() {
        try (Session session = session()) {
            return applied(session);
        }
    }

    private List<AppliedMigration> applyPending(Session session, List<MigrationScript> scripts) {
        Map<Integer, AppliedMigration> applied = applied(session).stream()
                .collect(Collectors.toMap(AppliedMigration::version, Function.identity()));
        for (MigrationScript script : scripts) {
            AppliedMigration record = applied.get(script.version());
            if (record != null && !record.checksum().equals(script.checksum())) {
                throw new SchemaMigrationException("Graph schema file " + script.fileName()
                        + " was edited after it was applied to this database (applied checksum "
                        + record.checksum() + ", file checksum " + script.checksum()
                        + "). Restore the file and put the change in a new V<next>__<description>.cypher file.");
            }
        }
        var knownVersions = scripts.stream().map(MigrationScript::version).collect(Collectors.toSet());
        applied.values().stream()
                .filter(record -> !knownVersions.contains(record.version()))
                .forEach(record -> log.warn("The graph has schema version {} ({}) applied, which this build does "
                        + "not know: a newer release migrated it", record.version(), record.fileName()));

        List<AppliedMigration> appliedNow = new ArrayList<>();
        for (MigrationScript script : scripts) {
            if (applied.containsKey(script.version())) {
                continue;
            }
            for (String statement : script.statements()) {
                try {
                    session.run(statement).consume();
                }
                catch (ClientException e) {
                    throw new SchemaMigrationException("Graph schema file " + script.fileName()
                            + " failed on statement: " + statement + " (" + e.getMessage() + ")", e);
                }
            }
            AppliedMigration record = toApplied(session.run("""
                    OPTIONAL MATCH (previous:SchemaMigration) WHERE NOT (previous)-[:NEXT]->()
                    CREATE (m:SchemaMigration {version: $version, description: $description, file: $file,
                            checksum: $checksum, appliedAt: datetime()})
                    FOREACH (p IN CASE WHEN previous IS NULL THEN [] ELSE [previous] END | CREATE (p)-[:NEXT]->(m))
                    RETURN m.version AS version, m.description AS description, m.file AS file,
                           m.checksum AS checksum, m.appliedAt AS appliedAt
                    """, Map.of("version", script.version(), "description", script.description(),
                    "file", script.fileName(), "checksum", script.checksum()))
                    .single());
            log.info("Applied graph schema file {}", script.fileName());
            appliedNow.add(record);
        }
        return appliedNow;
    }

    private List<AppliedMigration> applied(Session session) {
        return session.run("""
                MATCH (m:SchemaMigration)
                RETURN m.version AS version, m.description AS description, m.file AS file,
                       m.checksum AS checksum, m.appliedAt AS appliedAt
                ORDER BY m.version
                """).list(SchemaMigrations::toApplied);
    }

    private static AppliedMigration toApplied(org.neo4j.driver.Record row) {
        return new AppliedMigration(row.get("version").asInt(), row.get("description").asString(),
                row.get("file").asString(), row.get("checksum").asString(), row.get("appliedAt").asZonedDateTime());
    }

    /**
     * Another replica may be migrating the same graph; the unique lock node lets only one through. Its holder renews
     * the lock's heartbeat while it works, so a lock whose heartbeat has stopped for {@code lockStaleAfter} was left
     * by a replica that died part-way (a crash loop would otherwise wait out the timeout and fail on every start), and
     * is taken over. The heartbeat and the staleness are both the database's clock, so replicas' clocks do not matter.
     */
    private HeldLock acquireLock(Session session) {
        String owner = UUID.randomUUID().toString();
        Instant deadline = Instant.now().plus(properties.lockTimeout());
        while (true) {
            try {
                session.run("CREATE (:SchemaMigrationLock {id: $id, owner: $owner, since: datetime(), heartbeat: datetime()})",
                        Map.of("id", LOCK_ID, "owner", owner)).consume();
                return new HeldLock(owner);
            }
            catch (ClientException e) {
                if (!"Neo.ClientError.Schema.ConstraintValidationFailed".equals(e.code())) {
                    throw e;
                }
                if (takeOverIfStale(session, owner)) {
                    return new HeldLock(owner);
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new SchemaMigrationException("Another instance has held the graph schema lock for more than "
                            + properties.lockTimeout().toSeconds() + " s and is still renewing it, so it is still "
                            + "migrating. If no instance is starting, remove it with MATCH (l:SchemaMigrationLock) DELETE l", e);
                }
                sleep(Duration.ofMillis(500));
            }
        }
    }

    /**
     * Takes the lock over when its heartbeat (or, for a lock written before heartbeats, its start) is older than
     * {@code lockStaleAfter}. The lock node is written to first, which takes its write lock, and read only then: two
     * replicas finding one stale lock are served one after the other, and the second reads the first's fresh heartbeat.
     */
    private boolean takeOverIfStale(Session session, String owner) {
        try (Transaction tx = session.beginTransaction()) {
            var locked = tx.run("MATCH (l:SchemaMigrationLock {id: $id}) SET l.claimedBy = $owner RETURN l.id AS id",
                    Map.of("id", LOCK_ID, "owner", owner)).list();
            if (locked.isEmpty()) {
                return false;
            }
            var lock = tx.run("""
                    MATCH (l:SchemaMigrationLock {id: $id})
                    RETURN l.owner AS holder, coalesce(l.heartbeat, l.since) < datetime() - $staleAfter AS stale
                    """, Map.of("id", LOCK_ID, "staleAfter", properties.lockStaleAfter())).single();
            if (!lock.get("stale").asBoolean(false)) {
                return false; // rolled back as the transaction closes
            }
            tx.run("""
                    MATCH (l:SchemaMigrationLock {id: $id})
                    SET l.owner = $owner, l.since = datetime(), l.heartbeat = datetime(), l.takenOverFrom = $holder
                    REMOVE l.claimedBy
                    """, Map.of("id", LOCK_ID, "owner", owner, "holder", lock.get("holder").asString(""))).consume();
            log.warn("Took over the graph schema lock from {}, which stopped renewing it more than {} s ago",
                    lock.get("holder").asString("an unknown holder"), properties.lockStaleAfter().toSeconds());
            tx.commit();
            return true;
        }
    }

    /** The lock this replica holds, with the heartbeat that tells other replicas it is still at work. */
    private final class HeldLock implements AutoCloseable {

        private final String owner;
        private final ScheduledExecutorService heartbeat;

        HeldLock(String owner) {
            this.owner = owner;
            this.heartbeat = Executors.newSingleThreadScheduledExecutor(work -> {
                Thread thread = new Thread(work, "graph-schema-lock-heartbeat");
                thread.setDaemon(true);
                return thread;
            });
            long every = Math.max(1, properties.lockStaleAfter().toMillis() / 3);
            heartbeat.scheduleAtFixedRate(this::renew, every, every, TimeUnit.MILLISECONDS);
        }

        private void renew() {
            try (Session session = session()) {
                boolean stillOurs = session.executeWrite(tx -> tx.run(
                        "MATCH (l:SchemaMigrationLock {id: $id, owner: $owner}) SET l.heartbeat = datetime() RETURN l.id",
                        Map.of("id", LOCK_ID, "owner", owner)).hasNext());
                if (!stillOurs) {
                    log.error("The graph schema lock was taken over while this instance was migrating: its heartbeat "
                            + "could not reach the database for {} s", properties.lockStaleAfter().toSeconds());
                }
            }
            catch (RuntimeException e) {
                log.warn("Could not renew the graph schema lock's heartbeat: {}", e.getClass().getSimpleName());
            }
        }

        @Override
        public void close() {
            heartbeat.shutdownNow();
            try (Session session = session()) {
                session.run("MATCH (l:SchemaMigrationLock {id: $id, owner: $owner}) DELETE l",
                        Map.of("id", LOCK_ID, "owner", owner)).consume();
            }
        }
    }

    List<MigrationScript> scripts() {
        Resource[] found;
        try {
            String location = properties.locations().endsWith("/") ? properties.locations() : properties.locations() + "/";
            found = resources.getResources(location + "*.cypher");
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not list graph schema files in " + properties.locations(), e);
        }
        List<MigrationScript> scripts = Arrays.stream(found)
                .filter(resource -> MigrationScript.isCandidate(resource.getFilename()))
                .map(MigrationScript::read)
                .sorted(Comparator.comparingInt(MigrationScript::version))
                .toList();
        for (int i = 1; i < scripts.size(); i++) {
            if (scripts.get(i).version() == scripts.get(i - 1).version()) {
                throw new SchemaMigrationException("Graph schema files " + scripts.get(i - 1).fileName() + " and "
                        + scripts.get(i).fileName() + " have the same version");
            }
        }
        if (scripts.isEmpty()) {
            throw new SchemaMigrationException("No graph schema files found in " + properties.locations());
        }
        return scripts;
    }

    private Session session() {
        return sessions.open();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaMigrationException("Interrupted while waiting for the graph schema lock", e);
        }
    }
}
