package org.fostergraph.constellation;

import java.time.LocalDate;

/** A constellation meeting or social activity (the model asks for a meeting every month). */
public record ConstellationEvent(String id, String constellationId, String kind, LocalDate date, Integer householdsAttending,
        String note) {
}
