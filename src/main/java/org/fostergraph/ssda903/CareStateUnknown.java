package org.fostergraph.ssda903;

import java.time.LocalDate;
import java.util.List;

/**
 * The children whose state on a day no accepted return gives, by reason, and the refusals of the return covering the
 * day.
 *
 * @param refusedByReturnOfTheYear children the latest import of the collection year {@code returnYear} refused; null
 *        when none was imported
 */
public record CareStateUnknown(LocalDate asOf, int children, List<CareStateUnknown.Reason> byReason, int returnYear,
        Integer refusedByReturnOfTheYear) {

    /** Children whose state is unknown for one reason (which return refused them, on which column). */
    public record Reason(String reason, int children) {
    }
}
