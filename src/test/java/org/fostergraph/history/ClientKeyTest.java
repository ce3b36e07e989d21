package org.fostergraph.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fostergraph.ChangeTest;
import org.fostergraph.OtherCouncil;
import org.fostergraph.SmallCouncil;
import org.fostergraph.security.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Issue 21, findings 1 and 2: a client key is its caller's (user and council), and one key sent many times at once
 * makes one change that every sender is answered with.
 */
class ClientKeyTest extends ChangeTest {

    private static final Map<String, Object> K1_TO_HH_B = Map.of("childId", "K1", "householdId", "HH-B",
            "start", "2026-11-24", "placeCode", "U4", "providerCode", "PR1", "weeklyCost", 450.5);

    private HttpGraphQlTester otherOfficer;

    @BeforeEach
    void twoCouncils() {
        given(SmallCouncil.CYPHER);
        given(OtherCouncil.CYPHER);
        otherOfficer = graphQlOver(anonymous().mutate().defaultHeaders(headers -> headers.setBearerAuth(
                TestTokens.token("other-officer", List.of("OFFICER"), List.of("OTHER")))).build());
    }

    @Test
    void anotherCouncilsKeyIsAnotherKeyAndAnswersNothingOfTheirs() {
        String demos = graphQl.documentName("startPlacement").variable("input", with(K1_TO_HH_B, "clientKey", "shared-1"))
                .execute().path("startPlacement.id").entity(String.class).get();
        graphQl.documentName("holdVacancy").variable("input", Map.of("householdId", "HH-A", "childId", "K2", "hours", 24,
                "reason", "Introductions on Thursday", "clientKey", "shared-2")).execute()
                .path("holdVacancy.id").entity(String.class).get();

        // OTHER's officer sends DEMO's keys with ids that do not exist: the answers of a fresh key, nothing of DEMO's.
        Map<String, Object> missing = with(K1_TO_HH_B, "childId", "NO-CHILD", "householdId", "NO-HOME");
        String withDemosKey = refusal(otherOfficer, "startPlacement", with(missing, "clientKey", "shared-1"));
        assertThat(withDemosKey).isEqualTo(refusal(otherOfficer, "startPlacement", with(missing, "clientKey", "fresh-1")))
                .isEqualTo("NOT_FOUND childId: there is no child with id 'NO-CHILD'").doesNotContain(demos);
        String holdWithDemosKey = refusal(otherOfficer, "holdVacancy", Map.of("householdId", "NO-HOME", "childId", "NO-CHILD",
                "clientKey", "shared-2"));
        assertThat(holdWithDemosKey).isEqualTo("NOT_FOUND householdId: there is no household with id 'NO-HOME'")
                .doesNotContain("Thursday");
        // Nor does it learn that the key exists, or which operation used it.
        String endWithDemosKey = refusal(otherOfficer, "endPlacement", Map.of("placementId", "NO-PLACEMENT", "end", "2026-11-24",
                "reasonCode", "E13", "clientKey", "shared-1"));
        assertThat(endWithDemosKey).isEqualTo("NOT_FOUND placementId: there is no placement with id 'NO-PLACEMENT'");
        assertThat(count("MATCH (p:Placement) WHERE p.id = '" + demos + "' AND p.end IS NULL RETURN count(p)")).isEqualTo(1);
    }

    @Test
    void aKeyUsedFirstByAnotherCouncilDoesNotSquatIt() {
        otherOfficer.documentName("startPlacement").variable("input", Map.of("childId", "X1", "householdId", "HX",
                "start", "2026-11-24", "placeCode", "U4", "providerCode", "PR1", "weeklyCost", 400, "clientKey", "squatted"))
                .execute().path("startPlacement.id").entity(String.class).get();

        String demos = graphQl.documentName("startPlacement").variable("input", with(K1_TO_HH_B, "clientKey", "squatted"))
                .execute().path("startPlacement.id").entity(String.class).get();
        assertThat(count("MATCH (:Child {id: 'K1'})-[:HAD]->(p:Placement) WHERE p.id = '" + demos + "' RETURN count(p)"))
                .isEqualTo(1);
        assertThat(count("MATCH (c:Change {clientKey: 'squatted'}) RETURN count(c)")).isEqualTo(2);
    }

    @Test
    void theSameKeyWithDifferentInputIsRefusedNamingTheDifference() {
        graphQl.documentName("startPlacement").variable("input", with(K1_TO_HH_B, "clientKey", "officer-7/1")).execute()
                .path("startPlacement.id").entity(String.class).get();

        var refused = expectRefused("startPlacement", with(K1_TO_HH_B, "clientKey", "officer-7/1", "householdId", "HH-C",
                "weeklyCost", 400), "CLIENT_KEY_REUSED", "clientKey", "'officer-7/1'");
        assertThat(refused.getMessage()).isEqualTo("clientKey: 'officer-7/1' was already used for startPlacement with a "
                + "different householdId, weeklyCost; a retry sends the same input, and a new request needs a new key");
        var otherOperation = expectRefused("holdVacancy", Map.of("householdId", "HH-A", "childId", "K2", "clientKey",
                "officer-7/1"), "CLIENT_KEY_REUSED", "clientKey", "'officer-7/1'");
        assertThat(otherOperation.getMessage()).startsWith("clientKey: 'officer-7/1' was already used for startPlacement;");
    }

    @Test
    void thirtyConcurrentRequestsWithOneKeyMakeOnePlacementAndAllAnswerIt() throws Exception {
        Map<String, Object> input = with(K1_TO_HH_B, "clientKey", "burst-1");
        int senders = 30;
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < senders; i++) {
                Callable<String> send = () -> {
                    start.await();
                    var response = graphQl.documentName("startPlacement").variable("input", input).execute();
                    String[] answer = new String[1];
                    response.errors().satisfy(errors -> answer[0] = errors.isEmpty() ? null
                            : errors.get(0).getExtensions().get("code") + " " + errors.get(0).getMessage());
                    return answer[0] != null ? answer[0] : response.path("startPlacement.id").entity(String.class).get();
                };
                answers.add(pool.submit(send));
            }
            start.countDown();
            List<String> ids = new ArrayList<>();
            for (Future<String> answer : answers) {
                ids.add(answer.get());
            }
            assertThat(ids).hasSize(senders).allSatisfy(id -> assertThat(id).matches("PL-[0-9A-F]{12}"));
            assertThat(ids.stream().distinct()).hasSize(1);
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(count("MATCH (:Child {id: 'K1'})-[:HAD]->(p:Placement) RETURN count(p)")).isEqualTo(1);
        assertThat(count("MATCH (c:Change {clientKey: 'burst-1'}) RETURN count(c)")).isEqualTo(1);
    }

    private String refusal(HttpGraphQlTester as, String document, Map<String, Object> input) {
        String[] refusal = new String[1];
        as.documentName(document).variable("input", input).execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            refusal[0] = errors.get(0).getExtensions().get("code") + " " + errors.get(0).getMessage();
        });
        return refusal[0];
    }
}
