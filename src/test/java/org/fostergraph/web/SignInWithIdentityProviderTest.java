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
 * browser cookie reaches both, as behind a round-robin load balancer) and a real OpenID Connect provider
 * ({@link TestIdentityProvider}). A sign-in begun on replica A completes on replica B (A's registration sends the
 * provider's answer to B), pages and forms then work on either, and signing out on one ends the session on both and at
 * the provider. Users of two councils see only their own council's children; a user the provider knows but fostergraph
 * gives no role is refused. The API accepts the same provider's tokens.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInWithIdentityProviderTest {

    private static final String REGISTRATION = "council";
    private static final String PROVIDER_NAME = "Test council account";

    private static ConfigurableApplicationContext provider;
    private static ConfigurableApplicationContext replicaA;
    private static ConfigurableApplicationContext replicaB;
    private static WebDriver browser;
    private static String a;
    private static String b;
    private static String issuer;

    @BeforeAll
    static void startTheDeployment() {
        browser = Browser.start(Browser.temporaryFolder("downloads"));
        int providerPort = freePort();
        int portA = freePort();
        int portB = freePort();
        a = "http://localhost:" + portA;
        b = "http://localhost:" + portB;
        issuer = "http://127.0.0.1:" + providerPort;
        provider = TestIdentityProvider.start(providerPort,
                List.of(a + "/login/oauth2/code/" + REGISTRATION, b + "/login/oauth2/code/" + REGISTRATION),
                List.of(a + "/login?signedOut", b + "/login?signedOut"));

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
    private static Map<String, Object> deployment() {
        String registration = "spring.security.oauth2.client.registration." + REGISTRATION;
        Map<String, Object> properties = new HashMap<>();
        properties.put(registration + ".provider", REGISTRATION);
        properties.put(registration + ".client-id", TestIdentityProvider.CLIENT_ID);
        properties.put(registration + ".client-secret", TestIdentityProvider.CLIENT_SECRET);
        properties.put(registration + ".client-name", PROVIDER_NAME);
        properties.put(registration + ".scope", "openid,profile");
        properties.put("spring.security.oauth2.client.provider." + REGISTRATION + ".issuer-uri", issuer);
        properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer);
        properties.put("fostergraph.security.groups[" + TestIdentityProvider.OTHER_OFFICERS_GROUP + "].roles", "OFFICER");
        properties.put("fostergraph.security.groups[" + TestIdentityProvider.OTHER_OFFICERS_GROUP + "].councils", "OTHER");
        // http://localhost in the test; a deployment keeps the cookie Secure.
        properties.put("server.servlet.session.cookie.secure", false);
        properties.put("fostergraph.today", "2026-11-24");
        properties.put("fostergraph.seed.dates", "as-written");
        properties.put("spring.main.banner-mode", "off");
        return properties;
    }

    /** As command-line arguments, which win over application.yaml (default properties would not). */
    static String[] arguments(Map<String, Object> properties) {
        return properties.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue()).toArray(String[]::new);
    }

    @AfterAll
    static void stopTheDeployment() {
        if (browser != null) {
            browser.quit();
        }
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {replicaB, replicaA, provider}) {
            if (context != null) {
                context.close();
            }
        }
    }

    @Test
    @Order(1)
    void aSignInBegunOnOneReplicaCompletesOnAnotherAndBothServeTheSessionUntilSignOutEndsItEverywhere() {
        forgetEverySession();
        browser.get(a + "/web/find-a-home");
        assertThat(browser.getCurrentUrl()).isEqualTo(a + "/login");
        assertThat(browser.findElements(By.id("password"))).as("no password form outside the local profile").isEmpty();

        signInAtTheProvider("demo.officer");
        assertThat(browser.getCurrentUrl()).as("the provider's answer reached B, which found A's sign-in").isEqualTo(b + "/web");
        assertThat(browser.findElement(By.cssSelector(".sign-out strong")).getText()).isEqualTo("demo.officer");

        browser.get(a + "/web/find-a-home");
        assertThat(browser.getCurrentUrl()).as("B's session is A's").isEqualTo(a + "/web/find-a-home");
        List<String> children = childrenListed();
        assertThat(children).isNotEmpty().allMatch(id -> id.startsWith("CH-")).doesNotContain("X1");

        // The sign-out form's CSRF token as A rendered it, sent from B's page: B checks it against the shared session.
        browser.get(a + "/web");
        String tokenFromA = (String) script("return document.querySelector('form.sign-out input[name=_csrf]').value");
        browser.get(b + "/web");
        script("document.querySelector('form.sign-out input[name=_csrf]').value = arguments[0]", tokenFromA);
        browser.findElement(By.cssSelector("form.sign-out button")).click();
        waitFor(url -> url.startsWith(b + "/login?signedOut"));
        assertThat(browser.findElement(By.cssSelector(".done")).getText()).isEqualTo("You have signed out.");

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
        signInAtTheProvider("other.officer");
        browser.get(b + "/web/find-a-home");
        assertThat(browser.findElement(By.cssSelector("#children caption span")).getText()).isEqualTo("1");
        assertThat(childrenListed()).containsExactly("X1");
        browser.get(b + "/web/dashboard");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("You may not open this page");
    }

    @Test
    @Order(3)
    void aUserTheProviderKnowsButFostergraphGivesNoRoleIsNotSignedIn() {
        forgetEverySession();
        browser.get(a + "/web");
        signInAtTheProvider("no.role");
        waitFor(url -> url.contains("/login?refused"));
        assertThat(browser.findElement(By.cssSelector(".errors")).getText()).startsWith("Your account has no role or council");
        browser.get(a + "/web");
        assertThat(browser.getCurrentUrl()).isEqualTo(a + "/login");
    }

    @Test
    @Order(4)
    void theApiAcceptsTheSameProvidersTokensWithTheSameClaimsRule() {
        Map<?, ?> token = WebTestClient.bindToServer().baseUrl(issuer).build().post().uri("/oauth2/token")
                .headers(headers -> headers.setBasicAuth(TestIdentityProvider.SERVICE_CLIENT_ID, TestIdentityProvider.SERVICE_CLIENT_SECRET))
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
    private static void forgetEverySession() {
        browser.get(issuer + "/login");
        browser.manage().deleteAllCookies();
        browser.get(a + "/login");
        browser.manage().deleteAllCookies();
    }

    private static Object script(String script, Object... arguments) {
        return ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(script, arguments);
    }

    /** From fostergraph's sign-in page through the provider's password form, back to wherever the provider returns. */
    private static void signInAtTheProvider(String user) {
        if (!browser.getCurrentUrl().startsWith(issuer)) {
            browser.findElement(By.linkText("Sign in with " + PROVIDER_NAME)).click();
            waitFor(url -> url.startsWith(issuer));
        }
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(TestIdentityProvider.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(url -> !url.startsWith(issuer));
    }

    private static List<String> childrenListed() {
        return browser.findElements(By.cssSelector("#children tbody th")).stream().map(WebElement::getText).toList();
    }

    private static void waitFor(java.util.function.Predicate<String> url) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ignored -> url.test(browser.getCurrentUrl()));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
