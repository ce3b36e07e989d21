package org.fostergraph.matching;

import java.time.LocalDate;
import java.util.List;

import org.fostergraph.geo.GeoPoint;

/** The GraphQL inputs of matching. */
final class MatchInputs {

    private MatchInputs() {
    }

    record MatchOptions(Double maxDistanceMiles, Boolean includeExternal, String approvalType, List<MatchRequest.Risk> risks,
            List<String> avoidHouseholdIds, List<String> avoidLocalityIds, List<String> avoidPostcodeSectors,
            Boolean sharingAgreed, List<String> siblingIds, List<String> languages, String religion, Integer first,
            String childrensHomeReason) {

        static final MatchOptions NONE = new MatchOptions(null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    record ReferralChild(Integer age, LocalDate dateOfBirth, String sex, List<String> needs) {
    }

    record Referral(List<ReferralChild> children, String homePostcodeSector, GeoPoint homeLocation,
            String schoolPostcodeSector, GeoPoint schoolLocation, String homeLocalityId, String urgency,
            String placementType, List<MatchRequest.Risk> risks, List<String> languages, String religion,
            List<String> avoidHouseholdIds, List<String> avoidLocalityIds, List<String> avoidPostcodeSectors,
            Boolean sharingAgreed) {
    }
}
