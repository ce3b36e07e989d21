package org.fostergraph.matching;

import java.util.Comparator;

/**
 * How one named home stands for children placed together, as the council's own matching would judge it: a candidate
 * with its explained score, or the rule that excludes it (exactly one is set).
 */
public record HomeAssessment(String householdId, MatchCandidate candidate, ExcludedCandidate excluded) {

    /** Best first, as matches rank: the s22C order of preference, then the score; excluded homes last. */
    public static final Comparator<HomeAssessment> BEST_FIRST = Comparator
            .comparing(HomeAssessment::candidate, Comparator.nullsLast(MatchCandidate.BEST_FIRST));

    public boolean fits() {
        return candidate != null;
    }
}
