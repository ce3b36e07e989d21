package org.fostergraph.matching;

/** A household within reach that cannot take the child, and the first rule that excludes it. */
public record ExcludedCandidate(String householdId, String rule, String detail, double distanceMiles) {
}
