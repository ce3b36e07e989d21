package org.fostergraph.placement;

import org.fostergraph.care.PlaceProvider;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A child's stay with one household, coded as in the SSDA903 return.
 *
 * @param end the first day the child no longer lives there; {@code null} while open
 * @param weeklyCost the agreed weekly cost in pounds
 */
public record Placement(String id, String childId, String householdId, LocalDate start, LocalDate end,
        String placeCode, String providerCode, BigDecimal weeklyCost, String endReason, String ageExemptionReason) {

    public boolean isOpenOn(LocalDate date) {
        return !start.isAfter(date) && (end == null || end.isAfter(date));
    }

    /** The council's own provision or parents ({@link PlaceProvider}); everything else is external. */
    public boolean internal() {
        return PlaceProvider.isInternal(providerCode);
    }
}
