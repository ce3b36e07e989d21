package org.fostergraph.web;

import java.util.function.Function;

/** Numbers typed into a page's form: blank is absent, and a value that is not a number is a problem with its field. */
final class FormValues {

    private FormValues() {
    }

    static Integer wholeNumber(String value, Problems.Field field, Problems problems) {
        return parse(value, field, problems, Integer::valueOf, "a whole number, like 24");
    }

    static Double number(String value, Problems.Field field, Problems problems) {
        return parse(value, field, problems, Double::valueOf, "a number, like 12.5");
    }

    /** Pounds as people type them: "1500", "1,500.00" or "£1,500". */
    static Double pounds(String value, Problems.Field field, Problems problems) {
        String plain = value == null ? null : value.strip().replaceFirst("^£", "").replace(",", "");
        return parse(plain, field, problems, Double::valueOf, "an amount in pounds, like 1,500 or 1500.50");
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static <T> T parse(String value, Problems.Field field, Problems problems, Function<String, T> parser, String kind) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return parser.apply(value.trim());
        }
        catch (NumberFormatException notANumber) {
            problems.add(field, field.label() + " must be " + kind);
            return null;
        }
    }
}
