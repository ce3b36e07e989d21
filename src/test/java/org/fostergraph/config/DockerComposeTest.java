package org.fostergraph.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Docker engine runs where the tests run, so this reads {@code docker-compose.yml} instead: the service
 * must be given exactly the environment variables the application reads, and must wait for a healthy Neo4j.
 */
class DockerComposeTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

    private static Map<String, Object> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readCompose() throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            services = (Map<String, Object>) compose.get("services");
        }
    }

    @Test
    void theServiceIsGivenExactlyTheEnvironmentTheApplicationReads() throws IOException {
        Set<String> read = new TreeSet<>();
        Matcher placeholders = PLACEHOLDER.matcher(Files.readString(Path.of("src/main/resources/application.yaml")));
        while (placeholders.find()) {
            read.add(placeholders.group(1));
        }

        assertThat(environment("fostergraph").keySet()).containsExactlyInAnyOrderElementsOf(read);
        assertThat(read).contains("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD");
    }

    @Test
    void theServiceConnectsToTheComposeNeo4jWithItsCredentials() {
        Map<String, Object> env = environment("fostergraph");
        assertThat(env.get("NEO4J_URI")).isEqualTo("bolt://neo4j:7687");
        assertThat(env.get("NEO4J_USERNAME")).isEqualTo("neo4j");
        assertThat(env.get("NEO4J_PASSWORD")).isEqualTo("${NEO4J_PASSWORD}");
        assertThat((String) environment("neo4j").get("NEO4J_AUTH")).startsWith("neo4j/${NEO4J_PASSWORD");
    }

    @Test
    @SuppressWarnings("unchecked")
    void neo4jIs526CommunityWithVolumesAndAHealthcheckTheServiceWaitsFor() {
        Map<String, Object> neo4j = service("neo4j");
        assertThat(neo4j.get("image")).isEqualTo("neo4j:5.26-community");
        assertThat((List<String>) neo4j.get("volumes")).contains("neo4j-data:/data");
        assertThat((Map<String, Object>) neo4j.get("healthcheck")).containsKey("test");

        Map<String, Object> dependsOn = (Map<String, Object>) service("fostergraph").get("depends_on");
        assertThat((Map<String, Object>) dependsOn.get("neo4j")).containsEntry("condition", "service_healthy");
        assertThat(service("fostergraph").get("build")).isEqualTo(".");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) {
        return (Map<String, Object>) services.get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(String serviceName) {
        return (Map<String, Object>) service(serviceName).get("environment");
    }
}
