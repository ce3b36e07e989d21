package org.fostergraph.referral;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.fostergraph.ChangeTest;
import org.fostergraph.SmallCouncil;

import static org.assertj.core.api.Assertions.assertThat;

/** Referrals on the small council; today is 2026-11-24. */
class ReferralMutationsTest extends ChangeTest {

    private static final Map<String, Object> SIBLINGS = Map.of("childIds", List.of("K2", "K1"), "received", "2026-11-20",
            "urgency", "PLANNED", "placementType", "SHORT_TERM");

    @BeforeEach
    void smallCouncil() {
        given(SmallCouncil.CYPHER);
    }

    @Test
    void opensAReferralForASiblingGroupAndClosesItWhenTheyArePlaced() {
        String id = graphQl.documentName("openReferral").variable("input", SIBLINGS).execute()
                .path("openReferral.received").entity(String.class).isEqualTo("2026-11-20")
                .path("openReferral.urgency").entity(String.class).isEqualTo("PLANNED")
                .path("openReferral.placementType").entity(String.class).isEqualTo("SHORT_TERM")
                .path("openReferral.status").entity(String.class).isEqualTo("OPEN")
                .path("openReferral.closed").valueIsNull()
                // 20 to 24 November
                .path("openReferral.daysWaiting").entity(Integer.class).isEqualTo(4)
                .path("openReferral.children[*].id").entityList(String.class).containsExactly("K1", "K2")
                .path("openReferral.children[*].ageYears").entityList(Integer.class).containsExactly(8, 8)
                .path("openReferral.id").entity(String.class).get();
        assertThat(id).matches("REF-[0-9A-F]{12}");
        assertThat(count("MATCH (r:Referral {id: '" + id + "', openedBy: 'tester'})-[:FOR]->(c:Child) RETURN count(c)")).isEqualTo(2);

        graphQl.documentName("closeReferral").variable("input", Map.of("referralId", id, "date", "2026-11-24",
                "outcome", "PLACED_INTERNALLY")).execute()
                .path("closeReferral.status").entity(String.class).isEqualTo("CLOSED")
                .path("closeReferral.closed").entity(String.class).isEqualTo("2026-11-24")
                .path("closeReferral.outcome").entity(String.class).isEqualTo("PLACED_INTERNALLY")
                .path("closeReferral.daysWaiting").valueIsNull();
        graphQl.document("{ changes(subjectId: \"" + id + "\") { operation } }").execute()
                .path("changes[*].operation").entityList(String.class).contains("openReferral", "closeReferral").hasSize(2);

        // Closed, it is history: the same children can be referred again.
        graphQl.documentName("openReferral").variable("input", with(SIBLINGS, "childIds", List.of("K1"))).execute()
                .path("openReferral.status").entity(String.class).isEqualTo("OPEN");
        assertThat(count("MATCH (r:Referral) RETURN count(r)")).isEqualTo(2);
    }

    @Test
    void refusesABadReferralAndChangesNothing() {
        expectRefused("openReferral", with(SIBLINGS, "childIds", List.of()), "INVALID_ARGUMENT", "childIds", "'[]'");
        expectRefused("openReferral", with(SIBLINGS, "childIds", List.of("K1", "K1")), "INVALID_ARGUMENT", "childIds",
                "'[K1, K1]'");
        expectRefused("openReferral", with(SIBLINGS, "childIds", List.of("K1", "NOPE")), "NOT_FOUND", "childIds", "'NOPE'");
        expectRefused("openReferral", with(SIBLINGS, "received", "2026-11-25"), "INVALID_ARGUMENT", "received", "'2026-11-25'");

        String open = graphQl.documentName("openReferral").variable("input", SIBLINGS).execute()
                .path("openReferral.id").entity(String.class).get();
        var refusal = expectRefused("openReferral", with(SIBLINGS, "childIds", List.of("K3", "K2")), "REFERRAL_ALREADY_OPEN",
                "childIds", "'K2'");
        assertThat(refusal.getMessage()).isEqualTo("childIds: child K2 already waits in open referral " + open
                + "; close that referral first");

        expectRefused("closeReferral", Map.of("referralId", open, "date", "2026-11-19", "outcome", "WITHDRAWN"),
                "INVALID_ARGUMENT", "date", "'2026-11-19'");
        expectRefused("closeReferral", Map.of("referralId", "REF-404", "date", "2026-11-24", "outcome", "WITHDRAWN"),
                "NOT_FOUND", "referralId", "'REF-404'");
        graphQl.documentName("closeReferral").variable("input", Map.of("referralId", open, "date", "2026-11-22",
                "outcome", "WITHDRAWN")).executeAndVerify();
        expectRefused("closeReferral", Map.of("referralId", open, "date", "2026-11-24", "outcome", "WITHDRAWN"),
                "REFERRAL_CLOSED", "referralId", "'" + open + "'");
    }

    @Test
    void aRetryWithTheSameClientKeyOpensOneReferral() {
        var input = with(SIBLINGS, "clientKey", "officer-3/77");
        String first = graphQl.documentName("openReferral").variable("input", input).execute()
                .path("openReferral.id").entity(String.class).get();
        graphQl.documentName("openReferral").variable("input", input).execute()
                .path("openReferral.id").entity(String.class).isEqualTo(first);
        assertThat(count("MATCH (r:Referral) RETURN count(r)")).isEqualTo(1);
    }

    @Test
    void listsOpenReferralsTheLongestWaitingFirstAPageAtATime() {
        for (var referral : List.of(List.of("K5", "2026-11-10"), List.of("K3", "2026-11-01"), List.of("K4", "2026-11-15"))) {
            graphQl.documentName("openReferral").variable("input", with(SIBLINGS, "childIds", List.of(referral.get(0)),
                    "received", referral.get(1))).executeAndVerify();
        }
        String closing = graphQl.documentName("referrals").variable("first", 1).execute()
                .path("referrals.edges[0].node.id").entity(String.class).get();
        graphQl.documentName("closeReferral").variable("input", Map.of("referralId", closing, "date", "2026-11-24",
                "outcome", "WITHDRAWN")).executeAndVerify();

        var page = graphQl.documentName("referrals").variable("first", 1).execute();
        page.path("referrals.totalCount").entity(Integer.class).isEqualTo(2)
                .path("referrals.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
                .path("referrals.edges[*].node.children[*].id").entityList(String.class).containsExactly("K5");
        String after = page.path("referrals.pageInfo.endCursor").entity(String.class).get();
        graphQl.documentName("referrals").variable("first", 1).variable("after", after).execute()
                .path("referrals.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false)
                .path("referrals.edges[*].node.children[*].id").entityList(String.class).containsExactly("K4");
        graphQl.documentName("referrals").variable("open", false).execute()
                .path("referrals.totalCount").entity(Integer.class).isEqualTo(3)
                .path("referrals.edges[*].node.status").entityList(String.class).containsExactly("CLOSED", "OPEN", "OPEN");
    }
}
