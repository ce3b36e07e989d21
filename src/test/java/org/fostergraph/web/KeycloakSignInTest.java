package org.fostergraph.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.MountableFile;

/**
 * The page sign-in flow against Keycloak with the realm docker compose's {@code idp} profile imports
 * (docker/keycloak/fostergraph-realm.json). Needs Docker: skipped without it, like the Neo4j server tests. The realm's
 * addresses are the compose's (localhost:8081); here the replicas' ports are random, so the test's copy accepts any
 * localhost port.
 */
@Testcontainers(disabledWithoutDocker = true)
public class KeycloakSignInTest extends PageSignInFlow {

    /** The same image as docker compose's idp profile (config.DockerComposeTest holds them together). */
    public static final String IMAGE = "quay.io/keycloak/keycloak:26.0";
    private static final Path REALM = Path.of("docker", "keycloak", "fostergraph-realm.json");

    @Override
    Provider startProvider(List<String> redirectUris, List<String> postLogoutRedirectUris) {
        Path realm = testRealm();
        GenericContainer<?> keycloak = new GenericContainer<>(IMAGE)
                .withCopyFileToContainer(MountableFile.forHostPath(realm), "/opt/keycloak/data/import/fostergraph-realm.json")
                .withCommand("start-dev", "--import-realm")
                .withExposedPorts(8080)
                .waitingFor(Wait.forHttp("/realms/fostergraph/.well-known/openid-configuration").forStatusCode(200));
        keycloak.start();
        String issuer = "http://" + keycloak.getHost() + ":" + keycloak.getMappedPort(8080) + "/realms/fostergraph";
        return new Provider(issuer, new User("fostergraph", "fostergraph-demo-secret"), new User("officer", "officer"),
                new User("other.officer", "other.officer"), new User("no.role", "no.role"),
                Map.of("demo-council", List.of(List.of(), List.of("DEMO")),
                        "other-council-officers", List.of(List.of("OFFICER"), List.of("OTHER"))),
                new User("fostergraph-service", "fostergraph-service-demo-secret"), keycloak::stop);
    }

    private static Path testRealm() {
        try {
            String realm = Files.readString(REALM)
                    .replace("\"http://localhost:8081/login/oauth2/code/*\"", "\"http://localhost:*\"")
                    .replace("\"post.logout.redirect.uris\": \"http://localhost:8081/login?signedOut\"", "\"post.logout.redirect.uris\": \"+\"");
            if (realm.contains("8081")) {
                throw new IllegalStateException("The realm's addresses changed: update " + KeycloakSignInTest.class.getSimpleName());
            }
            Path copy = Files.createTempFile("fostergraph-realm", ".json");
            Files.writeString(copy, realm);
            return copy;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
