package org.fostergraph.placement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

import org.fostergraph.ChangeTest;
import org.fostergraph.SmallCouncil;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many officers try to place different children into a household's last bed at the same moment, over HTTP:
 * exactly one placement is made, every other request is told there is no vacancy, and the graph holds no
 * double allocation. Repeated, because a race that is lost rarely is still lost.
 */
class LastBedRaceTest extends ChangeTest {

    private static final int OFFICERS = 24;

    private ExecutorService officers;

    @BeforeEach
    void smallCouncilAndOfficers() {
        given(SmallCouncil.CYPHER);
        officers = Executors.newFixedThreadPool(OFFICERS);
    }

    @AfterEach
    void stopOfficers() {
        officers.shutdownNow();
    }

    @RepeatedTest(20)
    void exactlyOneOfManyConcurrentPlacementsGetsTheLastBed() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int n = 1; n <= OFFICERS; n++) {
            Map<String, Object> input = Map.of("childId", "K" + n, "householdId", "HH-A", "start", "2026-11-24",
                    "placeCode", "U6", "providerCode", "PR1", "weeklyCost", 400, "clientKey", "race-" + n);
            outcomes.add(officers.submit(() -> {
                go.await();
                return outcome(input);
            }));
        }
        go.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(60, TimeUnit.SECONDS));
        }

        assertThat(results).filteredOn("PLACED"::equals).hasSize(1);
        assertThat(results).filteredOn("NO_VACANCY"::equals).hasSize(OFFICERS - 1);
        assertThat(count("MATCH (:Household {id: 'HH-A'})<-[:WITH]-(p:Placement) WHERE p.end IS NULL RETURN count(p)"))
                .isEqualTo(2);
        assertThat(count("MATCH (p:Placement) RETURN count(p)")).isEqualTo(5);
        assertThat(count("MATCH (c:Change {operation: 'startPlacement'}) RETURN count(c)")).isEqualTo(1);
        graphQl.documentName("householdVacancies").variable("id", "HH-A").execute()
                .path("household.vacancies").entity(Integer.class).isEqualTo(0);
    }

    private String outcome(Map<String, Object> input) {
        List<org.springframework.graphql.ResponseError> errors = Collections.synchronizedList(new ArrayList<>());
        var response = graphQl.documentName("startPlacement").variable("input", input).execute();
        response.errors().satisfy(errors::addAll);
        if (errors.isEmpty()) {
            response.path("startPlacement.household.id").entity(String.class).isEqualTo("HH-A");
            return "PLACED";
        }
        return String.valueOf(errors.get(0).getExtensions().get("code"));
    }
}
