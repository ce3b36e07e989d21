package org.fostergraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.fostergraph.SeededGraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

/** Without the local profile: bearer tokens only, no password sign-in, no introspection, no GraphiQL. */
@ActiveProfiles(value = "test", inheritProfiles = false)
class DeploymentProfileTest extends SeededGraphTest {

    private static final String OFFICER = TestTokens.token("officer-jwt", List.of("OFFICER"), List.of("DEMO"));

    @Test
    void onlyBearerTokensSignIn() {
        as("officer").post().uri("/graphql").bodyValue(Map.of("query", "{ localities { id } }")).exchange()
                .expectStatus().isUnauthorized();
        graphQlOver(anonymous().mutate().defaultHeaders(headers -> headers.setBearerAuth(OFFICER)).build())
                .document("{ child(id: \"CH-0001\") { id } }").execute().errors().verify()
                .path("child.id").entity(String.class).isEqualTo("CH-0001");
    }

    @Test
    void withoutAnIdentityProviderThePagesSayThatSignInIsNotSetUpAndNoPasswordSignsIn() {
        anonymous().get().uri("/login").exchange().expectStatus().isOk().expectBody(String.class)
                .value(page -> assertThat(page).contains("Sign-in is not set up").doesNotContain("id=\"password\"")
                        .doesNotContain("Sign in with"));
    }

    @Test
    void pagesReachedOverHttpsTellTheBrowserToKeepToHttps() {
        // As the council's load balancer forwards an HTTPS request (from a private address, which Tomcat trusts).
        anonymous().get().uri("/login").header("X-Forwarded-Proto", "https").exchange().expectStatus().isOk()
                .expectHeader().valueEquals("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains")
                .expectHeader().value("Content-Security-Policy", policy -> assertThat(policy).contains("frame-ancestors 'none'")
                        .contains("script-src 'self';").doesNotContain("unsafe"));
        anonymous().get().uri("/login").exchange().expectStatus().isOk()
                .expectHeader().doesNotExist("Strict-Transport-Security");
    }

    @Test
    void theSchemaCannotBeInspectedAndGraphiqlIsOff() {
        graphQlOver(anonymous().mutate().defaultHeaders(headers -> headers.setBearerAuth(OFFICER)).build())
                .document("{ __schema { queryType { name } } }").execute()
                .errors().satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("Introspection has been disabled"));
        anonymous().get().uri("/graphiql").headers(headers -> headers.setBearerAuth(OFFICER)).exchange()
                .expectStatus().isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void thePagesSessionCookieTravelsOnlyOverHttpsAndOnlyFromThisSite() {
        // Asking for a page before signing in starts a session (it remembers the page to return to).
        anonymous().get().uri("/web/find-a-home").exchange().expectStatus().isFound()
                .expectHeader().value("Set-Cookie", cookie -> assertThat(cookie).contains("SESSION=").contains("Secure")
                        .contains("SameSite=Lax").contains("HttpOnly"));
    }
}
