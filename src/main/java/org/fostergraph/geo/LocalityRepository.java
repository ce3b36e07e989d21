package org.fostergraph.geo;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;

import org.fostergraph.security.Scope;
import org.fostergraph.neo4j.BatchResults;
import org.fostergraph.neo4j.RecordValues;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class LocalityRepository {

    private final Neo4jClient neo4j;

    LocalityRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    List<Locality> findAll(Scope scope) {
        return neo4j.query("""
                MATCH (l:Locality)-[:IN]->(a:LocalAuthority) WHERE a.code IN $councils
                RETURN l ORDER BY l.name, l.id
                """).bind(scope.councils()).to("councils")
                .fetchAs(Locality.class).mappedBy((types, row) -> toLocality(row.get("l")))
                .all().stream().toList();
    }

    List<Locality> findByIds(Collection<String> ids) {
        return neo4j.query("MATCH (l:Locality) WHERE l.id IN $ids RETURN l")
                .bind(List.copyOf(ids)).to("ids")
                .fetchAs(Locality.class).mappedBy((types, row) -> toLocality(row.get("l")))
                .all().stream().toList();
    }

    /** Neighbouring localities of each of {@code ids}, by name. */
    Map<String, List<Locality>> neighboursOf(Collection<String> ids) {
        record Neighbour(String of, Locality locality) {
        }
        var rows = neo4j.query("""
                MATCH (l:Locality)-[:NEIGHBOURS]-(n:Locality) WHERE l.id IN $ids
                RETURN DISTINCT l.id AS of, n ORDER BY n.name
                """)
                .bind(List.copyOf(ids)).to("ids")
                .fetchAs(Neighbour.class).mappedBy((types, row) -> new Neighbour(row.get("of").asString(), toLocality(row.get("n"))))
                .all();
        return BatchResults.group(rows, Neighbour::of, Neighbour::locality);
    }

    private static Locality toLocality(Value node) {
        return new Locality(node.get("id").asString(), node.get("name").asString(), GeoPoint.of(node.get("centre")));
    }

}
