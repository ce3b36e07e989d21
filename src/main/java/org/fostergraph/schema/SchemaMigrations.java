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
import java.util.function.Function;
import java.util.stream.Collectors;

import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.fostergraph.support.GraphSessions;

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
            String owner = acquireLock(session);
            try {
                return applyPending(session, scripts);
            }
            finally {
                session.run("MATCH (l:SchemaMigrationLock {id: $id, owner: $owner}) DELETE l",
                        Map.of("id", LOCK_ID, "owner", owner)).consume();
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

    /** Another replica may be migrating the same graph; the unique lock node lets only one through. */
    private String acquireLock(Session session) {
        String owner = UUID.randomUUID().toString();
        Instant deadline = Instant.now().plus(properties.lockTimeout());
        while (true) {
            try {
                session.run("CREATE (:SchemaMigrationLock {id: $id, owner: $owner, since: datetime()})",
                        Map.of("id", LOCK_ID, "owner", owner)).consume();
                return owner;
            }
            catch (ClientException e) {
                if (!"Neo.ClientError.Schema.ConstraintValidationFailed".equals(e.code())) {
                    throw e;
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new SchemaMigrationException("Another instance has held the graph schema lock for more than "
                            + properties.lockTimeout().toSeconds() + " s. If no instance is starting, a crashed one left "
                            + "it behind: remove it with MATCH (l:SchemaMigrationLock) DELETE l", e);
                }
                sleep(Duration.ofMillis(500));
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
