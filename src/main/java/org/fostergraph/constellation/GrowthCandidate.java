package org.fostergraph.constellation;

/** An approved in-house fostering household near a hub that belongs to no constellation. */
public record GrowthCandidate(String constellationId, String householdId, double distanceMiles) {
}
