package org.fostergraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The API's refusals in the page's words: its field's label, what was typed, nothing internal. */
class ProblemsTest {

    private static final Problems.Field HOURS = new Problems.Field("hours-3", "Hours to hold the place");

    @Test
    void aRefusalOfAFieldReadsWithThePagesLabelAndLinksToTheField() {
        Problems problems = Problems.none().refused(List.of(new GraphQlGateway.Refusal(
                "hours: must be between 1 and 72 (got '100')", "hours")), Map.of("hours", HOURS));
        assertThat(problems.getAll()).containsExactly(new Problems.Problem("hours-3",
                "Hours to hold the place must be between 1 and 72 (you entered 100)"));
        assertThat(problems.has("hours-3")).isTrue();
        assertThat(problems.getAll().get(0).href()).isEqualTo("#hours-3");
    }

    @Test
    void aSentenceKeepsItsOwnWordsAndAValueIsRepeatedAsTyped() {
        Problems problems = Problems.none().refused(List.of(
                new GraphQlGateway.Refusal("hours: a vacancy can be held for 1 to 72 hours (got '$1\\\\')", "hours"),
                new GraphQlGateway.Refusal("The service is busy", null)), Map.of("hours", HOURS));
        assertThat(problems.getAll()).extracting(Problems.Problem::message)
                .containsExactly("A vacancy can be held for 1 to 72 hours (you entered $1\\\\)", "The service is busy");
        assertThat(problems.getAll().get(1).href()).as("about the page, not a field").isNull();
    }

    @Test
    void aFieldOfTheApiThePageDoesNotShowIsAboutThePage() {
        Problems problems = Problems.none().refused(List.of(new GraphQlGateway.Refusal(
                "childId: there is no child with id 'CH-9' (got 'CH-9')", "childId")), Map.of());
        assertThat(problems.getAll()).containsExactly(new Problems.Problem(null,
                "There is no child with id 'CH-9' (you entered CH-9)"));
    }
}
