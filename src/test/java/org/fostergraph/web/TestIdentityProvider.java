package org.fostergraph.web;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A real OpenID Connect provider in the test JVM: Spring Authorization Server on its own port, with a password form,
 * the authorization-code flow, RP-initiated logout and client credentials. Its users stand for a council's staff as a
 * council's provider would send them:
 * <ul>
 * <li>{@code demo.officer}: roles and councils in claims of their own ({@code roles}, {@code councils}), as a Keycloak
 * realm with mappers sends them;</li>
 * <li>{@code other.officer}: only a group id ({@code groups}), as Entra ID sends them, which fostergraph maps;</li>
 * <li>{@code no.role}: signed in at the provider, but given nothing in fostergraph.</li>
 * </ul>
 * The client {@code fostergraph-service} (client credentials) is a system calling the API for council OTHER.
 */
final class TestIdentityProvider {

    static final String CLIENT_ID = "fostergraph";
    static final String CLIENT_SECRET = "pages-secret";
    static final String SERVICE_CLIENT_ID = "fostergraph-service";
    static final String SERVICE_CLIENT_SECRET = "service-secret";
    static final String PASSWORD = "correct horse battery staple";
    /** The group id the provider sends for OTHER's officers; fostergraph.security.groups maps it. */
    static final String OTHER_OFFICERS_GROUP = "5d7c0e4a-0b8f-4f4e-9d7a-0000000000ab";

    private TestIdentityProvider() {
    }

    /**
     * Starts the provider at {@code issuer} (http://127.0.0.1:port: another host name than the service's localhost, so
     * that the two never share a cookie), accepting sign-ins that return to {@code redirectUris} and sign-outs that
     * return to {@code postLogoutRedirectUris}.
     */
    static ConfigurableApplicationContext start(int port, List<String> redirectUris, List<String> postLogoutRedirectUris) {
        return new SpringApplicationBuilder(Provider.class).web(WebApplicationType.SERVLET)
                .run(PageSignInFlow.arguments(Map.of("server.port", port, "server.address", "127.0.0.1", "spring.main.banner-mode", "off",
                        "test-provider.redirect-uris", String.join(",", redirectUris),
                        "test-provider.post-logout-redirect-uris", String.join(",", postLogoutRedirectUris),
                        "test-provider.issuer", "http://127.0.0.1:" + port)));
    }

    @Configuration(proxyBeanMethods = false)
    // fostergraph's own component scan finds this class among the test classes; only the provider's context has this.
    @ConditionalOnProperty("test-provider.issuer")
    @EnableWebSecurity
    // Only a web server and Spring Security: not @SpringBootApplication, which would start fostergraph and its
    // database a second time.
    @ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            SecurityFilterAutoConfiguration.class})
    static class Provider {

        @Bean
        SecurityFilterChain provider(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        AuthorizationServerSettings settings(org.springframework.core.env.Environment environment) {
            return AuthorizationServerSettings.builder().issuer(environment.getRequiredProperty("test-provider.issuer")).build();
        }

        @Bean
        RegisteredClientRepository clients(org.springframework.core.env.Environment environment) {
            RegisteredClient pages = RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(CLIENT_ID).clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUris(uris -> uris.addAll(List.of(environment.getRequiredProperty("test-provider.redirect-uris", String[].class))))
                    .postLogoutRedirectUris(uris -> uris.addAll(
                            List.of(environment.getRequiredProperty("test-provider.post-logout-redirect-uris", String[].class))))
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                    .build();
            RegisteredClient service = RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(SERVICE_CLIENT_ID).clientSecret("{noop}" + SERVICE_CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .scope("fostergraph")
                    .build();
            return new InMemoryRegisteredClientRepository(pages, service);
        }

        @Bean
        UserDetailsService staff() {
            return new InMemoryUserDetailsManager(
                    User.withUsername("demo.officer").password("{noop}" + PASSWORD).roles("USER").build(),
                    User.withUsername("other.officer").password("{noop}" + PASSWORD).roles("USER").build(),
                    User.withUsername("no.role").password("{noop}" + PASSWORD).roles("USER").build());
        }

        /** What each user's ID token and access token say about them in fostergraph's terms. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> claims() {
            return context -> {
                var claims = context.getClaims();
                switch (context.getPrincipal().getName()) {
                    case "demo.officer" -> claims.claim("roles", List.of("OFFICER")).claim("councils", List.of("DEMO"))
                            .claim("preferred_username", "demo.officer");
                    case "other.officer" -> claims.claim("groups", List.of(OTHER_OFFICERS_GROUP, "an-unmapped-group"))
                            .claim("preferred_username", "other.officer");
                    case SERVICE_CLIENT_ID -> claims.claim("roles", List.of("OFFICER")).claim("councils", List.of("OTHER"));
                    default -> {
                    }
                }
            };
        }

        /** The user-info endpoint checks the access tokens this provider signed. */
        @Bean
        JwtDecoder accessTokens(JWKSource<SecurityContext> signingKeys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(signingKeys);
        }

        @Bean
        JWKSource<SecurityContext> signingKeys() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }
    }
}
