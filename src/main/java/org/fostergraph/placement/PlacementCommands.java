package org.fostergraph.placement;

import java.time.LocalDate;
import org.fostergraph.history.ClientKeyed;

/** The placement officer's changes, as the GraphQL inputs carry them. */
final class PlacementCommands {

    private PlacementCommands() {
    }

    /** {@code legalStatus} and {@code needCategory}: SSDA903 LS and CIN, for the return; null when not given. */
    record StartPlacement(String childId, String householdId, LocalDate start, String placeCode, String providerCode,
            Double weeklyCost, String ageExemptionReason, String legalStatus, String needCategory, String clientKey)
            implements ClientKeyed {
    }

    record EndPlacement(String placementId, LocalDate end, String reasonCode, String clientKey) implements ClientKeyed {
    }

    record MovePlacement(String childId, String householdId, LocalDate date, String placeCode, String providerCode,
            Double weeklyCost, String reasonCode, String ageExemptionReason, String clientKey) implements ClientKeyed {

        StartPlacement startAtNewHome() {
            // A move changes the placement, not the legal status or the category of need: the export carries them over.
            return new StartPlacement(childId, householdId, date, placeCode, providerCode, weeklyCost, ageExemptionReason,
                    null, null, null);
        }
    }

    /** Takes back a placement recorded today by mistake. */
    record UndoPlacement(String placementId, String reason, String clientKey) implements ClientKeyed {
    }

    /** Replaces a placement recorded today with the one it should have been, from the same day. */
    record AmendPlacement(String placementId, String reason, String householdId, String placeCode, String providerCode,
            Double weeklyCost, String ageExemptionReason, String legalStatus, String needCategory, String clientKey)
            implements ClientKeyed {
    }

    record HoldVacancy(String householdId, String childId, Integer hours, String reason, String clientKey) implements ClientKeyed {
    }

    record ReleaseHold(String holdId, String clientKey) implements ClientKeyed {
    }
}
