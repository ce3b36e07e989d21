package org.fostergraph.neo4j;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Shapes the answer of one batched query into what a {@code @BatchMapping} returns: a value per parent. */
public final class BatchResults {

    private BatchResults() {
    }

    /** Each parent's value, looked up by the parent's key; {@code whenMissing} for parents with none. */
    public static <P, K, V> Map<P, V> byKey(List<P> parents, Function<P, K> key, Map<K, V> valuesByKey, V whenMissing) {
        Map<P, V> result = new LinkedHashMap<>();
        for (P parent : parents) {
            K k = key.apply(parent);
            result.put(parent, k == null ? whenMissing : valuesByKey.getOrDefault(k, whenMissing));
        }
        return result;
    }

    /** Groups {@code rows} by {@code key}, keeping their order within each group. */
    public static <R, K, V> Map<K, List<V>> group(Collection<R> rows, Function<R, K> key, Function<R, V> value) {
        Map<K, List<V>> result = new LinkedHashMap<>();
        rows.forEach(row -> result.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(value.apply(row)));
        return result;
    }

    /** Indexes {@code values} by {@code key}. */
    public static <K, V> Map<K, V> index(Collection<V> values, Function<V, K> key) {
        Map<K, V> result = new LinkedHashMap<>();
        values.forEach(value -> result.put(key.apply(value), value));
        return result;
    }
}
