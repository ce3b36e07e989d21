package org.fostergraph.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fostergraph.api.errors.InvalidArgumentException;

/**
 * Candidates best first, and the households within reach that were excluded, nearest first.
 *
 * @param approvalType the kind of care matched (null: any)
 * @param approvalTypeSource where that kind of care came from: ASKED, CURRENT_PLACEMENT or ANY
 * @param scoreOutOf the most points a home could earn for these children: the scale the scores are on
 */
public record MatchResult(List<MatchCandidate> candidates, List<ExcludedCandidate> excluded, String approvalType,
        String approvalTypeSource, double scoreOutOf) {

    /** The page of exclusions an answer carries unless asked for more: the nearest 20 (issue 25). */
    static final int EXCLUDED_PAGE = 20;
    static final int MOST_EXCLUDED_PAGE = 1000;
    static final int MOST_NEAREST = 20;

    /** Of one rule: how many households it rules out, and the nearest of them. */
    public record ExclusionSummary(String rule, int count, List<ExcludedCandidate> nearest) {
    }

    /**
     * The exclusions after the household {@code after} (from the first when null), nearest first, {@code first} of
     * them (20 when null): the whole list stays reachable by paging.
     */
    List<ExcludedCandidate> excludedPage(Integer first, String after) {
        int size = first == null ? EXCLUDED_PAGE : first;
        if (size < 1 || size > MOST_EXCLUDED_PAGE) {
            throw new InvalidArgumentException("first", size, "must be between 1 and " + MOST_EXCLUDED_PAGE);
        }
        int from = 0;
        if (after != null) {
            from = -1;
            for (int i = 0; i < excluded.size(); i++) {
                if (excluded.get(i).householdId().equals(after)) {
                    from = i + 1;
                    break;
                }
            }
            if (from < 0) {
                throw new InvalidArgumentException("after", after, "is not a household this answer rules out");
            }
        }
        return excluded.subList(Math.min(from, excluded.size()), Math.min(from + size, excluded.size()));
    }

    /** Each rule that rules households out, in the order of the nearest it excludes: its count and nearest few. */
    List<ExclusionSummary> exclusionSummary(Integer nearest) {
        int few = nearest == null ? 3 : nearest;
        if (few < 0 || few > MOST_NEAREST) {
            throw new InvalidArgumentException("nearest", few, "must be between 0 and " + MOST_NEAREST);
        }
        Map<String, List<ExcludedCandidate>> byRule = new LinkedHashMap<>();
        excluded.forEach(exclusion -> byRule.computeIfAbsent(exclusion.rule(), rule -> new ArrayList<>()).add(exclusion));
        return byRule.entrySet().stream()
                .map(rule -> new ExclusionSummary(rule.getKey(), rule.getValue().size(), rule.getValue().subList(0, Math.min(few, rule.getValue().size()))))
                .toList();
    }
}
