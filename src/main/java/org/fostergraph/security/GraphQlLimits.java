package org.fostergraph.security;

import graphql.execution.instrumentation.Instrumentation;

import org.fostergraph.api.paging.PagingProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Depth, complexity, alias and root-field limits, all checked before a request touches the database. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphQlLimitsProperties.class)
class GraphQlLimits {

    @Bean
    Instrumentation requestSize(GraphQlLimitsProperties limits, PagingProperties paging) {
        return new RequestSizeLimit(limits, paging.defaultPageSize());
    }
}
