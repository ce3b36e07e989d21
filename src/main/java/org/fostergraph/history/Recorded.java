package org.fostergraph.history;

import java.util.List;
import java.util.Map;

/**
 * What a change did, for the history: the id of its result (a placement, a household…), a sentence about
 * it, and the ids it touched by label (for example {@code Household -> [HH-1]}).
 */
public record Recorded(String resultId, String summary, Map<Subject, List<String>> subjects) {

    /** The node labels a change can be about. */
    public enum Subject {
        Household, Child, Placement, Constellation, Hold, Sleepover, Referral
    }
}
