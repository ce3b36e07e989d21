package org.fostergraph.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The pure paging and summary of {@link MatchResult}'s exclusions, on 45 made-up ones: 30 of rule A, 15 of B. */
class ExclusionPagingTest {

    private static MatchResult result() {
        List<ExcludedCandidate> excluded = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            excluded.add(new ExcludedCandidate("H" + i, i % 3 == 2 ? "B" : "A", "why", i / 10.0));
        }
        return new MatchResult(List.of(), excluded, null, "ANY", 0);
    }

    @Test
    void theDefaultPageIsTheNearestTwentyAndPagingReachesEveryOne() {
        MatchResult result = result();
        assertThat(result.excludedPage(null, null)).extracting(ExcludedCandidate::householdId).hasSize(20).startsWith("H0").endsWith("H19");
        List<String> all = new ArrayList<>();
        String after = null;
        List<ExcludedCandidate> page;
        do {
            page = result.excludedPage(20, after);
            page.forEach(one -> all.add(one.householdId()));
            after = page.isEmpty() ? null : page.get(page.size() - 1).householdId();
        }
        while (page.size() == 20);
        assertThat(all).hasSize(45).doesNotHaveDuplicates();
        assertThat(result.excludedPage(5, "H44")).isEmpty();
    }

    @Test
    void theSummaryCountsEachRuleAndNamesItsNearest() {
        List<MatchResult.ExclusionSummary> summary = result().exclusionSummary(null);
        assertThat(summary).extracting(MatchResult.ExclusionSummary::rule).containsExactly("A", "B");
        assertThat(summary).extracting(MatchResult.ExclusionSummary::count).containsExactly(30, 15);
        assertThat(summary.get(1).nearest()).extracting(ExcludedCandidate::householdId).containsExactly("H2", "H5", "H8");
    }
}
