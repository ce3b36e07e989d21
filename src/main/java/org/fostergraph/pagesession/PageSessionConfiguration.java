package org.fostergraph.pagesession;

import java.time.Clock;
import java.util.EnumSet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.session.autoconfigure.SessionTimeout;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * The pages' sessions in the graph (Spring Session over {@link Neo4jSessionRepository}). The cookie is Spring Boot's
 * ({@code server.servlet.session.cookie.*}: HttpOnly, SameSite=Lax, Secure outside the local profile) and the idle
 * timeout {@code server.servlet.session.timeout}. Sessions expire by wall-clock time, never by the council's pinned
 * "today" ({@code fostergraph.today}), which stands still in demos and tests.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableSpringHttpSession
@EnableScheduling
class PageSessionConfiguration {

    @Bean
    Neo4jSessionRepository sessionRepository(Neo4jClient neo4j, SessionTimeout timeout) {
        return new Neo4jSessionRepository(neo4j, timeout.getTimeout(), Clock.systemUTC(),
                PageSessionConfiguration.class.getClassLoader());
    }

    /** Around Spring Session's filter: whatever the request read of its session is forgotten when it ends. */
    @Bean
    FilterRegistrationBean<Filter> forgetTheRequestsSession(Neo4jSessionRepository sessions) {
        Filter forget = (request, response, chain) -> {
            try {
                chain.doFilter(request, response);
            }
            finally {
                sessions.forgetTheRequest();
            }
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(forget);
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR));
        return registration;
    }

    @Bean
    ExpiredSessions expiredSessions(Neo4jClient neo4j) {
        return new ExpiredSessions(neo4j, Clock.systemUTC());
    }
}
