package org.fostergraph.provider;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;

import org.fostergraph.neo4j.RecordValues;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Vacancies providers publish ahead: {@code (:Vacancy)-[:AT]->(:Household)-[:RUN_BY]->(:Provider)}. */
@Repository
class VacancyRepository {

    /** Every field of a vacancy, from {@code v}. */
    private static final String VACANCY = """
            MATCH (v)-[:AT]->(h:Household)-[:RUN_BY]->(p:Provider)
            RETURN v {.id, .provider, .council, .places, .availableFrom, .carerProfile, .published, .publishedBy, .withdrawn,
                      .taken, providerName: p.name, providerKind: p.kind, householdId: h.id} AS vacancy
            """;

    /** A vacancy stands while neither withdrawn nor taken, until {@link Vacancy#STANDS_FOR_DAYS} after its day. */
    private static final String STANDING = """
            v.withdrawn IS NULL AND v.taken IS NULL AND v.availableFrom >= $standsFrom
            """;

    private final Neo4jClient neo4j;

    VacancyRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    void publish(String id, String householdId, int places, LocalDate availableFrom, String carerProfile, String by,
            OffsetDateTime at) {
        neo4j.query("""
                MATCH (h:Household {id: $householdId})-[:RUN_BY]->(p:Provider)
                CREATE (v:Vacancy {id: $id, provider: p.id, council: h.council, places: $places, availableFrom: $availableFrom,
                        carerProfile: $carerProfile, published: $at, publishedBy: $by})-[:AT]->(h)
                """)
                .bindAll(Map.of("id", id, "householdId", householdId, "places", places, "availableFrom", availableFrom,
                        "carerProfile", carerProfile, "at", at, "by", by))
                .run();
    }

    List<Vacancy> findByIds(Collection<String> ids) {
        return vacancies("MATCH (v:Vacancy) WHERE v.id IN $ids WITH v " + VACANCY, Map.of("ids", List.copyOf(ids)));
    }

    /** Takes the vacancy's write lock for the rest of the transaction. */
    Optional<Vacancy> lock(String id) {
        return vacancies("MATCH (v:Vacancy {id: $id}) SET v.version = coalesce(v.version, 0) + 1 WITH v " + VACANCY,
                Map.of("id", id)).stream().findFirst();
    }

    void withdraw(String id, String by, OffsetDateTime at) {
        neo4j.query("MATCH (v:Vacancy {id: $id}) SET v.withdrawn = $at, v.withdrawnBy = $by")
                .bindAll(Map.of("id", id, "by", by, "at", at))
                .run();
    }

    /** The standing vacancies of these providers' homes, the soonest first. */
    List<Vacancy> standingOf(Collection<String> providers, LocalDate today) {
        return vacancies("MATCH (v:Vacancy) WHERE v.provider IN $providers AND " + STANDING
                + "WITH v ORDER BY v.availableFrom, v.id\n" + VACANCY,
                Map.of("providers", List.copyOf(providers), "standsFrom", today.minusDays(Vacancy.STANDS_FOR_DAYS)));
    }

    /** The standing vacancies at homes on the council's list, the soonest first: sought by council and day (V018). */
    static final String STANDING_FOR_COUNCIL = "MATCH (v:Vacancy) WHERE v.council = $council AND " + STANDING
            + "WITH v ORDER BY v.availableFrom, v.id\n" + VACANCY;

    /** The standing vacancies at homes on the council's list, the soonest first. */
    List<Vacancy> standingFor(String council, LocalDate today) {
        return vacancies(STANDING_FOR_COUNCIL, Map.of("council", council, "standsFrom", today.minusDays(Vacancy.STANDS_FOR_DAYS)));
    }

    /** The standing vacancies of these homes, by home, the soonest first. */
    Map<String, List<Vacancy>> standingAt(Collection<String> householdIds, LocalDate today) {
        Map<String, List<Vacancy>> byHome = new HashMap<>();
        vacancies("MATCH (v:Vacancy)-[:AT]->(h:Household) WHERE h.id IN $ids AND " + STANDING
                + "WITH v ORDER BY v.availableFrom, v.id\n" + VACANCY,
                Map.of("ids", List.copyOf(householdIds), "standsFrom", today.minusDays(Vacancy.STANDS_FOR_DAYS)))
                .forEach(vacancy -> byHome.computeIfAbsent(vacancy.householdId(), id -> new java.util.ArrayList<>()).add(vacancy));
        return byHome;
    }

    /** A council placed children with the home: its standing vacancies are taken on that day. */
    void takeAt(String householdId, LocalDate day) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("householdId", householdId);
        parameters.put("day", day);
        parameters.put("standsFrom", day.minusDays(Vacancy.STANDS_FOR_DAYS));
        neo4j.query("MATCH (v:Vacancy)-[:AT]->(:Household {id: $householdId}) WHERE " + STANDING + "SET v.taken = $day")
                .bindAll(parameters)
                .run();
    }

    private List<Vacancy> vacancies(String cypher, Map<String, Object> parameters) {
        return neo4j.query(cypher).bindAll(parameters)
                .fetchAs(Vacancy.class).mappedBy((types, row) -> vacancy(row.get("vacancy")))
                .all().stream().toList();
    }

    private static Vacancy vacancy(Value v) {
        return new Vacancy(v.get("id").asString(), v.get("provider").asString(), v.get("providerName").asString(),
                v.get("providerKind").asString(), RecordValues.string(v.get("council")), v.get("householdId").asString(),
                v.get("places").asInt(), v.get("availableFrom").asLocalDate(), v.get("carerProfile").asString(),
                v.get("published").asZonedDateTime().toOffsetDateTime(), RecordValues.string(v.get("publishedBy")),
                v.get("withdrawn").isNull() ? null : v.get("withdrawn").asZonedDateTime().toOffsetDateTime(),
                RecordValues.date(v.get("taken")));
    }
}
