package org.fostergraph.forecast;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** A child's placements, oldest first, and their home locality (null when unknown). */
record ChildHistory(String locality, LocalDate dateOfBirth, List<Spell> placements) {

    /** Children leave care on their 18th birthday: the forecast ages them out rather than fitting a rate to it. */
    static final int LEAVING_AGE = 18;
    /**
     * A child who leaves care in the month before their 18th birthday is ageing out, not leaving early: councils end the
     * last placement on or a few days before the birthday (the public sample returns end it 18 × 365 days after birth,
     * 4 to 6 days short), and the projection ages every child out at 18 whatever day they would have left.
     */
    static final int AGEING_OUT_FROM_MONTHS = LEAVING_AGE * 12 - 1;

    /**
     * A placement: from start to end (the day the child left; null while open).
     *
     * @param weeklyCost its agreed (or, imported, estimated) weekly cost; null when none is recorded
     * @param unknownFrom with no end, the day from which nothing accepted says where the child was (a later return
     *        refused them); null when known
     * @param unknownReason why, as the import wrote it (which return, which column)
     */
    record Spell(LocalDate start, LocalDate end, CareState state, Double weeklyCost, LocalDate unknownFrom, String unknownReason) {

        Spell(LocalDate start, LocalDate end, CareState state, Double weeklyCost) {
            this(start, end, state, weeklyCost, null, null);
        }

        /** Open on the day: started, and neither ended nor become unknown by then. */
        boolean openOn(LocalDate day) {
            LocalDate until = end != null ? end : unknownFrom;
            return !start.isAfter(day) && (until == null || until.isAfter(day));
        }

        /** Would be open on the day, had a later return not left its state unknown from before then. */
        boolean unknownOn(LocalDate day) {
            return end == null && unknownFrom != null && !start.isAfter(day) && !unknownFrom.isAfter(day);
        }
    }

    /** Where the child was on the day: the latest-starting placement open then; null when not in care (or unknown). */
    CareState stateOn(LocalDate day) {
        Spell spell = spellOn(day);
        return spell == null ? null : spell.state();
    }

    /** The latest-starting placement open on the day, as the placement mix counts a child; null when not in care. */
    Spell spellOn(LocalDate day) {
        Spell open = null;
        for (Spell spell : placements) {
            if (spell.openOn(day)) {
                open = spell;
            }
        }
        return open;
    }

    /** Whether, on the day, no accepted return says where the child was: in no placement, but one left unknown. */
    boolean unknownOn(LocalDate day) {
        return spellOn(day) == null && placements.stream().anyMatch(spell -> spell.unknownOn(day));
    }

    /** Why the child's state on the day is unknown; null when it is known (in a placement, or out of care). */
    String unknownReasonOn(LocalDate day) {
        if (spellOn(day) != null) {
            return null;
        }
        return placements.stream().filter(spell -> spell.unknownOn(day)).map(Spell::unknownReason)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /**
     * Whether the child, out of care on the day, left it ageing out: on the last day of a placement ending by then, they
     * were within a month of 18 or older.
     */
    boolean agedOutBy(LocalDate day) {
        return placements.stream().map(Spell::end).filter(end -> end != null && !end.isAfter(day))
                .max(LocalDate::compareTo).map(left -> ageInMonthsOn(left) >= AGEING_OUT_FROM_MONTHS).orElse(false);
    }

    /** Whole years of age on the day. */
    int ageOn(LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }

    /** Whole months of age on the day. */
    int ageInMonthsOn(LocalDate day) {
        return (int) Period.between(dateOfBirth, day).toTotalMonths();
    }
}
