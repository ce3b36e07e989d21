package org.fostergraph.geo;

import java.util.Collection;
import java.util.List;

import org.fostergraph.support.RecordValues;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class PostcodeSectorRepository {

    private final Neo4jClient neo4j;

    PostcodeSectorRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    List<PostcodeSector> findBySectors(Collection<String> sectors) {
        return neo4j.query("""
                MATCH (s:PostcodeSector) WHERE s.sector IN $sectors
                OPTIONAL MATCH (s)-[:IN]->(l:Locality)
                RETURN s.sector AS sector, s.centre AS centre, l.id AS localityId
                """)
                .bind(List.copyOf(sectors)).to("sectors")
                .fetchAs(PostcodeSector.class)
                .mappedBy((types, row) -> new PostcodeSector(row.get("sector").asString(), RecordValues.point(row.get("centre")),
                        RecordValues.string(row.get("localityId"))))
                .all().stream().toList();
    }
}
