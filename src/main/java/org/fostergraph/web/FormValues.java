package org.fostergraph.web;

import java.util.List;
import java.util.function.Function;

/** Numbers typed into a page's form: blank is absent, and a value that is not a number is reported by field name. */
final class FormValues {

    private FormValues() {
    }

    static Integer wholeNumber(String value, String field, List<String> problems) {
        return parse(value, field, problems, Integer::valueOf, "a whole number");
    }

    static Double number(String value, String field, List<String> problems) {
        return parse(value, field, problems, Double::valueOf, "a number");
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static <T> T parse(String value, String field, List<String> problems, Function<String, T> parser, String kind) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return parser.apply(value.trim());
        }
        catch (NumberFormatException notANumber) {
            problems.add(field + ": '" + value + "' is not " + kind);
            return null;
        }
    }
}
