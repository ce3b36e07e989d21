package org.fostergraph.pagesession;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.session.autoconfigure.SessionTimeout;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;

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

    @Bean
    ExpiredSessions expiredSessions(Neo4jClient neo4j) {
        return new ExpiredSessions(neo4j, Clock.systemUTC());
    }
}
