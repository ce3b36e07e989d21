package org.fostergraph.matching;

/** Whether one household can take one child now: the rule that excludes it, or its ranking when none does. */
public record WhyNot(String householdId, boolean eligible, String rule, String detail, MatchCandidate candidate) {
}
