package org.fostergraph.ssda903;

import java.time.LocalDate;

import org.fostergraph.geo.Postcode;

/**
 * An Episodes row, parsed: dates as dates, HOME_POST and PL_POST as the return gave them (a full postcode or a sector)
 * with the sector each lies in ({@code ws2 8ab} → {@code WS2 8}), URN null for {@code XXXXXXX}.
 */
record Episode(long row, String child, LocalDate start, String newEpisodeReason, String legalStatus, String needCategory,
        String place, String provider, LocalDate end, String endReason, String placeChangeReason, Postcode homePost,
        Postcode placementPost, String urn) {

    String homeSector() {
        return homePost == null ? null : homePost.sector();
    }

    String placementSector() {
        return placementPost == null ? null : placementPost.sector();
    }

    /** REC X1: the episode ends and another starts the same day, so the child stays in care. */
    boolean continues() {
        return "X1".equals(endReason);
    }

    /** RNE L: only the legal status changed, so the placement carries on. */
    boolean legalStatusOnly() {
        return "L".equals(newEpisodeReason);
    }

    /** RNE T or U: a new placement with the same carers. */
    boolean sameCarers() {
        return "T".equals(newEpisodeReason) || "U".equals(newEpisodeReason);
    }
}
