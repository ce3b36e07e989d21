package org.fostergraph.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.fostergraph.neo4j.StoreLayout;

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

    /** The server keeps each node's relationships as the in-process database does ({@link StoreLayout}). */
    @Test
    void neo4jKeepsRelationshipsByTypeAsTheInProcessDatabaseDoes() {
        // Neo4j's image reads a setting from NEO4J_ + its name, a dot as _ and an underscore as __.
        String variable = "NEO4J_" + StoreLayout.RELATIONSHIP_GROUPING_SETTING.replace("_", "__").replace('.', '_');
        assertThat(variable).isEqualTo("NEO4J_db_relationship__grouping__threshold");
        assertThat(environment("neo4j")).containsEntry(variable, String.valueOf(StoreLayout.RELATIONSHIP_GROUPING_THRESHOLD));
    }

    /**
     * {@code docker compose --profile idp up}: Keycloak imports the realm the Keycloak browser test signs in to, and the
     * second replica's pages sign in through it at the address the realm lets it return to, with the same issuer for
     * the browser and the containers, and the groups the realm sends mapped to councils.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theIdpProfileSignsTheSecondReplicasPagesInThroughKeycloakWithTheDemoRealm() throws IOException {
        Map<String, Object> keycloak = service("keycloak");
        assertThat((List<String>) keycloak.get("profiles")).containsExactly("idp");
        assertThat(keycloak.get("image")).isEqualTo(org.fostergraph.web.KeycloakSignInTest.IMAGE);
        assertThat((List<String>) keycloak.get("volumes"))
                .contains("./docker/keycloak/fostergraph-realm.json:/opt/keycloak/data/import/fostergraph-realm.json:ro");
        assertThat((List<String>) keycloak.get("ports")).containsExactly("127.0.0.1:8180:8180");

        Map<String, Object> signin = service("fostergraph-signin");
        assertThat((List<String>) signin.get("profiles")).containsExactly("idp");
        assertThat((List<String>) signin.get("ports")).containsExactly("127.0.0.1:8081:8080");
        assertThat((Map<String, Object>) ((Map<String, Object>) signin.get("depends_on")).get("keycloak"))
                .containsEntry("condition", "service_healthy");
        Map<String, Object> env = environment("fostergraph-signin");
        String issuer = "http://keycloak.localhost:8180/realms/fostergraph";
        assertThat(env).containsEntry("SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_COUNCIL_ISSUER_URI", issuer)
                .containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", issuer)
                .containsEntry("FOSTERGRAPH_SEED_MODE", "never");

        JsonNode realm = new ObjectMapper().readTree(Files.readString(Path.of("docker", "keycloak", "fostergraph-realm.json")));
        List<String> roles = new java.util.ArrayList<>();
        realm.path("roles").path("realm").forEach(role -> roles.add(role.path("name").asString()));
        assertThat(roles).containsExactly("FOSTERING", "OFFICER", "COMMISSIONER", "ADMIN");
        JsonNode pages = null;
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asString().equals(env.get("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_COUNCIL_CLIENT_ID"))) {
                pages = client;
            }
        }
        assertThat(pages).as("the realm holds the registration's client").isNotNull();
        assertThat(pages.path("secret").asString()).isEqualTo(env.get("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_COUNCIL_CLIENT_SECRET"));
        assertThat(pages.path("redirectUris").get(0).asString()).isEqualTo("http://localhost:8081/login/oauth2/code/*");
        assertThat(pages.path("attributes").path("post.logout.redirect.uris").asString()).isEqualTo("http://localhost:8081/login?signedOut");
        JsonNode groups = new ObjectMapper().readTree((String) env.get("SPRING_APPLICATION_JSON")).path("fostergraph")
                .path("security").path("groups");
        List<String> realmGroups = new java.util.ArrayList<>();
        realm.path("groups").forEach(group -> realmGroups.add(group.path("name").asString()));
        List<String> mapped = new java.util.ArrayList<>();
        groups.propertyNames().forEach(mapped::add);
        assertThat(mapped).containsExactlyInAnyOrderElementsOf(realmGroups);
        assertThat(groups.path("demo-council").path("councils").get(0).asString()).isEqualTo("DEMO");
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
