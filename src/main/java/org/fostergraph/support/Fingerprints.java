package org.fostergraph.support;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import java.util.TreeMap;

/**
 * A digest of what an import writes, so that importing the same file again can tell "unchanged" from "updated". It is
 * computed from a canonical text of the value: maps by sorted key at every depth, lists in order. A map's own
 * iteration order must not count: {@code Map.of} orders its entries differently in every JVM run (a per-run salt), so
 * a digest of its {@code toString()} called every child "updated" after a restart.
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    public static String of(Map<String, ?> row) {
        StringBuilder text = new StringBuilder();
        append(row, text);
        return Ids.stable("", text.toString());
    }

    private static void append(Object value, StringBuilder text) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((key, item) -> sorted.put(String.valueOf(key), item));
            text.append('{');
            sorted.forEach((key, item) -> {
                quote(key, text);
                text.append(':');
                append(item, text);
                text.append(',');
            });
            text.append('}');
        }
        else if (value instanceof Iterable<?> items) {
            text.append('[');
            for (Object item : items) {
                append(item, text);
                text.append(',');
            }
            text.append(']');
        }
        else if (value instanceof String string) {
            quote(string, text);
        }
        else if (value == null) {
            text.append("null");
        }
        else if (value instanceof Number || value instanceof Boolean || value instanceof TemporalAccessor) {
            text.append(value);
        }
        else if (value instanceof Enum<?> constant) {
            quote(constant.name(), text);
        }
        else if (value instanceof Record record) {
            append(components(record), text);
        }
        else {
            throw new IllegalArgumentException("No canonical form for a " + value.getClass().getSimpleName());
        }
    }

    /** Quoted and escaped, so that no two different values read the same ({@code "a,b"} against two cells). */
    private static void quote(String string, StringBuilder text) {
        text.append('"');
        for (int i = 0; i < string.length(); i++) {
            char c = string.charAt(i);
            if (c == '"' || c == '\\') {
                text.append('\\');
            }
            text.append(c);
        }
        text.append('"');
    }

    /** A record's components by name (accessors are public on the records this digests). */
    public static Map<String, Object> components(Record record) {
        Map<String, Object> components = new TreeMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                components.put(component.getName(), accessor.invoke(record));
            }
            catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + component.getName() + " of a " + record.getClass().getSimpleName(), e);
            }
        }
        return components;
    }

    /** The digest of one value, as {@link #of} digests a row. */
    public static String ofValue(Object value) {
        StringBuilder text = new StringBuilder();
        append(value, text);
        return Ids.stable("", text.toString());
    }

    /** For tests: the canonical text itself. */
    static String canonical(Object value) {
        StringBuilder text = new StringBuilder();
        append(value, text);
        return text.toString();
    }
}
