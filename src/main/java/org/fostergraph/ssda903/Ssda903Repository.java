package org.fostergraph.ssda903;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fostergraph.support.LocalityLinks;
import org.fostergraph.care.OpenPlacements;
import org.fostergraph.neo4j.RecordValues;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * The bulk path of the SSDA903 import: like the seed loader it writes children, placements and placeholder
 * households with its own batched {@code UNWIND} statements, so that 100,000 episodes load in a few hundred
 * statements rather than one mutation each. Placements it writes carry {@code source: 'SSDA903'}; it never
 * removes or changes a placement recorded through the API.
 */
@Repository
class Ssda903Repository {

    /** A placement recorded in fostergraph (not by an import) for one of the children being imported. */
    record RecordedPlacement(String childId, String id, LocalDate start, LocalDate end) {
    }

    /** What a merge wrote; {@code householdsLeft} the homes placements were moved away from (now maybe empty). */
    record Counts(int created, int updated, List<String> householdsLeft) {

        Counts(int created, int updated) {
            this(created, updated, List.of());
        }
    }

    /** A placement an earlier import wrote, open on or ending on the day a child's episodes in this return begin. */
    record EarlierPlacement(String childId, String id, LocalDate start, LocalDate end, String newEpisodeReason,
            List<LocalDate> episodeStarts, List<String> legalStatuses, List<String> needCategories, List<String> homeSectors,
            List<String> homePosts, String householdId) {

        /** The episode's HOME_POST as its return gave it (its sector for a placement imported before they were kept), or null. */
        String homePost(int episode) {
            String post = episode < homePosts.size() ? homePosts.get(episode) : homeSectors.get(episode);
            return post.isEmpty() ? null : post;
        }
    }

    private final Neo4jClient neo4j;

    Ssda903Repository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    List<RecordedPlacement> recordedPlacements(Collection<String> childIds) {
        return neo4j.query("""
                MATCH (c:Child)-[:HAD]->(p:Placement)
                WHERE c.id IN $ids AND coalesce(p.source, '') <> 'SSDA903'
                RETURN c.id AS childId, p.id AS id, p.start AS start, p.end AS end
                """)
                .bind(List.copyOf(childIds)).to("ids")
                .fetchAs(RecordedPlacement.class)
                .mappedBy((types, row) -> new RecordedPlacement(row.get("childId").asString(), row.get("id").asString(),
                        row.get("start").asLocalDate(), RecordValues.date(row.get("end"))))
                .all().stream().toList();
    }

    List<String> councilCodes() {
        return List.copyOf(neo4j.query("MATCH (a:LocalAuthority) RETURN a.code AS code ORDER BY code").fetchAs(String.class).all());
    }

    /**
     * The graph ids of the council's children that the council's returns name by these ids (CHILD): an imported child by
     * the id its first return gave it, any other (registered through the API, or from the seed) by its own id.
     */
    Map<String, String> childIdsByReturnId(String council, Collection<String> returnIds) {
        Map<String, String> ids = new HashMap<>();
        neo4j.query("""
                MATCH (c:Child {council: $council}) WHERE coalesce(c.returnId, c.id) IN $returnIds
                RETURN coalesce(c.returnId, c.id) AS returnId, c.id AS id
                """)
                .bind(List.copyOf(returnIds)).to("returnIds").bind(council).to("council")
                .fetch().all().forEach(row -> ids.put((String) row.get("returnId"), (String) row.get("id")));
        return ids;
    }

    /** For each child and day, the imported placement that is open on the day or ends on it. */
    List<EarlierPlacement> earlierPlacements(List<Map<String, Object>> childDays) {
        return neo4j.query("""
                UNWIND $rows AS row
                MATCH (:Child {id: row.childId})-[:HAD]->(p:Placement {source: 'SSDA903'})-[:WITH]->(h:Household)
                WHERE p.start < row.day AND (p.end IS NULL OR p.end >= row.day)
                RETURN row.childId AS childId, p {.id, .start, .end, .newEpisodeReason, .episodeStarts, .legalStatuses,
                       .needCategories, .homeSectors, .homePosts} AS p, h.id AS householdId
                """)
                .bind(childDays).to("rows")
                .fetchAs(EarlierPlacement.class)
                .mappedBy((types, row) -> {
                    var p = row.get("p");
                    return new EarlierPlacement(row.get("childId").asString(), p.get("id").asString(),
                            p.get("start").asLocalDate(), RecordValues.date(p.get("end")), p.get("newEpisodeReason").asString(),
                            p.get("episodeStarts").asList(org.neo4j.driver.Value::asLocalDate), RecordValues.strings(p.get("legalStatuses")),
                            RecordValues.strings(p.get("needCategories")), RecordValues.strings(p.get("homeSectors")),
                            RecordValues.strings(p.get("homePosts")), row.get("householdId").asString());
                })
                .all().stream().toList();
    }

    /** Placeholder households, merged by id; answers how many were new. */
    int mergeHouseholds(String council, List<Map<String, Object>> households) {
        return neo4j.query("""
                UNWIND $rows AS row
                OPTIONAL MATCH (existing:Household {id: row.id})
                WITH row, existing IS NULL AS created
                MERGE (h:Household {id: row.id})
                ON CREATE SET h.status = 'UNREGISTERED', h.approvedPlaces = 0, h.approvalTypes = [], h.languages = [],
                              h.skills = [], h.source = 'SSDA903', h.council = $council
                SET h.name = CASE WHEN h.status = 'UNREGISTERED' THEN row.name ELSE h.name END,
                    h.provision = CASE WHEN h.status = 'UNREGISTERED' THEN row.provision ELSE h.provision END,
                    h.urn = row.urn,
                    h.postcodeSector = CASE WHEN h.status = 'UNREGISTERED' THEN row.postcodeSector ELSE h.postcodeSector END,
                    h.location = CASE WHEN h.status <> 'UNREGISTERED' THEN h.location
                                      WHEN row.location IS NULL THEN null ELSE point(row.location) END
                WITH h, row, created
                """ + LocalityLinks.replace("h", "IN", "row.localityId", "h.status = 'UNREGISTERED'") + """
                RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created
                """)
                .bind(households).to("rows").bind(council).to("council")
                .fetchAs(Integer.class).mappedBy((types, row) -> row.get("created").asInt())
                .one().orElse(0);
    }

    /**
     * Children, merged by id. Date of birth, sex, ethnicity, motherhood and home come from the return; needs and school stay as the
     * placement team recorded them, and an exact home location stays while the home sector is unchanged.
     */
    /**
     * Children the return lists in its Header file only: what the Header says is written, and nothing else of theirs
     * (home, placements, needs) is touched. The import fingerprint is cleared, so that the next import with their
     * episodes writes them whole.
     */
    Counts mergeHeaderOnlyChildren(String council, List<Map<String, Object>> children) {
        return neo4j.query("""
                UNWIND $rows AS row
                OPTIONAL MATCH (existing:Child {id: row.id})
                WITH row, existing IS NULL AS created,
                     existing IS NOT NULL AND existing.dateOfBirth = row.dateOfBirth AND existing.sex = row.sex
                     AND coalesce(existing.ethnicity, '') = coalesce(row.ethnicity, '')
                     AND coalesce(existing.mother, '') = coalesce(row.mother, '')
                     AND coalesce(existing.firstChildBorn, date('0001-01-01')) = coalesce(row.firstChildBorn, date('0001-01-01')) AS same
                MERGE (c:Child {id: row.id})
                ON CREATE SET c.needs = [], c.council = $council, c.returnId = row.returnId
                SET c.dateOfBirth = row.dateOfBirth, c.sex = row.sex, c.ethnicity = row.ethnicity, c.mother = row.mother,
                    c.firstChildBorn = row.firstChildBorn
                FOREACH (ignored IN CASE WHEN same THEN [] ELSE [1] END | REMOVE c.importHash)
                RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
                       sum(CASE WHEN created OR same THEN 0 ELSE 1 END) AS updated
                """)
                .bind(children).to("rows").bind(council).to("council")
                .fetchAs(Counts.class).mappedBy((types, row) -> new Counts(row.get("created").asInt(), row.get("updated").asInt()))
                .one().orElse(new Counts(0, 0));
    }

    Counts mergeChildren(String council, List<Map<String, Object>> children) {
        return neo4j.query("""
                UNWIND $rows AS row
                OPTIONAL MATCH (existing:Child {id: row.id})
                WITH row, existing IS NULL AS created, coalesce(existing.importHash = row.hash, false) AS same,
                     CASE WHEN row.homeByPostcode THEN point(row.home)
                          WHEN existing.homePostcodeSector = row.homeSector AND existing.homeLocation IS NOT NULL
                          THEN existing.homeLocation
                          WHEN row.home IS NULL THEN null ELSE point(row.home) END AS home
                MERGE (c:Child {id: row.id})
                ON CREATE SET c.needs = [], c.council = $council, c.returnId = row.returnId
                SET c.dateOfBirth = row.dateOfBirth, c.sex = row.sex, c.ethnicity = row.ethnicity, c.mother = row.mother,
                    c.firstChildBorn = row.firstChildBorn, c.homePostcodeSector = row.homeSector,
                    c.homeLocation = home, c.importHash = row.hash
                WITH c, row, created, same
                """ + LocalityLinks.replace("c", "HOME_IN", "row.homeLocalityId", "true") + """
                RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
                       sum(CASE WHEN created OR same THEN 0 ELSE 1 END) AS updated
                """)
                .bind(children).to("rows").bind(council).to("council")
                .fetchAs(Counts.class).mappedBy((types, row) -> new Counts(row.get("created").asInt(), row.get("updated").asInt()))
                .one().orElse(new Counts(0, 0));
    }

    /**
     * Removes the imported placements this return no longer holds: those of its children that reach into the span
     * the return covers for the child (ones that ended before it came from earlier returns and stay). Answers the
     * households they were with, which may now be empty placeholders.
     */
    List<String> removeStalePlacements(List<Map<String, Object>> children) {
        return neo4j.query("""
                UNWIND $rows AS row
                MATCH (:Child {id: row.id})-[:HAD]->(p:Placement {source: 'SSDA903'})-[:WITH]->(h:Household)
                WHERE (p.end IS NULL OR p.end > row.firstStart) AND NOT p.id IN row.placementIds
                WITH p, h.id AS householdId
                DETACH DELETE p
                RETURN householdId
                """)
                .bind(children).to("rows")
                .fetchAs(String.class).mappedBy((types, row) -> row.get("householdId").asString())
                .all().stream().toList();
    }

    /**
     * Marks unknown, from {@code from} (the first day of the return that refused the children), the state of each
     * refused child whose imported placement an earlier return left open: nothing of the placement is lost, but it
     * no longer counts as open from that day ({@link OpenPlacements#keys}). Rows: {@code returnId}, {@code reason}.
     * Answers the children marked.
     */
    int markStateUnknown(String council, List<Map<String, Object>> refused, LocalDate from) {
        return neo4j.query("""
                UNWIND $rows AS row
                MATCH (c:Child {council: $council})-[:HAD]->(p:Placement {source: 'SSDA903'})
                WHERE coalesce(c.returnId, c.id) = row.returnId AND p.end IS NULL AND p.start < $from AND p.unknownFrom IS NULL
                SET p.unknownFrom = $from, p.unknownReason = row.reason, p.openUntil = $from
                RETURN count(DISTINCT c) AS children
                """)
                .bind(refused).to("rows").bind(council).to("council").bind(from).to("from")
                .fetchAs(Integer.class).mappedBy((types, row) -> row.get("children").asInt())
                .one().orElse(0);
    }

    Counts mergePlacements(List<Map<String, Object>> placements) {
        return neo4j.query("""
                UNWIND $rows AS row
                MATCH (c:Child {id: row.childId}), (h:Household {id: row.householdId})
                OPTIONAL MATCH (existing:Placement {id: row.id})
                WITH c, h, row, existing IS NULL AS created, coalesce(existing.importHash = row.hash, false) AS same
                MERGE (p:Placement {id: row.id})
                ON CREATE SET p.source = 'SSDA903', p.costEstimated = true
                // A return that holds the placement says what it is: a state an earlier refusal left unknown is known again.
                REMOVE p.unknownFrom, p.unknownReason
                SET p.start = row.start, p.end = row.end, p.placeCode = row.placeCode, p.providerCode = row.providerCode,
                    p.newEpisodeReason = row.newEpisodeReason, p.episodeEndReason = row.episodeEndReason,
                    p.endReason = row.endReason, p.placeChangeReason = row.placeChangeReason, p.postcodeSector = row.postcodeSector,
                    p.episodeStarts = row.episodeStarts, p.legalStatuses = row.legalStatuses,
                    p.needCategories = row.needCategories, p.homeSectors = row.homeSectors, p.homePosts = row.homePosts,
                    p.placementPosts = row.placementPosts, p.importHash = row.hash,
                    p.weeklyCost = CASE WHEN p.costEstimated THEN row.weeklyCost ELSE p.weeklyCost END,
                    %s
                MERGE (c)-[:HAD]->(p)
                WITH p, h, created, same
                CALL (p, h) {
                    OPTIONAL MATCH (p)-[old:WITH]->(other:Household) WHERE other <> h
                    WITH old, other.id AS left
                    DELETE old
                    RETURN collect(left) AS left
                }
                MERGE (p)-[:WITH]->(h)
                RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
                       sum(CASE WHEN created OR same THEN 0 ELSE 1 END) AS updated,
                       reduce(all = [], some IN collect(left) | all + some) AS householdsLeft
                """.formatted(OpenPlacements.keys("p", "c", "row.end")))
                .bind(placements).to("rows")
                .fetchAs(Counts.class).mappedBy((types, row) -> new Counts(row.get("created").asInt(), row.get("updated").asInt(),
                        row.get("householdsLeft").asList(org.neo4j.driver.Value::asString)))
                .one().orElse(new Counts(0, 0));
    }

    /**
     * Ends the live holds of children the return shows placed, on {@code today}, in a placement that started on or after
     * the day the hold was made (a child already placed when the hold was made may be held a place to move to). The
     * hold names the placement, as a hold an officer's placement ends does.
     */
    void releaseHoldsOfPlacedChildren(List<String> childIds, LocalDate today, ZonedDateTime now, String by) {
        neo4j.query("""
                UNWIND $ids AS childId
                MATCH (hold:Hold)-[:FOR]->(c:Child {id: childId})
                WHERE hold.expiresAt > $now AND hold.releasedAt IS NULL AND hold.usedAt IS NULL
                MATCH (c)-[:HAD]->(p:Placement)
                WHERE p.start <= $today AND (p.end IS NULL OR p.end > $today) AND p.start >= date(hold.createdAt)
                WITH hold, max(p.id) AS placementId
                SET hold.releasedAt = $now, hold.releasedBy = $by, hold.releasedFor = placementId
                """)
                .bindAll(Map.of("ids", childIds, "today", today, "now", now, "by", by))
                .run();
    }

    /** Deletes the council's placeholder households the import made that no placement is with any more. */
    void removeEmptyPlaceholders(String council, Collection<String> householdIds) {
        neo4j.query("""
                MATCH (h:Household {status: 'UNREGISTERED', source: 'SSDA903', council: $council})
                WHERE h.id IN $ids AND NOT EXISTS { (h)<-[:WITH]-(:Placement) }
                DETACH DELETE h
                """)
                .bind(List.copyOf(householdIds)).to("ids").bind(council).to("council")
                .run();
    }

    /** The collection year (its first year: 2025 for 2025/26) of the newest return this council imported. */
    /**
     * The councils' children whose state on {@code day} no accepted return gives (an imported placement, open by its
     * return, whose state became unknown by then, and no placement open that day), counted by the reason written.
     */
    List<CareStateUnknown.Reason> unknownStatesOn(List<String> councils, LocalDate day) {
        return neo4j.query("""
                MATCH (c:Child)-[:HAD]->(p:Placement {source: 'SSDA903'})
                WHERE c.council IN $councils AND p.end IS NULL AND p.start <= $day AND p.unknownFrom <= $day
                  AND NOT EXISTS { (c)-[:HAD]->(q:Placement) WHERE %s }
                WITH c, min(p.unknownReason) AS reason
                RETURN reason, count(c) AS children ORDER BY reason
                """.formatted(OpenPlacements.isOpen("q", "$day")))
                .bind(councils).to("councils").bind(day).to("day")
                .fetchAs(CareStateUnknown.Reason.class)
                .mappedBy((types, row) -> new CareStateUnknown.Reason(row.get("reason").asString(),
                        row.get("children").asInt()))
                .all().stream().toList();
    }

    /** How many children the latest import of the councils' return of the collection year refused; empty when none. */
    Optional<Integer> refusedByLatestImport(List<String> councils, int collectionYear) {
        return neo4j.query("""
                MATCH (i:Ssda903Import) WHERE i.council IN $councils AND i.collectionYear = $year
                WITH i.council AS council, i ORDER BY i.at DESC
                WITH council, head(collect(i)) AS latest
                RETURN sum(latest.childrenRejected) AS refused, count(latest) AS imports
                """)
                .bind(councils).to("councils").bind(collectionYear).to("year")
                .fetch().one()
                .filter(row -> ((Number) row.get("imports")).intValue() > 0)
                .map(row -> ((Number) row.get("refused")).intValue());
    }

    Optional<Integer> newestCollectionYear(String council) {
        return neo4j.query("MATCH (i:Ssda903Import {council: $council}) RETURN max(i.collectionYear) AS year")
                .bind(council).to("council").fetch().one()
                .map(row -> row.get("year")).map(year -> ((Number) year).intValue());
    }

    void recordImport(Map<String, Object> summary, String by, ZonedDateTime at) {
        neo4j.query("CREATE (:Ssda903Import {id: $id, at: $at, by: $by, headerFile: $header, episodesFile: $episodes, "
                + "childrenImported: $children, childrenRejected: $rejected, childrenStateUnknown: $stateUnknown, placementsCreated: $created, "
                + "placementsUpdated: $updated, placementsRemoved: $removed, council: $council, collectionYear: $collectionYear})")
                .bindAll(summary).bind(by).to("by").bind(at).to("at")
                .run();
    }
}
