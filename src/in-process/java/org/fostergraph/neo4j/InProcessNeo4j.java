package org.fostergraph.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.FileSystemUtils;

/** A Neo4j 5.26 DBMS running in this JVM, reachable over Bolt on the loopback interface only. */
final class InProcessNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(InProcessNeo4j.class);

    private final DatabaseManagementService managementService;
    private final URI boltUri;
    private final Path homeDirectory;
    private final boolean ephemeral;

    private InProcessNeo4j(DatabaseManagementService managementService, URI boltUri, Path homeDirectory,
            boolean ephemeral) {
        this.managementService = managementService;
        this.boltUri = boltUri;
        this.homeDirectory = homeDirectory;
        this.ephemeral = ephemeral;
    }

    static InProcessNeo4j start(InProcessNeo4jProperties properties) {
        Path home = properties.ephemeral() ? temporaryDirectory() : properties.directory().toAbsolutePath();
        long started = System.nanoTime();
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
        if (properties.ephemeral()) {
            // A throw-away database has nothing to drain: Bolt's default graceful stop (a 5 s quiet period, up to 15 s)
            // for each test context, all run in the JVM's shutdown, outlasts the 30 s Surefire gives a fork to exit.
            builder.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2));
        }
        DatabaseManagementService managementService = builder
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", properties.boltPort()))
                // Neo4j 5.26's in-JVM "local" Bolt channel does not work on the Netty 4.2 that Spring Boot 4
                // manages ("IoHandle of type LocalServerChannel$LocalServerUnsafe not supported",
                // neo4j issue 13660). Nothing here uses it: the driver connects over loopback TCP.
                .setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
                // Neo4j's HTTP connector would bring its own Jetty into a servlet application.
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes())
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.dense_node_threshold, StoreLayout.RELATIONSHIP_GROUPING_THRESHOLD)
                .build();
        managementService.registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, new AppendOnlyAudit());
        GraphDatabaseAPI system = (GraphDatabaseAPI) managementService.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        var boltAddress = system.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        URI boltUri = URI.create("bolt://" + boltAddress.getHost() + ":" + boltAddress.getPort());
        log.info("In-process Neo4j started in {} ms at {} with data in {}",
                Duration.ofNanos(System.nanoTime() - started).toMillis(), boltUri, home);
        return new InProcessNeo4j(managementService, boltUri, home, properties.ephemeral());
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("fostergraph-neo4j-");
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not create a folder for the in-process Neo4j", e);
        }
    }

    DatabaseManagementService managementService() {
        return managementService;
    }

    URI boltUri() {
        return boltUri;
    }

    @Override
    public void close() {
        managementService.shutdown();
        if (ephemeral) {
            try {
                FileSystemUtils.deleteRecursively(homeDirectory);
            }
            catch (IOException e) {
                log.warn("Could not delete the temporary Neo4j folder {}", homeDirectory, e);
            }
        }
    }
}
