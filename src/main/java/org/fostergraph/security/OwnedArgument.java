package org.fostergraph.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where an {@code @owned} id sits in a field's arguments, for example {@code input.childId} or
 * {@code options.siblingIds}, and which kind of record it names.
 */
record OwnedArgument(List<String> path, String kind) {

    OwnedArgument {
        path = List.copyOf(path);
    }

    String fieldName() {
        return path.get(path.size() - 1);
    }

    /** The ids the request passes at this place; lists anywhere along the path are followed. */
    List<String> idsIn(Map<String, Object> arguments) {
        List<Object> values = new ArrayList<>(List.of(arguments));
        for (String name : path) {
            List<Object> next = new ArrayList<>();
            for (Object value : values) {
                collect(value instanceof Map<?, ?> map ? map.get(name) : null, next);
            }
            values = next;
        }
        return values.stream().map(String::valueOf).toList();
    }

    private static void collect(Object value, List<Object> into) {
        if (value instanceof Iterable<?> items) {
            items.forEach(item -> collect(item, into));
        }
        else if (value != null) {
            into.add(value);
        }
    }
}
