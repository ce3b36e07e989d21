package org.fostergraph.ssda903;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.data.neo4j.core.Neo4jClient;

/** Every node with its labels and properties, and every relationship, one sorted line each: to compare whole graphs. */
final class GraphDump {

    private GraphDump() {
    }

    static List<String> of(Neo4jClient neo4j) {
        List<String> nodes = neo4j.query("""
                MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:Ssda903Import AND NOT n:AuditRecord
                RETURN labels(n) AS labels, properties(n) AS properties
                """).fetch().all().stream()
                .map(row -> row.get("labels") + " " + new TreeMap<>((Map<?, ?>) row.get("properties")))
                .sorted().toList();
        List<String> relationships = neo4j.query("""
                MATCH (a)-[r]->(b) WHERE NOT a:SchemaMigration
                RETURN coalesce(a.id, a.sector, a.code) + ' ' + type(r) + ' ' + coalesce(b.id, b.sector, b.code) AS line
                """).fetchAs(String.class).all().stream().sorted().toList();
        return Stream.concat(nodes.stream(), relationships.stream()).toList();
    }
}
