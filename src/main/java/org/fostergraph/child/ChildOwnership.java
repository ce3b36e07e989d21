package org.fostergraph.child;

import org.fostergraph.security.OwnedRecords;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.Neo4jClient;

/** Whose each child is, for the {@code @owned(by: CHILD)} arguments naming one. */
@Configuration(proxyBeanMethods = false)
class ChildOwnership {

    /** Children: a history subject. */
    @Bean
    OwnedRecords ownedChildren(Neo4jClient neo4j) {
        return OwnedRecords.byCypher(neo4j, "CHILD", "child", true, """
                MATCH (n:Child) WHERE n.id IN $ids RETURN n.id AS id, n.council AS council
                """);
    }
}
