package org.fostergraph.matching;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.fostergraph.household.HouseholdStatus;
import org.fostergraph.care.Beds;
import org.fostergraph.care.Provision;

/**
 * What matching needs to know about one candidate household today.
 *
 * @param heldFor the children a live hold at the household is for (a child's own hold does not count against them)
 * @param constellationId the Mockingbird constellation it is the hub or a satellite of today, if any
 * @param constellationName that constellation's name, as officers know it
 * @param childrenAges ages of the children placed there today
 * @param notAvailable approved places out of use today ({@link org.fostergraph.care.PlacesNotAvailable})
 */
record HouseholdFacts(
        String id,
        Provision provision,
        String status,
        String localityId,
        String postcodeSector,
        int approvedPlaces,
        int openPlacements,
        List<String> heldFor,
        boolean hub,
        String constellationId,
        String constellationName,
        Integer ageMin,
        Integer ageMax,
        List<String> approvalTypes,
        Integer bedrooms,
        List<String> languages,
        String religion,
        List<String> skills,
        List<Integer> childrenAges,
        int notAvailable) implements ApprovalTerms {

    /** A household with every approved place available. */
    HouseholdFacts(String id, Provision provision, String status, String localityId, String postcodeSector, int approvedPlaces,
            int openPlacements, List<String> heldFor, boolean hub, String constellationId, String constellationName,
            Integer ageMin, Integer ageMax, List<String> approvalTypes, Integer bedrooms, List<String> languages, String religion,
            List<String> skills, List<Integer> childrenAges) {
        this(id, provision, status, localityId, postcodeSector, approvedPlaces, openPlacements, heldFor, hub, constellationId,
                constellationName, ageMin, ageMax, approvalTypes, bedrooms, languages, religion, skills, childrenAges, 0);
    }

    /** Places free for these children ({@link Beds}): their own holds do not count against them. */
    int vacanciesFor(Collection<String> childIds) {
        int held = (int) heldFor.stream().filter(child -> !childIds.contains(child)).count();
        return new Beds(HouseholdStatus.APPROVED.name().equals(status), approvedPlaces, openPlacements, held, notAvailable, hub)
                .vacancies();
    }

    /**
     * The household as its provider says it will be from a day ahead, with these places free (a published vacancy):
     * nothing held or out of use then. Who leaves is not said, so the oldest children are taken to stay, which asks the
     * most bedrooms of the home.
     */
    HouseholdFacts withPlacesFree(int places) {
        int staying = Math.max(0, Math.min(openPlacements, approvedPlaces - places));
        List<Integer> stayingAges = childrenAges.stream().sorted(Comparator.reverseOrder()).limit(staying).toList();
        return new HouseholdFacts(id, provision, status, localityId, postcodeSector, approvedPlaces, staying, List.of(), hub,
                constellationId, constellationName, ageMin, ageMax, approvalTypes, bedrooms, languages, religion, skills,
                stayingAges, 0);
    }
}
