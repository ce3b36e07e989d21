package org.fostergraph.report;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fostergraph.api.errors.InvalidArgumentException;

/**
 * A financial year, 1 April to 31 March: the year of Ofsted's fostering collection and of the councils' budgets. Named
 * as the DfE and Ofsted name it, "2025/26".
 */
record FinancialYear(LocalDate from, LocalDate to) {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})/(\\d{2})");

    /** The financial year holding the day. */
    static FinancialYear holding(LocalDate day) {
        LocalDate start = LocalDate.of(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1, 4, 1);
        return new FinancialYear(start, start.plusYears(1).minusDays(1));
    }

    /** The year a label such as "2025/26" names; the field is the argument's name in the error. */
    static FinancialYear named(String field, String label) {
        Matcher matcher = LABEL.matcher(label == null ? "" : label.strip());
        if (matcher.matches()) {
            int first = Integer.parseInt(matcher.group(1));
            if ((first + 1) % 100 == Integer.parseInt(matcher.group(2))) {
                return holding(LocalDate.of(first, 4, 1));
            }
        }
        throw new InvalidArgumentException(field, label, "a financial year written as 2025/26 (1 April 2025 to 31 March 2026)");
    }

    FinancialYear next() {
        return holding(from.plusYears(1));
    }

    String label() {
        return from.getYear() + "/" + String.format("%02d", (from.getYear() + 1) % 100);
    }
}
