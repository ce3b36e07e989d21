package org.fostergraph.geo;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fostergraph.support.LocalityLinks;
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

    Set<String> localityIds() {
        return Set.copyOf(neo4j.query("MATCH (l:Locality) RETURN l.id AS id").fetchAs(String.class).all());
    }

    /** New localities, each in the council when the graph holds exactly one; answers how many were made. */
    int createLocalities(List<Map<String, Object>> localities) {
        if (localities.isEmpty()) {
            return 0;
        }
        return neo4j.query("""
                OPTIONAL MATCH (a:LocalAuthority)
                WITH collect(a) AS councils
                UNWIND $rows AS row
                CREATE (l:Locality {id: row.id, name: row.name,
                                    centre: point({latitude: row.latitude, longitude: row.longitude})})
                FOREACH (council IN CASE WHEN size(councils) = 1 THEN councils ELSE [] END | CREATE (l)-[:IN]->(council))
                RETURN count(l) AS created
                """)
                .bind(localities).to("rows")
                .fetchAs(Integer.class).mappedBy((types, row) -> row.get("created").asInt()).one().orElse(0);
    }

    /** Merges the sectors by name with their centres and localities; answers how many were new. */
    int mergeSectors(List<Map<String, Object>> sectors) {
        return neo4j.query("""
                UNWIND $rows AS row
                OPTIONAL MATCH (existing:PostcodeSector {sector: row.sector})
                WITH row, existing IS NULL AS created
                MERGE (s:PostcodeSector {sector: row.sector})
                SET s.centre = point({latitude: row.latitude, longitude: row.longitude})
                WITH s, row, created
                """ + LocalityLinks.replace("s", "IN", "row.localityId", "true") + """
                RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created
                """)
                .bind(sectors).to("rows")
                .fetchAs(Integer.class).mappedBy((types, row) -> row.get("created").asInt()).one().orElse(0);
    }
}
