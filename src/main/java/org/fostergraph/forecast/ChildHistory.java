package org.fostergraph.forecast;

import java.time.LocalDate;
import java.util.List;

/** A child's placements, oldest first, and their home locality (null when unknown). */
record ChildHistory(String locality, LocalDate dateOfBirth, List<Spell> placements) {

    /** A placement: from start to end (the day the child left; null while open). */
    record Spell(LocalDate start, LocalDate end, CareState state) {
    }

    /** Where the child was on the day: the latest-starting placement open then; null when not in care. */
    CareState stateOn(LocalDate day) {
        CareState state = null;
        for (Spell spell : placements) {
            if (!spell.start().isAfter(day) && (spell.end() == null || spell.end().isAfter(day))) {
                state = spell.state();
            }
        }
        return state;
    }
}
