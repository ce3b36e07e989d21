package org.fostergraph.report;

import java.time.LocalDate;

/**
 * The DfE's placement stability measures on a day. Counts below the disclosure threshold read {@code c}, and
 * then their share is left out too.
 *
 * @param threeOrMorePlacements children in care on the day who had 3 or more placements in the 12 months to it
 * @param longTermEligible children under 16 on the day, looked after continuously for at least 2½ years
 * @param longTermStable of those, the ones in the same placement for at least 2 years
 */
public record Stability(LocalDate asOf, int inCare, String threeOrMorePlacements, Double threeOrMoreShare,
        String longTermEligible, String longTermStable, Double longTermShare) {
}
