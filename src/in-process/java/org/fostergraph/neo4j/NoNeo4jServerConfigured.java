package org.fostergraph.neo4j;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when neither {@code spring.neo4j.uri} nor {@code NEO4J_URI} points at a Neo4j server. */
class NoNeo4jServerConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var environment = context.getEnvironment();
        return !StringUtils.hasText(environment.getProperty("spring.neo4j.uri"))
                && !StringUtils.hasText(environment.getProperty("NEO4J_URI"));
    }
}
