package org.fostergraph.matching;

import java.util.List;

/**
 * Candidates best first, and the households within reach that were excluded, nearest first.
 *
 * @param approvalType the kind of care matched (null: any)
 * @param approvalTypeSource where that kind of care came from: ASKED, CURRENT_PLACEMENT or ANY
 */
public record MatchResult(List<MatchCandidate> candidates, List<ExcludedCandidate> excluded, String approvalType,
        String approvalTypeSource) {
}
