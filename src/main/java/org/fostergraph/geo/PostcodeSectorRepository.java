package org.fostergraph.geo;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fostergraph.neo4j.RecordValues;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class PostcodeSectorRepository {

    private final Neo4jClient neo4j;

    PostcodeSectorRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /**
     * The sectors the table holds among these, each with the locality it lies in among these councils' (the first by id
     * should a sector lie in localities of several of them; none when no council is given).
     */
    List<PostcodeSector> findBySectors(Collection<String> sectors, Collection<String> councils) {
        return neo4j.query("""
                MATCH (s:PostcodeSector) WHERE s.sector IN $sectors
                OPTIONAL CALL (s) {
                    MATCH (s)-[:IN]->(l:Locality)-[:IN]->(a:LocalAuthority) WHERE a.code IN $councils
                    RETURN l.id AS localityId ORDER BY localityId LIMIT 1
                }
                RETURN s.sector AS sector, s.centre AS centre, localityId
                """)
                .bind(List.copyOf(sectors)).to("sectors")
                .bind(List.copyOf(councils)).to("councils")
                .fetchAs(PostcodeSector.class)
                .mappedBy((types, row) -> new PostcodeSector(row.get("sector").asString(), GeoPoint.of(row.get("centre")),
                        RecordValues.string(row.get("localityId"))))
                .all().stream().toList();
    }

    List<String> councilCodes() {
        return List.copyOf(neo4j.query("MATCH (a:LocalAuthority) RETURN a.code AS code ORDER BY code").fetchAs(String.class).all());
    }

    /** The ids of the council's localities. */
    Set<String> localityIdsOf(String council) {
        return Set.copyOf(neo4j.query("MATCH (l:Locality)-[:IN]->(:LocalAuthority {code: $council}) RETURN l.id AS id")
                .bind(council).to("council").fetchAs(String.class).all());
    }

    /** New localities of the council; answers how many were made. */
    int createLocalities(String council, List<Map<String, Object>> localities) {
        if (localities.isEmpty()) {
            return 0;
        }
        return neo4j.query("""
                MATCH (a:LocalAuthority {code: $council})
                UNWIND $rows AS row
                CREATE (l:Locality {id: row.id, name: row.name,
                                    centre: point({latitude: row.latitude, longitude: row.longitude})})-[:IN]->(a)
                RETURN count(l) AS created
                """)
                .bind(localities).to("rows").bind(council).to("council")
                .fetchAs(Integer.class).mappedBy((types, row) -> row.get("created").asInt()).one().orElse(0);
    }

    /** Adds the sectors the table lacks and sets every centre (national reference data); answers how many were new. */
    int mergeCentres(List<Map<String, Object>> sectors) {
        if (sectors.isEmpty()) {
            return 0;
        }
        return neo4j.query("""
                UNWIND $rows AS row
                OPTIONAL MATCH (existing:PostcodeSector {sector: row.sector})
                WITH row, existing IS NULL AS created
                MERGE (s:PostcodeSector {sector: row.sector})
                SET s.centre = point({latitude: row.latitude, longitude: row.longitude})
                RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created
                """)
                .bind(sectors).to("rows")
                .fetchAs(Integer.class).mappedBy((types, row) -> row.get("created").asInt()).one().orElse(0);
    }

    /**
     * Puts each sector in the council's locality the row names, or in none of the council's localities when it names
     * none: only the council's own links are replaced; another council's link of the same sector stays as it is.
     */
    void linkSectors(String council, List<Map<String, Object>> links) {
        if (council == null || links.isEmpty()) {
            return;
        }
        neo4j.query("""
                UNWIND $rows AS row
                MATCH (s:PostcodeSector {sector: row.sector})
                CALL (s) {
                    MATCH (s)-[old:IN]->(:Locality)-[:IN]->(:LocalAuthority {code: $council})
                    DELETE old
                }
                WITH s, row
                MATCH (l:Locality {id: row.localityId})-[:IN]->(:LocalAuthority {code: $council})
                MERGE (s)-[:IN]->(l)
                """)
                .bind(links).to("rows").bind(council).to("council")
                .run();
    }
}
