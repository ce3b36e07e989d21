package org.fostergraph.web;

import java.util.List;
import java.util.Map;

/** Reading the API's JSON answer (maps and lists) in page code. */
final class Maps {

    private Maps() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Map<String, Object> parent, String field) {
        Object value = parent == null ? null : parent.get(field);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> parent, String field) {
        Object value = parent == null ? null : parent.get(field);
        return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    /** The nodes of a Relay connection, in order. */
    static List<Map<String, Object>> nodes(Map<String, Object> connection) {
        return list(connection, "edges").stream().map(edge -> object(edge, "node")).toList();
    }

    static Double number(Map<String, Object> parent, String field) {
        Object value = parent == null ? null : parent.get(field);
        return value instanceof Number number ? number.doubleValue() : null;
    }

    static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
