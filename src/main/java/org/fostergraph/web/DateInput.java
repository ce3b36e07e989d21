package org.fostergraph.web;

import java.time.DateTimeException;
import java.time.LocalDate;

/** GOV.UK's date input: day, month and year in three boxes. All blank is "not given"; anything else must be a real date. */
final class DateInput {

    private DateInput() {
    }

    /** The date typed, {@code otherwise} when all three boxes are blank or the date is not real (a problem then says so). */
    static LocalDate read(Problems.Field field, String day, String month, String year, LocalDate otherwise, Problems problems) {
        if (FormValues.blankToNull(day) == null && FormValues.blankToNull(month) == null && FormValues.blankToNull(year) == null) {
            return otherwise;
        }
        try {
            int y = Integer.parseInt(year.trim());
            if (y < 1900 || y > 2999) {
                throw new NumberFormatException();
            }
            return LocalDate.of(y, Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
        }
        catch (NumberFormatException | NullPointerException | DateTimeException notADate) {
            problems.add(field, field.label() + " must be a real date, like 31 10 2026");
            return otherwise;
        }
    }
}
