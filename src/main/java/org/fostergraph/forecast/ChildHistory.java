package org.fostergraph.forecast;

import java.time.LocalDate;
import java.util.List;

/** A child's placements, oldest first, and their home locality (null when unknown). */
record ChildHistory(String locality, LocalDate dateOfBirth, List<Spell> placements) {

    /**
     * A placement: from start to end (the day the child left; null while open).
     *
     * @param weeklyCost its agreed (or, imported, estimated) weekly cost; null when none is recorded
     */
    record Spell(LocalDate start, LocalDate end, CareState state, Double weeklyCost) {
    }

    /** Where the child was on the day: the latest-starting placement open then; null when not in care. */
    CareState stateOn(LocalDate day) {
        Spell spell = spellOn(day);
        return spell == null ? null : spell.state();
    }

    /** The latest-starting placement open on the day, as the placement mix counts a child; null when not in care. */
    Spell spellOn(LocalDate day) {
        Spell open = null;
        for (Spell spell : placements) {
            if (!spell.start().isAfter(day) && (spell.end() == null || spell.end().isAfter(day))) {
                open = spell;
            }
        }
        return open;
    }
}
