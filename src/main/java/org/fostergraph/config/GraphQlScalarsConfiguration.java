package org.fostergraph.config;

import graphql.scalars.ExtendedScalars;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

@Configuration(proxyBeanMethods = false)
class GraphQlScalarsConfiguration {

    /**
     * ISO-8601 calendar dates ({@code 2026-03-31}) as {@link java.time.LocalDate}, and instants with their
     * offset ({@code 2026-11-24T09:30:00Z}) as {@link java.time.OffsetDateTime}.
     */
    @Bean
    RuntimeWiringConfigurer dateScalars() {
        return wiring -> wiring.scalar(StrictDateScalar.create()).scalar(ExtendedScalars.DateTime);
    }
}
