package org.fostergraph.matching;

import java.util.List;

/** A household that can take the child (or group), with its score and every part of it explained. */
public record MatchCandidate(String householdId, double score, double distanceMiles, Double distanceToSchoolMiles,
        double weeklyCost, boolean internal, List<ScorePart> reasons, List<String> flags) {
}
