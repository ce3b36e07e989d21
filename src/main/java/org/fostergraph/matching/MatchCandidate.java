package org.fostergraph.matching;

import java.util.List;

/**
 * A household that can take the child (or group), with its score and every part of it explained.
 *
 * @param weeklyCost what the council would pay out a week for the group there (the cashable cost)
 * @param fullWeeklyCost the same with the council's overheads on its own provision (the all-in cost)
 * @param preference where the household stands in the s22C order, which ranks before the score
 * @param placeCode the SSDA903 PLACE code a placement here would be recorded under (care.PlaceKind), or null
 */
public record MatchCandidate(String householdId, double score, double distanceMiles, Double distanceToSchoolMiles,
        double weeklyCost, double fullWeeklyCost, boolean internal, PreferenceTier preference, List<ScorePart> reasons,
        List<String> flags, String placeCode) {

    /**
     * Best first across searches (in-house matches beside providers' offers): the s22C order of preference, then the
     * score. A search that gives a reason a children's home is needed ranks within itself ({@link MatchRules#bestFirst}).
     */
    public static final java.util.Comparator<MatchCandidate> BEST_FIRST = MatchRules.tierThenScore(
            MatchCandidate::preference, MatchCandidate::score);
}
