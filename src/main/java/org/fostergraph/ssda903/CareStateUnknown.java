package org.fostergraph.ssda903;

import java.time.LocalDate;
import java.util.List;

/**
 * The children whose state on a day no accepted return gives, by reason, and the refusals of the return covering the
 * day.
 *
 * @param returnYear the collection year covering {@code asOf}, as people write it ("2026/27")
 * @param refusedByReturnOfTheYear children the latest import of that year's return refused; null
 *        when none was imported
 */
public record CareStateUnknown(LocalDate asOf, int children, List<Reason> byReason, String returnYear,
        Integer refusedByReturnOfTheYear) {

    /** Children whose state is unknown for one reason (which return refused them, on which column). */
    public record Reason(String reason, int children) {
    }
}
