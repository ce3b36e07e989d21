package org.fostergraph.security;

import java.util.List;
import java.util.Objects;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what over HTTP. Every endpoint but health needs a signed-in user: a JWT bearer token from the
 * configured issuer in real deployments, HTTP Basic for the local profile's default users. GraphQL is open to any
 * signed-in user here; each field then checks the caller's roles and council itself ({@link AccessRules}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    private static final String[] REPORT_READERS = {Role.COMMISSIONER.name(), Role.FOSTERING.name(), Role.OFFICER.name()};

    /**
     * The web pages: a signed-in session (form sign-in with the same users and roles as the API) with CSRF tokens on
     * every form, each page open to the role it serves. Everything else is the API's chain below.
     */
    @Bean
    @Order(1)
    SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/", "/login", "/logout", "/web", "/web/**", "/css/**", "/favicon.ico")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/favicon.ico").permitAll()
                        .requestMatchers("/web/constellations", "/web/constellations/**").hasRole(Role.FOSTERING.name())
                        .requestMatchers("/web/find-a-home", "/web/find-a-home/**", "/web/step-down", "/web/step-down/**")
                        .hasRole(Role.OFFICER.name())
                        .requestMatchers("/web/dashboard", "/web/dashboard/**", "/web/reports/**").hasRole(Role.COMMISSIONER.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/web", true).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut").permitAll());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiSecurity(HttpSecurity http, SecurityProperties properties,
            ObjectProvider<JwtDecoder> jwtDecoder, ObjectProvider<LocalUsers> localUsers) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // The error page only renders what the request that failed was already allowed to see.
                .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                .requestMatchers("/api/ssda903", "/api/ssda903/**").hasRole(Role.ADMIN.name())
                // A council's administrator links sectors to its localities; the reference role keeps the centres.
                .requestMatchers("/api/postcode-sectors").hasAnyRole(Role.ADMIN.name(), Role.REFERENCE_DATA.name())
                // Full postcodes are national reference data: only their keepers load them.
                .requestMatchers("/api/postcodes").hasRole(Role.REFERENCE_DATA.name())
                .requestMatchers(HttpMethod.GET, "/api/reports/**").hasAnyRole(REPORT_READERS)
                .anyRequest().authenticated())
                // Stateless: every request carries its own credentials, so there is no session to ride with CSRF.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        if (jwtDecoder.getIfAvailable() != null) {
            http.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(new JwtCallerConverter(properties))));
        }
        if (localUsers.getIfAvailable() != null) {
            http.httpBasic(Customizer.withDefaults());
        }
        return http.build();
    }

    /**
     * Claims a bearer token must carry beyond what Spring checks by default (signature, and {@code exp}/{@code nbf} when
     * present): an expiry, since a token without one would sign its holder in for ever, and a subject, the user every
     * change and every audited read is recorded against. Spring Boot adds this to the JWT decoder it configures.
     */
    @Bean
    OAuth2TokenValidator<Jwt> requiredClaims() {
        return new DelegatingOAuth2TokenValidator<>(
                new JwtClaimValidator<Object>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtClaimValidator<Object>(JwtClaimNames.SUB, subject -> subject instanceof String text && !text.isBlank()));
    }

    /** Without the local profile there is no password sign-in at all (and no generated default user). */
    @Bean
    @Profile("!local")
    UserDetailsService noPasswordUsers() {
        return username -> {
            throw new UsernameNotFoundException("Password sign-in is only available in the local profile");
        };
    }

    /** The local profile's users, password = name (DESIGN.md); never active in a deployment. */
    @Bean
    @Profile("local")
    LocalUsers localUsers(SecurityProperties properties) {
        List<SecurityProperties.LocalUser> users = properties.localUsers();
        if (users.isEmpty()) {
            throw new IllegalStateException("The local profile needs fostergraph.security.local-users");
        }
        return new LocalUsers(users);
    }
}
