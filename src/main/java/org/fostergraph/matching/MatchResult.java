package org.fostergraph.matching;

import java.util.List;

/** Candidates best first, and the households within reach that were excluded, nearest first. */
public record MatchResult(List<MatchCandidate> candidates, List<ExcludedCandidate> excluded) {
}
