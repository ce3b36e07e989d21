package org.fostergraph.support;

import java.time.Clock;
import java.time.LocalDate;

import org.fostergraph.api.errors.InvalidArgumentException;

/** Checks on the days changes are recorded for. */
public final class Days {

    private Days() {
    }

    /** Changes are recorded on or after the day they happen: a date after today is refused, naming the field. */
    public static void notAfterToday(String field, LocalDate date, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            throw new InvalidArgumentException(field, date, "a change is recorded on or after the day it happens, and today is " + today);
        }
    }
}
