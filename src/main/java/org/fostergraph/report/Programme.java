package org.fostergraph.report;

import java.time.LocalDate;

/** What the transformation programme reports over a period. Child counts below the threshold read {@code c}. */
final class Programme {

    private Programme() {
    }

    /**
     * @param transfersHome moves from an external placement straight to an internal one
     * @param annualisedSaving (external weekly cost − internal weekly cost) × 52, summed over those moves; left out
     *        when their count is hidden
     * @param newEntrantsInternal placements that began a period of care, with the council's own provision
     */
    record Savings(LocalDate from, LocalDate to, String transfersHome, Double annualisedSaving, String newEntrantsInternal,
            String newEntrantsExternal, Double newEntrantsInternalShare) {
    }

    /** The Mockingbird evaluation measures for in-house foster carers inside constellations and outside them. */
    record MockingbirdOutcomes(LocalDate from, LocalDate to, Outcome inConstellations, Outcome outside) {
    }

    /**
     * @param unplannedEndings endings for a reason the carer or the placement's failure gave (CREQB, CREQO, ALLEG,
     *        STAND, CLOSE, APPRR) rather than the care plan
     * @param households in-house fostering households registered (approved or on hold) on the first day of the period
     * @param deregistrations of those households' kind, de-registered in the period (carers, not children: not suppressed)
     */
    record Outcome(String placementsEnded, String unplannedEndings, Double unplannedShare, int households,
            int deregistrations, Double deregistrationRate) {
    }
}
