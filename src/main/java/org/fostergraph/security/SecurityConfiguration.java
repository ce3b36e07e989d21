package org.fostergraph.security;

import java.util.List;
import java.util.Objects;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may call what over HTTP. Every endpoint but health needs a signed-in user: in a deployment, the council's
 * OpenID Connect provider signs page users in and issues the API's JWT bearer tokens; the local profile's default
 * users sign in with a form (pages) or HTTP Basic (API). GraphQL is open to any
 * signed-in user here; each field then checks the caller's roles and council itself ({@link AccessRules}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    private static final String[] REPORT_READERS = {Role.COMMISSIONER.name(), Role.FOSTERING.name(), Role.OFFICER.name()};

    /**
     * The web pages: a signed-in session with CSRF tokens on every form, each page open to the role it serves. A
     * deployment signs users in through the council's OpenID Connect provider ({@code oauth2Login}; signing out ends
     * the provider's session too); the local profile also signs its users in with a form. The session itself lives in
     * the graph (pagesession), so any replica serves any request. Everything else is the API's chain below.
     */
    @Bean
    @Order(1)
    SecurityFilterChain webSecurity(HttpSecurity http, CallerClaims claims,
            ObjectProvider<ClientRegistrationRepository> providers, ObjectProvider<LocalUsers> localUsers,
            @Value("${fostergraph.graphiql.enabled:false}") boolean graphiql) throws Exception {
        // GraphiQL is one of the pages where it is on (web.GraphiQlPage, the local profile); elsewhere /graphiql stays
        // with the API's chain, which answers 404 for it.
        List<String> pages = new java.util.ArrayList<>(List.of("/", "/login", "/logout", "/web", "/web/**", "/css/**", "/js/**",
                "/webjars/**", "/favicon.ico", "/oauth2/authorization/**", "/login/oauth2/code/**"));
        if (graphiql) {
            pages.add("/graphiql");
        }
        http.securityMatcher(pages.toArray(String[]::new))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico").permitAll()
                        .requestMatchers("/web/constellations", "/web/constellations/**").hasRole(Role.FOSTERING.name())
                        .requestMatchers("/web/find-a-home", "/web/find-a-home/**", "/web/step-down", "/web/step-down/**", "/web/holds",
                                "/web/holds/**", "/web/referrals", "/web/referrals/**")
                        .hasRole(Role.OFFICER.name())
                        .requestMatchers("/web/dashboard", "/web/dashboard/**", "/web/reports/**").hasRole(Role.COMMISSIONER.name())
                        .requestMatchers("/web/provider", "/web/provider/**").hasRole(Role.PROVIDER.name())
                        .anyRequest().authenticated())
                // The service's own "you may not open this page", with its header and sign-out (web.PageErrors).
                .exceptionHandling(exceptions -> exceptions.accessDeniedPage("/web/not-allowed"));
        ClientRegistrationRepository registrations = providers.getIfAvailable();
        boolean localProfile = localUsers.getIfAvailable() != null;
        if (localProfile || registrations == null) {
            // Without a provider and outside the local profile the form refuses everyone (noPasswordUsers): the page
            // says that sign-in is not set up, rather than the service answering nothing.
            http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/web", true).permitAll());
        }
        OidcClientInitiatedLogoutSuccessHandler providerLogout = null;
        if (registrations != null) {
            http.oauth2Login(login -> login.loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new CallerOidcUserService(claims)))
                    .defaultSuccessUrl("/web", true)
                    .failureUrl("/login?refused"));
            // RP-initiated logout: the browser goes on to the provider's end-session endpoint with the ID token, so the
            // provider's own session ends too and the next sign-in asks for the password again. A form user (local
            // profile) has no provider session and comes straight back.
            providerLogout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
            providerLogout.setPostLogoutRedirectUri("{baseUrl}/login?signedOut");
            providerLogout.setDefaultTargetUrl("/login?signedOut");
        }
        OidcClientInitiatedLogoutSuccessHandler signOut = providerLogout;
        http.logout(logout -> {
            logout.permitAll();
            if (signOut != null) {
                logout.logoutSuccessHandler(signOut);
            }
            else {
                logout.logoutSuccessUrl("/login?signedOut");
            }
        });
        http.headers(headers -> {
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(PageHeaders.contentSecurityPolicy(registrations)))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                    .frameOptions(frames -> frames.deny());
            if (localProfile) {
                // http://localhost: a browser told to insist on HTTPS for localhost would refuse every other local service.
                headers.httpStrictTransportSecurity(hsts -> hsts.disable());
            }
            else {
                // Sent on HTTPS requests only (as HTTPS reaches the service: server.forward-headers-strategy), as the
                // standard requires; for a year (PageHeaders).
                headers.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(PageHeaders.HSTS_MAX_AGE_SECONDS));
            }
        });
        return http.build();
    }

    /** The one rule from claims to caller, for bearer tokens and page sign-in alike. */
    @Bean
    CallerClaims callerClaims(SecurityProperties properties) {
        return new CallerClaims(properties);
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiSecurity(HttpSecurity http, CallerClaims claims,
            ObjectProvider<JwtDecoder> jwtDecoder, ObjectProvider<LocalUsers> localUsers, WarmUpPass warmUp) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(HealthProbes.patterns()).permitAll()
                // The error page only renders what the request that failed was already allowed to see.
                .requestMatchers("/error").permitAll()
                .requestMatchers("/api/ssda903", "/api/ssda903/**").hasRole(Role.ADMIN.name())
                // A council's administrator links sectors to its localities; the reference role keeps the centres.
                .requestMatchers("/api/postcode-sectors").hasAnyRole(Role.ADMIN.name(), Role.REFERENCE_DATA.name())
                // Full postcodes are national reference data: only their keepers load them.
                .requestMatchers("/api/postcodes").hasRole(Role.REFERENCE_DATA.name())
                .requestMatchers(HttpMethod.GET, "/api/reports/**").hasAnyRole(REPORT_READERS)
                // A referral in the Placements Data Standard names its children: the council's placement officers only,
                // reading one or opening one.
                .requestMatchers("/api/referrals/**").hasRole(Role.OFFICER.name())
                .anyRequest().authenticated())
                // Stateless: every request carries its own credentials, so there is no session to ride with CSRF.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        if (jwtDecoder.getIfAvailable() != null) {
            http.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(new JwtCallerConverter(claims))));
        }
        if (localUsers.getIfAvailable() != null) {
            http.httpBasic(Customizer.withDefaults());
        }
        // The start-up warm-up's own requests (HttpWarmUp); no request is admitted by it once the warm-up has ended.
        http.addFilterBefore(new WarmUpAuthenticationFilter(warmUp), AnonymousAuthenticationFilter.class);
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
