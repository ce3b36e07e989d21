package org.fostergraph.placement;

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

    /** The council's own provision (PR1) or parents (PR0); PR2–PR5 are bought in. */
    public boolean internal() {
        return "PR0".equals(providerCode) || "PR1".equals(providerCode);
    }
}
