package org.fostergraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fostergraph.FostergraphApplication;
import org.fostergraph.OtherCouncil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The deployed shape, end to end in Chromium: two replicas of fostergraph on one Neo4j (no sticky sessions: one
 * browser cookie reaches both, as behind a round-robin load balancer) and a real OpenID Connect provider, which each
 * subclass starts (Spring Authorization Server in this JVM, Keycloak in a container). A sign-in begun on replica A
 * completes on replica B (A's registration sends the provider's answer to B), pages and forms then work on either, and
 * signing out on one ends the session on both and at the provider. Users of two councils see only their own
 * council's children; a user the provider knows but fostergraph gives no role is refused. The API accepts the same
 * provider's tokens.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PageSignInFlow {

    /**
     * A running provider and its users, as the council set them up.
     *
     * @param issuer the provider's issuer URL
     * @param pagesClient fostergraph's registration at the provider: client id and secret
     * @param demoOfficer a placement officer of DEMO
     * @param otherOfficer a placement officer of OTHER, by a group the provider sends and {@code groups} maps
     * @param noRole a user the provider signs in but fostergraph gives nothing
     * @param groups fostergraph.security.groups as the council would configure it for this provider: group → roles, councils
     * @param serviceClient a client (client credentials) for OTHER's officer role: id and secret
     * @param stop stops the provider
     */
    record Provider(String issuer, User pagesClient, User demoOfficer, User otherOfficer, User noRole, Map<String, List<List<String>>> groups,
            User serviceClient, Runnable stop) {
    }

    /** A user name (or client id) and password (or secret). */
    record User(String name, String password) {
    }

    /** Starts the provider, accepting sign-ins that return to {@code redirectUris} and sign-outs to {@code postLogoutRedirectUris}. */
    abstract Provider startProvider(List<String> redirectUris, List<String> postLogoutRedirectUris);

    private static final String REGISTRATION = "council";
    private static final String PROVIDER_NAME = "Test council account";

    private Provider provider;
    private ConfigurableApplicationContext replicaA;
    private ConfigurableApplicationContext replicaB;
    private WebDriver browser;
    private String a;
    private String b;
    private String issuer;

    @BeforeAll
    void startTheDeployment() {
        browser = Browser.start(Browser.temporaryFolder("downloads"));
        int portA = freePort();
        int portB = freePort();
        a = "http://localhost:" + portA;
        b = "http://localhost:" + portB;
        provider = startProvider(List.of(a + "/login/oauth2/code/" + REGISTRATION, b + "/login/oauth2/code/" + REGISTRATION),
                List.of(a + "/login?signedOut", b + "/login?signedOut"));
        issuer = provider.issuer();

        Map<String, Object> deployment = deployment();
        deployment.put("server.port", portA);
        // A's sign-ins return to B: the authorization request A remembers must be found by B in the shared session.
        deployment.put("spring.security.oauth2.client.registration." + REGISTRATION + ".redirect-uri",
                b + "/login/oauth2/code/{registrationId}");
        deployment.put("fostergraph.in-process-neo4j.ephemeral", true);
        deployment.put("fostergraph.in-process-neo4j.bolt-port", 0);
        deployment.put("fostergraph.in-process-neo4j.page-cache", "64MB");
        replicaA = new SpringApplicationBuilder(FostergraphApplication.class).run(arguments(deployment));
        replicaA.getBean(Neo4jClient.class).query(OtherCouncil.CYPHER).run();
        replicaA.getBean(Neo4jClient.class).query("""
                MATCH (x1:Child {id: 'X1'}), (h:Household {id: 'HX'})
                CREATE (x1)-[:HAD]->(:Placement {id: 'PL-X1', council: 'OTHER', start: date('2026-02-01'),
                        openUntil: date('9999-12-31'), placeCode: 'U4', providerCode: 'PR1', weeklyCost: 420.0})-[:WITH]->(h)
                """).run();

        Map<String, Object> second = deployment();
        second.put("server.port", portB);
        second.put("spring.neo4j.uri", replicaA.getBean(Neo4jConnectionDetails.class).getUri().toString());
        second.put("fostergraph.seed.mode", "never");
        replicaB = new SpringApplicationBuilder(FostergraphApplication.class).run(arguments(second));
    }

    /** What a council configures (README), with the test provider's values; no profile, so no local users. */
    private Map<String, Object> deployment() {
        String registration = "spring.security.oauth2.client.registration." + REGISTRATION;
        Map<String, Object> properties = new HashMap<>();
        properties.put(registration + ".provider", REGISTRATION);
        properties.put(registration + ".client-id", provider.pagesClient().name());
        properties.put(registration + ".client-secret", provider.pagesClient().password());
        properties.put(registration + ".client-name", PROVIDER_NAME);
        properties.put(registration + ".scope", "openid,profile");
        properties.put("spring.security.oauth2.client.provider." + REGISTRATION + ".issuer-uri", issuer);
        properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer);
        provider.groups().forEach((group, grant) -> {
            if (!grant.get(0).isEmpty()) {
                properties.put("fostergraph.security.groups[" + group + "].roles", String.join(",", grant.get(0)));
            }
            properties.put("fostergraph.security.groups[" + group + "].councils", String.join(",", grant.get(1)));
        });
        // http://localhost in the test; a deployment keeps the cookie Secure.
        properties.put("server.servlet.session.cookie.secure", false);
        properties.put("fostergraph.today", "2026-11-24");
        properties.put("fostergraph.seed.dates", "as-written");
        properties.put("spring.main.banner-mode", "off");
        // Two replicas: 30 seconds each of the start-up warm-up would only slow the suite (StartUpWarmUpTest runs it).
        properties.put("fostergraph.warm-up.seconds", 0);
        return properties;
    }

    /** As command-line arguments, which win over application.yaml (default properties would not). */
    static String[] arguments(Map<String, Object> properties) {
        return properties.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue()).toArray(String[]::new);
    }

    @AfterAll
    void stopTheDeployment() {
        if (browser != null) {
            browser.quit();
        }
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {replicaB, replicaA}) {
            if (context != null) {
                context.close();
            }
        }
        if (provider != null) {
            provider.stop().run();
        }
    }

    @Test
    @Order(1)
    void aSignInBegunOnOneReplicaCompletesOnAnotherAndBothServeTheSessionUntilSignOutEndsItEverywhere() {
        forgetEverySession();
        browser.get(a + "/web/find-a-home");
        assertThat(browser.getCurrentUrl()).isEqualTo(a + "/login");
        assertThat(browser.findElements(By.id("password"))).as("no password form outside the local profile").isEmpty();

        signInAtTheProvider(provider.demoOfficer());
        assertThat(browser.getCurrentUrl()).as("the provider's answer reached B, which found A's sign-in").isEqualTo(b + "/web");
        assertThat(browser.findElement(By.id("signed-in-as")).getText()).isEqualTo(provider.demoOfficer().name());

        browser.get(a + "/web/find-a-home");
        assertThat(browser.getCurrentUrl()).as("B's session is A's").isEqualTo(a + "/web/find-a-home");
        List<String> children = childrenListed();
        assertThat(children).isNotEmpty().allMatch(id -> id.startsWith("CH-")).doesNotContain("X1");

        // The sign-out form's CSRF token as A rendered it, sent from B's page: B checks it against the shared session.
        browser.get(a + "/web");
        String tokenFromA = (String) script("return document.querySelector('form.app-sign-out input[name=_csrf]').value");
        browser.get(b + "/web");
        script("document.querySelector('form.app-sign-out input[name=_csrf]').value = arguments[0]", tokenFromA);
        browser.findElement(By.cssSelector("form.app-sign-out button")).click();
        waitFor(url -> url.startsWith(b + "/login?signedOut"));
        assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("You have signed out.");

        browser.get(a + "/web/find-a-home");
        assertThat(browser.getCurrentUrl()).as("signed out on A as well").isEqualTo(a + "/login");
        browser.findElement(By.linkText("Sign in with " + PROVIDER_NAME)).click();
        waitFor(url -> url.startsWith(issuer));
        assertThat(browser.findElements(By.id("password"))).as("the provider's own session ended: it asks again").hasSize(1);
    }

    @Test
    @Order(2)
    void aUserWhoseGroupTheCouncilMappedSeesOnlyTheirOwnCouncilsChildren() {
        forgetEverySession();
        browser.get(b + "/web/find-a-home");
        signInAtTheProvider(provider.otherOfficer());
        browser.get(b + "/web/find-a-home");
        assertThat(browser.findElement(By.cssSelector("#children caption")).getText()).startsWith("1 child in care.");
        assertThat(childrenListed()).containsExactly("X1");
        browser.get(b + "/web/dashboard");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("You may not open this page");
    }

    @Test
    @Order(3)
    void aUserTheProviderKnowsButFostergraphGivesNoRoleIsNotSignedIn() {
        forgetEverySession();
        browser.get(a + "/web");
        signInAtTheProvider(provider.noRole());
        waitFor(url -> url.contains("/login?refused"));
        assertThat(browser.findElement(By.cssSelector(".errors")).getText()).startsWith("Your account has no role or council");
        browser.get(a + "/web");
        assertThat(browser.getCurrentUrl()).isEqualTo(a + "/login");
    }

    @Test
    @Order(4)
    void thePagesFormsMayPostOnlyHereAndTheSignOutMayGoOnToTheProvider() {
        java.net.URI provider = java.net.URI.create(issuer);
        WebTestClient.bindToServer().baseUrl(a).build().get().uri("/login").exchange().expectStatus().isOk()
                .expectHeader().value("Content-Security-Policy", policy -> assertThat(policy)
                        .endsWith("form-action 'self' " + provider.getScheme() + "://" + provider.getAuthority())
                        .contains("script-src 'self';", "frame-ancestors 'none'"));
    }

    @Test
    @Order(5)
    void theApiAcceptsTheSameProvidersTokensWithTheSameClaimsRule() {
        Map<?, ?> discovery = WebTestClient.bindToServer().baseUrl(issuer + "/.well-known/openid-configuration").build().get()
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> token = WebTestClient.bindToServer().baseUrl((String) discovery.get("token_endpoint")).build().post()
                .headers(headers -> headers.setBasicAuth(provider.serviceClient().name(), provider.serviceClient().password()))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "client_credentials").with("scope", "fostergraph"))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        String accessToken = (String) token.get("access_token");
        for (String replica : List.of(a, b)) {
            WebTestClient.bindToServer().baseUrl(replica).build().post().uri("/graphql")
                    .headers(headers -> headers.setBearerAuth(accessToken)).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("query", "{ children(inCare: true, first: 5) { totalCount edges { node { id } } } }"))
                    .exchange().expectStatus().isOk().expectBody()
                    .jsonPath("$.errors").doesNotExist()
                    .jsonPath("$.data.children.totalCount").isEqualTo(1)
                    .jsonPath("$.data.children.edges[0].node.id").isEqualTo("X1");
        }
        WebTestClient.bindToServer().baseUrl(a).build().post().uri("/graphql").headers(headers -> headers.setBearerAuth("not-a-token"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("query", "{ localities { id } }"))
                .exchange().expectStatus().isUnauthorized();
    }

    /** Signs the browser out of everything: the provider's session and the service's. */
    private void forgetEverySession() {
        browser.get(issuer + "/login");
        browser.manage().deleteAllCookies();
        browser.get(a + "/login");
        browser.manage().deleteAllCookies();
    }

    private Object script(String script, Object... arguments) {
        return ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(script, arguments);
    }

    /** From fostergraph's sign-in page through the provider's password form, back to wherever the provider returns. */
    private void signInAtTheProvider(User user) {
        if (!browser.getCurrentUrl().startsWith(issuer)) {
            browser.findElement(By.linkText("Sign in with " + PROVIDER_NAME)).click();
            waitFor(url -> url.startsWith(issuer));
        }
        browser.findElement(By.id("username")).sendKeys(user.name());
        browser.findElement(By.id("password")).sendKeys(user.password());
        // Keycloak's button is #kc-login; Spring Authorization Server's default form has one submit button.
        browser.findElement(By.cssSelector("#kc-login, form button[type=submit]")).click();
        waitFor(url -> !url.startsWith(issuer));
    }

    private List<String> childrenListed() {
        return browser.findElements(By.cssSelector("#children tbody th")).stream().map(WebElement::getText).toList();
    }

    private void waitFor(java.util.function.Predicate<String> url) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ignored -> url.test(browser.getCurrentUrl()));
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
