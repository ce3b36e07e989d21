package org.fostergraph.matching;

import java.util.List;
import java.util.Set;

import org.fostergraph.geo.GeoPoint;

/**
 * Who needs a home, and what the home must and should be. One child, or a sibling group placed together:
 * every child must fit the household.
 *
 * @param childIds ids of children already in the graph (for their own holds, current home and the step-down list)
 * @param currentHouseholdId where the child lives now, never proposed again
 * @param approvalType the kind of care needed (LONG_TERM, SHORT_TERM, EMERGENCY, …), which the household must be approved for
 * @param approvalTypeSource where the kind of care came from: ASKED, CURRENT_PLACEMENT or ANY (none)
 * @param childrensHomeReason why only a children's home can meet the child's needs, when an officer says so: it lets
 *        homes rank among foster carers ({@link PreferenceTier})
 */
public record MatchRequest(
        List<String> childIds,
        List<Subject> children,
        GeoPoint home,
        GeoPoint school,
        String homeLocalityId,
        String approvalType,
        String approvalTypeSource,
        List<String> languages,
        String religion,
        Set<Risk> risks,
        Set<String> avoidHouseholdIds,
        Set<String> avoidLocalityIds,
        Set<String> avoidPostcodeSectors,
        boolean sharingAgreed,
        String currentHouseholdId,
        double maxDistanceMiles,
        boolean includeExternal,
        String childrensHomeReason) {

    /** A child to place: age today, sex and needs. */
    public record Subject(int age, String sex, List<String> needs) {
    }

    /** Who the child can live alongside. */
    public enum Risk {
        /** must not live with children younger than them */
        NO_YOUNGER_CHILDREN,
        /** must not live with children older than them */
        NO_OLDER_CHILDREN,
        /** must be the only foster child in the household */
        ONLY_CHILD
    }
}
