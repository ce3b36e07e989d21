package org.fostergraph.ssda903;

import java.time.LocalDate;
import java.util.List;

/**
 * A run of episodes with the same placement: a new placement starts at RNE S, P, B, T or U, never at L.
 *
 * @param carerKey who cares for the child: the provider's URN when the return gives one, else the run of placements
 *        with the same carers (RNE T and U carry the carers over)
 * @param householdId the home an earlier import placed the child with, when this placement carries on from it
 *        (null: the home follows from {@code carerKey})
 * @param episodes the episodes in order; all but the first start with RNE L. Episodes an earlier return gave for a
 *        placement this one carries on have row 0
 */
record ImportedPlacement(String childId, LocalDate start, LocalDate end, String place, String provider,
        String newEpisodeReason, String endReason, String placeChangeReason, String placementSector, String urn,
        String carerKey, String householdId, List<Episode> episodes) {

    /** Where the placement is (PL_POST): its latest episode's, the same postcode throughout under RNE L. */
    org.fostergraph.geo.Postcode placementPost() {
        return episodes.get(episodes.size() - 1).placementPost();
    }

    /** The first row of this file that the placement comes from. */
    long firstRow() {
        return episodes.stream().mapToLong(Episode::row).filter(row -> row > 0).findFirst().orElse(0);
    }

    /** This placement with the earlier return's part of it in front, and the home it was with. */
    ImportedPlacement carryingOn(LocalDate earlierStart, String earlierReason, List<Episode> earlierEpisodes,
            String earlierHouseholdId) {
        List<Episode> all = new java.util.ArrayList<>(earlierEpisodes);
        all.addAll(episodes);
        return new ImportedPlacement(childId, earlierStart, end, place, provider, earlierReason, endReason, placeChangeReason,
                placementSector, urn, carerKey, earlierHouseholdId, List.copyOf(all));
    }

    ImportedPlacement withHousehold(String earlierHouseholdId) {
        return new ImportedPlacement(childId, start, end, place, provider, newEpisodeReason, endReason, placeChangeReason,
                placementSector, urn, carerKey, earlierHouseholdId, episodes);
    }
}
