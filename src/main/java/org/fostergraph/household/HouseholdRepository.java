package org.fostergraph.household;

import org.fostergraph.geo.GeoPoint;
import org.fostergraph.care.OpenPlacements;
import org.fostergraph.care.PlacesNotAvailable;
import org.fostergraph.care.Provision;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;

import org.fostergraph.neo4j.BatchResults;
import org.fostergraph.neo4j.RecordValues;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class HouseholdRepository {

    /** What the API shows alongside a household {@code h}: matched here, returned by {@link #HOUSEHOLD_RECORD}. */
    private static final String HOUSEHOLD_MATCHES = """
            OPTIONAL MATCH (h)-[:IN]->(locality:Locality)
            OPTIONAL MATCH (h)-[:RUN_BY]->(provider:Provider)
            OPTIONAL MATCH (h)-[:HUB_OF]->(hubOf:Constellation)
            OPTIONAL MATCH (h)-[membership:SATELLITE_OF]->(satelliteOf:Constellation) WHERE membership.until IS NULL
            WITH h, locality, provider, hubOf, satelliteOf
            """;

    private static final String HOUSEHOLD_RECORD = """
            h {.*, localityId: locality.id,
               provider: provider {.id, .name, .placeProviderCode},
               constellationId: coalesce(hubOf.id, satelliteOf.id),
               constellationRole: CASE WHEN hubOf IS NOT NULL THEN 'HUB'
                                       WHEN satelliteOf IS NOT NULL THEN 'SATELLITE' END} AS household
            """;

    /** Projects a household {@code h} with what the API shows alongside it, in one row. */
    private static final String HOUSEHOLD_PROJECTION = HOUSEHOLD_MATCHES + "RETURN " + HOUSEHOLD_RECORD;

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

    /**
     * Counts what fills each household's beds on {@code day}: placements open that day, holds live at
     * {@code now} (except the one for {@code exceptChildId}, who may use their own hold) and sleepovers that night.
     */
    private static final String OCCUPANCY_COLUMNS = OpenPlacements.expand("""
            h.id AS id, h.status AS status, coalesce(h.approvedPlaces, 0) AS approvedPlaces,
                   COUNT { (h)<-[:WITH]-(p:Placement) WHERE PLACEMENT_OPEN_ON(p, $day) }
                       AS openPlacements,
                   COUNT { (h)<-[:ON]-(hold:Hold)-[:FOR]->(child:Child)
                           WHERE hold.expiresAt > $now AND hold.releasedAt IS NULL AND hold.usedAt IS NULL
                             AND ($exceptChildId IS NULL OR child.id <> $exceptChildId) } AS heldPlaces,
                   COUNT { (h)<-[:AT]-(s:Sleepover) WHERE s.start <= $day AND s.end > $day } AS sleepovers,
                   EXISTS { (h)-[:HUB_OF]->(:Constellation) } AS hub,
                   """ + PlacesNotAvailable.on("h", "$day") + """
                       AS notAvailable
            """);

    private static final String OCCUPANCY = "RETURN " + OCCUPANCY_COLUMNS;

    List<Occupancy> occupancy(Collection<String> ids, LocalDate day, ZonedDateTime now) {
        Map<String, Object> parameters = occupancyParameters(day, now, null);
        parameters.put("ids", List.copyOf(ids));
        return neo4j.query("MATCH (h:Household) WHERE h.id IN $ids " + OCCUPANCY)
                .bindAll(parameters)
                .fetchAs(Occupancy.class).mappedBy((types, row) -> toOccupancy(row))
                .all().stream().toList();
    }

    /**
     * Takes the household's write lock for the rest of the transaction, then reads it and counts its occupancy: two
     * officers filling the same last bed queue here, and the second sees the first's placement. One statement: the
     * lock with the count and then the household were two.
     */
    Optional<LockedHousehold> lockAndRead(String id, LocalDate day, ZonedDateTime now, String exceptChildId) {
        Map<String, Object> parameters = occupancyParameters(day, now, exceptChildId);
        parameters.put("id", id);
        return neo4j.query("MATCH (h:Household {id: $id}) SET h.version = coalesce(h.version, 0) + 1 WITH h "
                        + HOUSEHOLD_MATCHES + "RETURN " + HOUSEHOLD_RECORD + ", " + OCCUPANCY_COLUMNS)
                .bindAll(parameters)
                .fetchAs(LockedHousehold.class)
                .mappedBy((types, row) -> new LockedHousehold(toHousehold(row.get("household")), toOccupancy(row)))
                .all().stream().findFirst();
    }

    /** The most placements open on any day from {@code from} to {@code to}: a backdated start must fit all of them. */
    int mostOpenPlacementsBetween(String id, LocalDate from, LocalDate to) {
        return neo4j.query(OpenPlacements.expand("""
                MATCH (h:Household {id: $id})
                UNWIND [$from] + [(h)<-[:WITH]-(p:Placement) WHERE p.start > $from AND p.start <= $to | p.start] AS day
                RETURN max(COUNT { (h)<-[:WITH]-(p:Placement) WHERE PLACEMENT_OPEN_ON(p, day) }) AS most
                """))
                .bindAll(Map.of("id", id, "from", from, "to", to))
                .fetchAs(Integer.class).mappedBy((types, row) -> row.get("most").isNull() ? 0 : row.get("most").asInt())
                .one().orElse(0);
    }

    Map<String, List<StatusChange>> statusHistory(Collection<String> householdIds) {
        record Step(String householdId, StatusChange change) {
        }
        var rows = neo4j.query("""
                MATCH (h:Household)-[:CHANGED_STATUS]->(s:StatusChange) WHERE h.id IN $ids
                RETURN h.id AS householdId, s ORDER BY s.date, coalesce(s.recordedAt, datetime({epochSeconds: 0})), s.id
                """)
                .bind(List.copyOf(householdIds)).to("ids")
                .fetchAs(Step.class)
                .mappedBy((types, row) -> {
                    Value s = row.get("s");
                    return new Step(row.get("householdId").asString(), new StatusChange(
                            HouseholdStatus.valueOf(s.get("status").asString()), s.get("date").asLocalDate(),
                            RecordValues.string(s.get("reason")), RecordValues.string(s.get("recordedBy"))));
                })
                .all();
        return BatchResults.group(rows, Step::householdId, Step::change);
    }

    boolean localityExists(String id) {
        return exists("MATCH (l:Locality {id: $id}) RETURN count(l) > 0 AS found", id);
    }

    boolean providerExists(String id) {
        return exists("MATCH (p:Provider {id: $id}) RETURN count(p) > 0 AS found", id);
    }

    private boolean exists(String cypher, String id) {
        return neo4j.query(cypher).bind(id).to("id").fetchAs(Boolean.class)
                .mappedBy((types, row) -> row.get("found").asBoolean()).one().orElse(false);
    }

    void register(String id, String statusChangeId, HouseholdCommands.RegisterHousehold command, String by, String council,
            ZonedDateTime at) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        parameters.put("statusChangeId", statusChangeId);
        parameters.put("name", command.name().strip());
        parameters.put("provision", command.provision().name());
        parameters.put("date", command.enquiryDate());
        parameters.put("localityId", command.localityId());
        parameters.put("postcodeSector", command.postcodeSector());
        parameters.put("location", command.location() == null ? null : command.location().asCypherPoint());
        parameters.put("providerId", command.providerId());
        parameters.put("council", council);
        parameters.put("by", by);
        parameters.put("at", at);
        neo4j.query("""
                CREATE (h:Household {id: $id, council: $council, name: $name, provision: $provision, status: 'ENQUIRY', statusSince: $date,
                        postcodeSector: $postcodeSector,
                        location: CASE WHEN $location IS NULL THEN null ELSE point($location) END,
                        approvedPlaces: 0, approvalTypes: [], languages: [], skills: [], createdBy: $by, createdAt: $at})
                CREATE (h)-[:CHANGED_STATUS]->(:StatusChange {id: $statusChangeId, status: 'ENQUIRY', date: $date,
                        recordedBy: $by, recordedAt: $at})
                WITH h
                OPTIONAL MATCH (l:Locality {id: $localityId})
                OPTIONAL MATCH (p:Provider {id: $providerId})
                FOREACH (locality IN CASE WHEN l IS NULL THEN [] ELSE [l] END | CREATE (h)-[:IN]->(locality))
                FOREACH (provider IN CASE WHEN p IS NULL THEN [] ELSE [p] END | CREATE (h)-[:RUN_BY]->(provider))
                """)
                .bindAll(parameters)
                .run();
    }

    /** Moves the household to {@code status}; a satellite that leaves fostering leaves its constellation that day. */
    void changeStatus(String id, String statusChangeId, HouseholdStatus status, LocalDate date, String reason, String by,
            ZonedDateTime at) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        parameters.put("statusChangeId", statusChangeId);
        parameters.put("status", status.name());
        parameters.put("date", date);
        parameters.put("reason", reason);
        parameters.put("by", by);
        parameters.put("at", at);
        neo4j.query("""
                MATCH (h:Household {id: $id})
                SET h.status = $status, h.statusSince = $date
                CREATE (h)-[:CHANGED_STATUS]->(:StatusChange {id: $statusChangeId, status: $status, date: $date,
                        reason: $reason, recordedBy: $by, recordedAt: $at})
                WITH h
                OPTIONAL MATCH (h)-[m:SATELLITE_OF]->(:Constellation) WHERE m.until IS NULL AND $status = 'DEREGISTERED'
                SET m.until = $date, m.removedBy = $by, m.removedAt = $at, m.reason = 'Household de-registered'
                """)
                .bindAll(parameters)
                .run();
    }

    void setProperties(String id, Map<String, Object> properties, String by, ZonedDateTime at) {
        neo4j.query("MATCH (h:Household {id: $id}) SET h += $properties, h.updatedBy = $by, h.updatedAt = $at")
                .bindAll(Map.of("id", id, "properties", properties, "by", by, "at", at))
                .run();
    }

    private static Map<String, Object> occupancyParameters(LocalDate day, ZonedDateTime now, String exceptChildId) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("day", day);
        parameters.put("now", now);
        parameters.put("exceptChildId", exceptChildId);
        return parameters;
    }

    void markPlacesNotAvailable(String id, String householdId, HouseholdCommands.MarkPlacesNotAvailable command, String detail,
            String by, ZonedDateTime at) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        parameters.put("householdId", householdId);
        parameters.put("places", command.places());
        parameters.put("reason", command.reason());
        parameters.put("detail", detail);
        parameters.put("from", command.from());
        parameters.put("until", command.until());
        parameters.put("by", by);
        parameters.put("at", at);
        neo4j.query("""
                MATCH (h:Household {id: $householdId})
                CREATE (:PlacesNotAvailable {id: $id, council: h.council, places: $places, reason: $reason, detail: $detail,
                        from: $from, until: $until, recordedBy: $by, recordedAt: $at})-[:AT]->(h)
                """)
                .bindAll(parameters)
                .run();
    }

    private static Occupancy toOccupancy(org.neo4j.driver.Record row) {
        return new Occupancy(row.get("id").asString(), HouseholdStatus.valueOf(row.get("status").asString()),
                row.get("approvedPlaces").asInt(), row.get("openPlacements").asInt(), row.get("heldPlaces").asInt(),
                row.get("sleepovers").asInt(), row.get("hub").asBoolean(), row.get("notAvailable").asInt());
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
                GeoPoint.of(h.get("location")),
                RecordValues.integer(h.get("approvedPlaces"), 0),
                RecordValues.integer(h.get("ageMin")),
                RecordValues.integer(h.get("ageMax")),
                RecordValues.strings(h.get("approvalTypes")),
                RecordValues.integer(h.get("bedrooms")),
                provider.isNull() ? null : new Provider(provider.get("id").asString(), provider.get("name").asString(),
                        provider.get("placeProviderCode").asString()),
                RecordValues.string(h.get("constellationId")),
                role == null ? null : ConstellationRole.valueOf(role),
                RecordValues.strings(h.get("languages")),
                RecordValues.string(h.get("religion")),
                RecordValues.strings(h.get("skills")),
                h.get("pets").isNull() ? null : h.get("pets").asBoolean(),
                RecordValues.string(h.get("council")));
    }
}
