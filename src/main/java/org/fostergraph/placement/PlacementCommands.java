package org.fostergraph.placement;

import java.time.LocalDate;

/** The placement officer's changes, as the GraphQL inputs carry them. */
final class PlacementCommands {

    private PlacementCommands() {
    }

    record StartPlacement(String childId, String householdId, LocalDate start, String placeCode, String providerCode,
            Double weeklyCost, String ageExemptionReason, String clientKey) {
    }

    record EndPlacement(String placementId, LocalDate end, String reasonCode, String clientKey) {
    }

    record MovePlacement(String childId, String householdId, LocalDate date, String placeCode, String providerCode,
            Double weeklyCost, String reasonCode, String ageExemptionReason, String clientKey) {

        StartPlacement startAtNewHome() {
            return new StartPlacement(childId, householdId, date, placeCode, providerCode, weeklyCost, ageExemptionReason,
                    null);
        }
    }

    record HoldVacancy(String householdId, String childId, Integer hours, String reason, String clientKey) {
    }

    record ReleaseHold(String holdId, String clientKey) {
    }
}
