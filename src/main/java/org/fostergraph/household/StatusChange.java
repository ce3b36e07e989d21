package org.fostergraph.household;

import java.time.LocalDate;

/** One step of a household's recruitment lifecycle, kept for ever. */
public record StatusChange(HouseholdStatus status, LocalDate date, String reason, String recordedBy) {
}
