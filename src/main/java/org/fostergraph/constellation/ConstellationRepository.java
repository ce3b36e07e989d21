package org.fostergraph.constellation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;

import org.fostergraph.graphql.PageRequest;
import org.fostergraph.support.RecordValues;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class ConstellationRepository {

    private static final String CONSTELLATION_PROJECTION = """
            OPTIONAL MATCH (worker:SocialWorker)-[:LIAISON_FOR]->(c)
            RETURN c {.id, .name, .launched, hubId: hub.id, localityId: locality.id,
                      satelliteIds: COLLECT { MATCH (s:Household)-[m:SATELLITE_OF]->(c) WHERE m.until IS NULL
                                              RETURN s.id ORDER BY s.name, s.id },
                      liaisonWorker: worker {.id, .name}} AS constellation
            """;

    private final Neo4jClient neo4j;

    ConstellationRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** Up to {@code page.size() + 1} constellations by name after the page's cursor. */
    List<Constellation> findPage(String localityId, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("localityId", localityId);
        parameters.put("afterName", page.isFirstPage() ? null : page.after().get(0));
        parameters.put("afterId", page.isFirstPage() ? null : page.after().get(1));
        parameters.put("limit", page.size() + 1);
        return neo4j.query("""
                MATCH (hub:Household)-[:HUB_OF]->(c:Constellation)
                OPTIONAL MATCH (hub)-[:IN]->(locality:Locality)
                WITH c, hub, locality
                WHERE ($localityId IS NULL OR locality.id = $localityId)
                  AND ($afterName IS NULL OR c.name > $afterName OR (c.name = $afterName AND c.id > $afterId))
                ORDER BY c.name, c.id
                LIMIT $limit
                """ + CONSTELLATION_PROJECTION)
                .bindAll(parameters)
                .fetchAs(Constellation.class).mappedBy((types, row) -> toConstellation(row.get("constellation")))
                .all().stream().toList();
    }

    long count(String localityId) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("localityId", localityId);
        return neo4j.query("""
                MATCH (hub:Household)-[:HUB_OF]->(c:Constellation)
                OPTIONAL MATCH (hub)-[:IN]->(locality:Locality)
                WITH c, locality WHERE $localityId IS NULL OR locality.id = $localityId
                RETURN count(DISTINCT c) AS total
                """)
                .bindAll(parameters)
                .fetchAs(Long.class).mappedBy((types, row) -> row.get("total").asLong())
                .one().orElse(0L);
    }

    List<Constellation> findByIds(Collection<String> ids) {
        return neo4j.query("""
                MATCH (hub:Household)-[:HUB_OF]->(c:Constellation) WHERE c.id IN $ids
                OPTIONAL MATCH (hub)-[:IN]->(locality:Locality)
                WITH c, hub, locality
                """ + CONSTELLATION_PROJECTION)
                .bind(List.copyOf(ids)).to("ids")
                .fetchAs(Constellation.class).mappedBy((types, row) -> toConstellation(row.get("constellation")))
                .all().stream().toList();
    }

    private static Constellation toConstellation(Value c) {
        Value worker = c.get("liaisonWorker");
        return new Constellation(c.get("id").asString(), c.get("name").asString(), RecordValues.date(c.get("launched")),
                c.get("hubId").asString(), RecordValues.string(c.get("localityId")), RecordValues.strings(c.get("satelliteIds")),
                worker.isNull() ? null : new SocialWorker(worker.get("id").asString(), worker.get("name").asString()));
    }
}
