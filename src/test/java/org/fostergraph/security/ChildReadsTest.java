package org.fostergraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.fostergraph.AuditedReads;
import org.fostergraph.HandBuiltGraphTest;
import org.fostergraph.SmallCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, findings 5 and 6: the history applies the field rules of the records it tells about, and every read of a
 * child's data is audited, including the reads whose answer holds no Child value (matches measured from the child's
 * home and school, why a household is ruled out for them, the changes made to them).
 */
class ChildReadsTest extends HandBuiltGraphTest {

    private String placement;

    @BeforeEach
    void aPlacementAndAHouseholdChangeInTheHistory() {
        given(SmallCouncil.CYPHER);
        given("MATCH (c:Child) SET c.homeLocation = point({latitude: 52.61, longitude: -2.01})");
        placement = graphQlAs("officer").document("""
                mutation { startPlacement(input: {childId: "K25", householdId: "HH-B", start: "2026-11-24", placeCode: "U4",
                           providerCode: "PR1", weeklyCost: 400}) { id } }
                """).execute().path("startPlacement.id").entity(String.class).get();
        graphQlAs("officer").document("""
                mutation { endPlacement(input: {placementId: "%s", end: "2026-11-24", reasonCode: "ALLEG"}) { id } }
                """.formatted(placement)).execute().errors().verify();
        graphQlAs("fostering").document("""
                mutation { setHouseholdAttributes(input: {householdId: "HH-B", languages: ["Welsh"]}) { id } }
                """).execute().errors().verify();
    }

    @Test
    void theFosteringTeamSeesAHouseholdsOwnChangesButNotItsPlacements() {
        graphQlAs("fostering").document("{ changes(subjectId: \"HH-B\") { operation summary subjectIds } }").execute()
                .errors().verify()
                .path("changes[*].operation").entityList(String.class).containsExactly("setHouseholdAttributes");
        graphQlAs("fostering").document("{ changes(subjectId: \"K25\") { operation } }").execute().errors().verify()
                .path("changes").entityList(Object.class).hasSize(0);
        graphQlAs("fostering").document("{ changes(subjectId: \"%s\") { operation } }".formatted(placement)).execute()
                .errors().verify().path("changes").entityList(Object.class).hasSize(0);
        // An officer reads every one of them, the placement's end reason included.
        graphQlAs("officer").document("{ changes(subjectId: \"HH-B\") { operation summary } }").execute().errors().verify()
                .path("changes[*].operation").entityList(String.class).hasSize(3)
                .contains("setHouseholdAttributes", "endPlacement", "startPlacement")
                .path("changes[*].summary").entityList(String.class)
                .contains("Placement " + placement + " ended on 2026-11-24 (ALLEG)");
    }

    @Test
    void aPageOfTheFosteringTeamsHistoryIsFullOfWhatItMayRead() {
        graphQlAs("fostering").document("{ changes(subjectId: \"HH-B\", first: 1) { operation } }").execute()
                .errors().verify()
                .path("changes[*].operation").entityList(String.class).containsExactly("setHouseholdAttributes");
    }

    @Test
    void readingAChildsChangesIsAuditedAsAReadOfTheChild() {
        long before = reads("K25", "Query.changes");
        graphQlAs("officer").document("{ changes(subjectId: \"HH-B\") { operation } }").execute().errors().verify();
        assertThat(reads("K25", "Query.changes")).isEqualTo(before + 1);
        // The fostering team was shown none of K25's changes: nothing of K25's was read.
        long byFostering = count(AuditedReads.EACH_READ + "WHERE childId = 'K25' AND a.by = 'fostering' RETURN count(*)");
        graphQlAs("fostering").document("{ changes(subjectId: \"HH-B\") { operation } }").execute().errors().verify();
        assertThat(count(AuditedReads.EACH_READ + "WHERE childId = 'K25' AND a.by = 'fostering' RETURN count(*)"))
                .isEqualTo(byFostering);
    }

    @Test
    void matchingAChildAndAskingWhyNotAreAuditedAsReadsOfTheChild() {
        long matches = reads("K21", "Query.matchesForChild");
        long siblings = reads("K22", "Query.matchesForChild");
        long whyNot = reads("K21", "Query.whyNot");

        graphQlAs("officer").document("{ matchesForChild(childId: \"K21\", options: {siblingIds: [\"K22\"]}) { candidates { score } } }")
                .execute().errors().verify();
        graphQlAs("officer").document("{ whyNot(childId: \"K21\", householdId: \"HH-B\") { eligible } }").execute().errors().verify();

        assertThat(reads("K21", "Query.matchesForChild")).isEqualTo(matches + 1);
        assertThat(reads("K22", "Query.matchesForChild")).isEqualTo(siblings + 1);
        assertThat(reads("K21", "Query.whyNot")).isEqualTo(whyNot + 1);
        // An id that names no child reads nothing.
        long all = count("MATCH (a:AuditRecord) RETURN count(a)");
        graphQlAs("officer").document("{ matchesForChild(childId: \"NO-SUCH\") { candidates { score } } }").execute();
        assertThat(count("MATCH (a:AuditRecord) RETURN count(a)")).isEqualTo(all);
    }

    private long reads(String childId, String operation) {
        return neo4j.query(AuditedReads.EACH_READ
                + "WHERE childId = $child AND operation = $operation AND a.by = 'officer' RETURN count(*)")
                .bindAll(Map.of("child", childId, "operation", operation)).fetchAs(Long.class).one().orElseThrow();
    }

}
