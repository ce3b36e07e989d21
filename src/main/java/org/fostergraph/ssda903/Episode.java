package org.fostergraph.ssda903;

import java.time.LocalDate;

/**
 * An Episodes row, parsed: dates as dates, postcode sectors normalised ({@code WS28} → {@code WS2 8}), URN null for
 * {@code XXXXXXX}.
 */
record Episode(long row, String child, LocalDate start, String newEpisodeReason, String legalStatus, String needCategory,
        String place, String provider, LocalDate end, String endReason, String placeChangeReason, String homeSector,
        String placementSector, String urn) {

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
