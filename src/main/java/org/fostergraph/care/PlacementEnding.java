package org.fostergraph.care;

import java.util.Set;

/**
 * Why a placement ended, as SSDA903 {@code REASON_PLACE_CHANGE} says it while the child stays in care: which endings
 * were not planned (the carer or the provision gave it up, or an allegation or a concern about standards ended it),
 * the measure of stability the Mockingbird outcomes compare.
 */
public final class PlacementEnding {

    /** CREQB, CREQO carer requested; ALLEG allegation; STAND standards of care; CLOSE provision closed; APPRR approval removed. */
    private static final Set<String> UNPLANNED = Set.of("CREQB", "CREQO", "ALLEG", "STAND", "CLOSE", "APPRR");

    private PlacementEnding() {
    }

    public static boolean isUnplanned(String reasonCode) {
        return UNPLANNED.contains(reasonCode);
    }

    public static Set<String> unplannedCodes() {
        return UNPLANNED;
    }
}
