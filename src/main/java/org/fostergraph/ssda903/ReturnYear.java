package org.fostergraph.ssda903;

import java.time.LocalDate;
import java.util.Optional;

import org.fostergraph.api.errors.TextRules;
import org.fostergraph.care.Ssda903Codes;

/**
 * A collection year as the DfE and its validator name it: the year in which it ends, so 2026 is 2025/26, which runs
 * from 1 April 2025 to 31 March 2026. A return of the year holds every episode open at any time in it, and each child
 * with such an episode.
 */
public record ReturnYear(int endingIn) {

    /** The years a council could have returned: from 2000/01, the first SSDA903 year fostergraph reads, to 2100. */
    static final int FIRST = 2001;
    static final int LAST = 2100;

    public ReturnYear {
        if (endingIn < FIRST || endingIn > LAST) {
            throw new IllegalArgumentException(notAYear(String.valueOf(endingIn)));
        }
    }

    /**
     * The year a request or a command line names, or empty when it names none (the whole history); text that names no
     * collection year is refused with {@link IllegalArgumentException}, its message saying what a year is.
     */
    static Optional<ReturnYear> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ReturnYear(Integer.parseInt(text.strip())));
        }
        catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(notAYear(text), notANumber);
        }
    }

    private static String notAYear(String text) {
        return "year '" + TextRules.shown(text) + "' is not a collection year: give the year it ends in, " + FIRST + " to "
                + LAST + " (2026 is 2025/26, 1 April 2025 to 31 March 2026)";
    }

    public static ReturnYear containing(LocalDate day) {
        return new ReturnYear(Ssda903Codes.collectionYear(day) + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(endingIn - 1, 4, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(endingIn, 3, 31);
    }

    /** The year as fostergraph's code lists number it: by the calendar year it starts in. */
    public int codeListYear() {
        return endingIn - 1;
    }

    /** Whether something running from {@code start} to {@code end} (null while open) was open on a day of the year. */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return !start.isAfter(lastDay()) && (end == null || !end.isBefore(firstDay()));
    }

    public String label() {
        return Ssda903Codes.yearLabel(codeListYear());
    }
}
