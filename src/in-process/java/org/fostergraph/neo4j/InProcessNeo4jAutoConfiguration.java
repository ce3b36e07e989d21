package org.fostergraph.neo4j;

import java.net.URI;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthTokens;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jAutoConfiguration;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Starts Neo4j inside this JVM when no Neo4j server is configured, so that one command runs the whole
 * service on a fresh machine. Only present in builds with the {@code in-process-neo4j} Maven profile.
 */
@AutoConfiguration(before = Neo4jAutoConfiguration.class)
@Conditional(NoNeo4jServerConfigured.class)
@EnableConfigurationProperties(InProcessNeo4jProperties.class)
public class InProcessNeo4jAutoConfiguration {

    @Bean(destroyMethod = "close")
    InProcessNeo4j inProcessNeo4j(InProcessNeo4jProperties properties) {
        return InProcessNeo4j.start(properties);
    }

    @Bean
    DatabaseManagementService inProcessDatabaseManagementService(InProcessNeo4j inProcessNeo4j) {
        return inProcessNeo4j.managementService();
    }

    @Bean
    Neo4jConnectionDetails inProcessNeo4jConnectionDetails(InProcessNeo4j inProcessNeo4j) {
        URI boltUri = inProcessNeo4j.boltUri();
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return boltUri;
            }

            @Override
            public org.neo4j.driver.AuthToken getAuthToken() {
                return AuthTokens.none();
            }
        };
    }
}
