package org.fostergraph.placement;

import java.time.LocalDate;
import org.fostergraph.history.ClientKeyed;

/** The placement officer's changes, as the GraphQL inputs carry them. */
final class PlacementCommands {

    private PlacementCommands() {
    }

    record StartPlacement(String childId, String householdId, LocalDate start, String placeCode, String providerCode,
            Double weeklyCost, String ageExemptionReason, String clientKey) implements ClientKeyed {
    }

    record EndPlacement(String placementId, LocalDate end, String reasonCode, String clientKey) implements ClientKeyed {
    }

    record MovePlacement(String childId, String householdId, LocalDate date, String placeCode, String providerCode,
            Double weeklyCost, String reasonCode, String ageExemptionReason, String clientKey) implements ClientKeyed {

        StartPlacement startAtNewHome() {
            return new StartPlacement(childId, householdId, date, placeCode, providerCode, weeklyCost, ageExemptionReason,
                    null);
        }
    }

    record HoldVacancy(String householdId, String childId, Integer hours, String reason, String clientKey) implements ClientKeyed {
    }

    record ReleaseHold(String holdId, String clientKey) implements ClientKeyed {
    }
}
