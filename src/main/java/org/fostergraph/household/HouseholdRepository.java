package org.fostergraph.household;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;

import org.fostergraph.support.BatchResults;
import org.fostergraph.support.RecordValues;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class HouseholdRepository {

    /** Projects a household {@code h} with what the API shows alongside it, in one row. */
    private static final String HOUSEHOLD_PROJECTION = """
            OPTIONAL MATCH (h)-[:IN]->(locality:Locality)
            OPTIONAL MATCH (h)-[:RUN_BY]->(provider:Provider)
            OPTIONAL MATCH (h)-[:HUB_OF]->(hubOf:Constellation)
            OPTIONAL MATCH (h)-[membership:SATELLITE_OF]->(satelliteOf:Constellation) WHERE membership.until IS NULL
            WITH h, locality, provider, hubOf, satelliteOf
            RETURN h {.*, localityId: locality.id,
                      provider: provider {.id, .name, .placeProviderCode},
                      constellationId: coalesce(hubOf.id, satelliteOf.id),
                      constellationRole: CASE WHEN hubOf IS NOT NULL THEN 'HUB'
                                              WHEN satelliteOf IS NOT NULL THEN 'SATELLITE' END} AS household
            """;

    private final Neo4jClient neo4j;

    HouseholdRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    List<Household> findByIds(Collection<String> ids) {
        return neo4j.query("MATCH (h:Household) WHERE h.id IN $ids " + HOUSEHOLD_PROJECTION)
                .bind(List.copyOf(ids)).to("ids")
                .fetchAs(Household.class).mappedBy((types, row) -> toHousehold(row.get("household")))
                .all().stream().toList();
    }

    /** Current satellites of each constellation, by household name. */
    Map<String, List<Household>> findSatellites(Collection<String> constellationIds) {
        record Satellite(String constellationId, Household household) {
        }
        var rows = neo4j.query("""
                MATCH (h:Household)-[m:SATELLITE_OF]->(c:Constellation)
                WHERE c.id IN $ids AND m.until IS NULL
                WITH h ORDER BY h.name, h.id
                """ + HOUSEHOLD_PROJECTION)
                .bind(List.copyOf(constellationIds)).to("ids")
                .fetchAs(Satellite.class)
                .mappedBy((types, row) -> {
                    Household household = toHousehold(row.get("household"));
                    return new Satellite(household.constellationId(), household);
                })
                .all();
        return BatchResults.group(rows, Satellite::constellationId, Satellite::household);
    }

    List<Occupancy> occupancy(Collection<String> ids, LocalDate today) {
        return neo4j.query("""
                MATCH (h:Household) WHERE h.id IN $ids
                RETURN h.id AS id, h.status AS status, coalesce(h.approvedPlaces, 0) AS approvedPlaces,
                       COUNT { (h)<-[:WITH]-(p:Placement) WHERE p.start <= $today AND (p.end IS NULL OR p.end > $today) }
                           AS openPlacements,
                       EXISTS { (h)-[:HUB_OF]->(:Constellation) } AS hub
                """)
                .bindAll(Map.of("ids", List.copyOf(ids), "today", today))
                .fetchAs(Occupancy.class)
                .mappedBy((types, row) -> new Occupancy(row.get("id").asString(),
                        HouseholdStatus.valueOf(row.get("status").asString()), row.get("approvedPlaces").asInt(),
                        row.get("openPlacements").asInt(), row.get("hub").asBoolean()))
                .all().stream().toList();
    }

    Map<String, List<Carer>> carers(Collection<String> householdIds) {
        record CarerOf(String householdId, Carer carer) {
        }
        var rows = neo4j.query("""
                MATCH (c:Carer)-[:CARES_IN]->(h:Household) WHERE h.id IN $ids
                RETURN h.id AS householdId, c.id AS id, c.name AS name ORDER BY c.name, c.id
                """)
                .bind(List.copyOf(householdIds)).to("ids")
                .fetchAs(CarerOf.class)
                .mappedBy((types, row) -> new CarerOf(row.get("householdId").asString(),
                        new Carer(row.get("id").asString(), row.get("name").asString())))
                .all();
        return BatchResults.group(rows, CarerOf::householdId, CarerOf::carer);
    }

    private static Household toHousehold(Value h) {
        Value provider = h.get("provider");
        String role = RecordValues.string(h.get("constellationRole"));
        return new Household(
                h.get("id").asString(),
                h.get("name").asString(),
                Provision.valueOf(h.get("provision").asString()),
                HouseholdStatus.valueOf(h.get("status").asString()),
                RecordValues.date(h.get("statusSince")),
                RecordValues.string(h.get("localityId")),
                RecordValues.string(h.get("postcodeSector")),
                RecordValues.point(h.get("location")),
                RecordValues.integer(h.get("approvedPlaces"), 0),
                RecordValues.integer(h.get("ageMin")),
                RecordValues.integer(h.get("ageMax")),
                RecordValues.strings(h.get("approvalTypes")),
                RecordValues.integer(h.get("bedrooms")),
                provider.isNull() ? null : new Provider(provider.get("id").asString(), provider.get("name").asString(),
                        provider.get("placeProviderCode").asString()),
                RecordValues.string(h.get("constellationId")),
                role == null ? null : ConstellationRole.valueOf(role));
    }
}
