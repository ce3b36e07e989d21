package org.fostergraph.constellation;

import java.time.LocalDate;

/** A child's stay in one of the hub's sleepover beds, from {@code start} for {@code nights} nights (until {@code end}). */
public record Sleepover(String id, String constellationId, String hubId, String childId, String kind, String urgency,
        LocalDate start, int nights, LocalDate end) {
}
