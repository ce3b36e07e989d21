package org.fostergraph.matching;

import java.util.Collection;
import java.util.List;

import org.fostergraph.household.Provision;

/**
 * What matching needs to know about one candidate household today.
 *
 * @param heldFor the children a live hold at the household is for (a child's own hold does not count against them)
 * @param childrenAges ages of the children placed there today
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
        Integer ageMin,
        Integer ageMax,
        List<String> approvalTypes,
        Integer bedrooms,
        List<String> languages,
        String religion,
        List<String> skills,
        List<Integer> childrenAges) {

    static final int HUB_SLEEPOVER_BEDS = 2;

    /** Places free for these children: approved, less placements and others' holds; never a hub's sleepover beds. */
    int vacanciesFor(Collection<String> childIds) {
        long held = heldFor.stream().filter(child -> !childIds.contains(child)).count();
        int free = "APPROVED".equals(status) ? (int) Math.max(0, approvedPlaces - openPlacements - held) : 0;
        return hub ? Math.max(0, free - HUB_SLEEPOVER_BEDS) : free;
    }
}
