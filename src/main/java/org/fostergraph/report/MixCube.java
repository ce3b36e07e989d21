package org.fostergraph.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every grouping of the placement mix on one day — by none, one, two, three or all four {@link MixDimension}s —
 * suppressed together, so that no two reports a commissioner asks for separately can be put together to recover a
 * hidden cell.
 * <p>
 * The published numbers obey sums: each group's total = internal + external, and each table's groups add up, in
 * every column and in spend, to the groups of each coarser table (a locality's age bands to the locality, the
 * localities to the council's totals). The cube hands those sums to {@link Disclosure}, with each group's spend hidden
 * with its counts (spend with the total gives the split away) and the council's totals shown (they are published
 * exactly), and publishes what it decides.
 */
final class MixCube {

    private static final int TOTAL = 0;
    private static final int INTERNAL = 1;
    private static final int EXTERNAL = 2;
    private static final int SPEND = 3;
    private static final int COLUMNS = 4;
    private static final int DIMENSIONS = MixDimension.values().length;

    /**
     * Children in one group of every dimension (keys in {@link MixDimension} order), internal or not, and their
     * weekly cost: one placement, or placements the database grouped.
     */
    record Entry(List<String> key, boolean internal, int children, double weeklyCost) {
    }

    /** Orders entries whatever order they came in, so that one day's placements always give the same cube. */
    private static final Comparator<Entry> CANONICAL = Comparator.<Entry, List<String>>comparing(Entry::key, MixCube::compareKeys)
            .thenComparing(Entry::internal);

    /** A group's numbers as published. */
    record Cell(PublishedCount total, PublishedCount internal, PublishedCount external, double spend, boolean spendHidden) {

        boolean splitHidden() {
            return internal.hidden() || external.hidden();
        }
    }

    /**
     * By subset of dimensions (a bit per ordinal), each group's first number. A group's key is packed into a long:
     * each dimension's group as a code ({@link #groups}) in bits of its own, just as many as its groups need, the
     * dimensions outside the subset zero; a coarser table's key is then a finer one's with bits masked off. Tables hold
     * keys {@link #spread}. A country's placements make tens of thousands
     * of groups, and lists of strings as keys made the cube the slowest part of a national report.
     */
    private final List<Map<Long, Integer>> tables = new ArrayList<>();
    /** Per dimension, the groups by code. */
    private final List<List<String>> groups = new ArrayList<>();
    /** Per dimension, where its code starts in a packed key, and the bits it takes there. */
    private final int[] shifts = new int[DIMENSIONS];
    private final long[] codeMasks = new long[DIMENSIONS];
    private final Disclosure disclosure;

    /**
     * Tables are built from the entries in one canonical order and kept in insertion order, so the sums, and so
     * which of two equal cells a rule hides, never depend on the order the database answered in: the mix and every
     * report that hides what the mix hides see the same cube.
     */
    private MixCube(List<Entry> entries, int threshold) {
        disclosure = new Disclosure(threshold);
        List<Entry> canonical = merged(entries);
        long[] keys = pack(canonical);
        List<double[]> groupsInOrder = new ArrayList<>();
        for (int subset = 0; subset < 1 << DIMENSIONS; subset++) {
            long mask = mask(subset);
            Map<Long, double[]> numbersByGroup = new LinkedHashMap<>();
            for (int i = 0; i < canonical.size(); i++) {
                Entry entry = canonical.get(i);
                double[] numbers = numbersByGroup.computeIfAbsent(spread(keys[i] & mask), key -> new double[COLUMNS]);
                numbers[TOTAL] += entry.children();
                numbers[entry.internal() ? INTERNAL : EXTERNAL] += entry.children();
                numbers[SPEND] += entry.weeklyCost();
            }
            Map<Long, Integer> table = new LinkedHashMap<>();
            numbersByGroup.forEach((key, numbers) -> {
                table.put(key, groupsInOrder.size() * COLUMNS);
                groupsInOrder.add(numbers);
            });
            tables.add(table);
        }
        // Each group's numbers are added in column order, so a group's first number is its index × COLUMNS.
        for (double[] numbers : groupsInOrder) {
            int total = disclosure.count((int) numbers[TOTAL]);
            int internal = disclosure.count((int) numbers[INTERNAL]);
            int external = disclosure.count((int) numbers[EXTERNAL]);
            disclosure.hiddenWith(disclosure.spend(numbers[SPEND]), total, internal, external);
        }
        addSums();
    }

    /** Each entry's key packed, the groups of each dimension coded in order of first appearance. */
    private long[] pack(List<Entry> entries) {
        int[][] coded = new int[entries.size()][DIMENSIONS];
        for (int dimension = 0; dimension < DIMENSIONS; dimension++) {
            Map<String, Integer> codes = new HashMap<>();
            List<String> named = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                coded[i][dimension] = codes.computeIfAbsent(entries.get(i).key().get(dimension), name -> {
                    named.add(name);
                    return named.size() - 1;
                });
            }
            groups.add(named);
        }
        int shift = 0;
        for (int dimension = 0; dimension < DIMENSIONS; dimension++) {
            int bits = Math.max(1, Integer.SIZE - Integer.numberOfLeadingZeros(groups.get(dimension).size() - 1));
            shifts[dimension] = shift;
            codeMasks[dimension] = (1L << bits) - 1;
            shift += bits;
        }
        if (shift >= Long.SIZE) {
            throw new IllegalStateException("Too many groups for one placement-mix key: " + groups.stream().map(List::size).toList());
        }
        long[] keys = new long[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            for (int dimension = 0; dimension < DIMENSIONS; dimension++) {
                keys[i] |= (long) coded[i][dimension] << shifts[dimension];
            }
        }
        return keys;
    }

    private long mask(int subset) {
        long mask = 0;
        for (int dimension = 0; dimension < DIMENSIONS; dimension++) {
            if ((subset & 1 << dimension) != 0) {
                mask |= codeMasks[dimension] << shifts[dimension];
            }
        }
        return mask;
    }

    /** One entry per key and side (internal or not), in canonical order. */
    private static List<Entry> merged(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(CANONICAL);
        List<Entry> merged = new ArrayList<>();
        for (Entry entry : sorted) {
            Entry last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && CANONICAL.compare(last, entry) == 0) {
                merged.set(merged.size() - 1, new Entry(last.key(), last.internal(), last.children() + entry.children(),
                        last.weeklyCost() + entry.weeklyCost()));
            }
            else {
                merged.add(entry);
            }
        }
        return merged;
    }

    private static int compareKeys(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int compared = a.get(i).compareTo(b.get(i));
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /**
     * @param councilProvider the {@link MixDimension#PROVIDER} group of every internal placement: grouped by provider
     *        alone, its numbers repeat the council's internal totals, which are published
     */
    static MixCube suppressed(List<Entry> entries, int threshold, String councilProvider) {
        MixCube cube = new MixCube(entries, threshold);
        cube.tables.get(0).values().forEach(cube::fix);
        int provider = MixDimension.PROVIDER.ordinal();
        int code = cube.groups.get(provider).indexOf(councilProvider);
        if (code >= 0) {
            cube.fix(cube.tables.get(1 << provider).get(spread((long) code << cube.shifts[provider])));
        }
        cube.disclosure.suppress();
        return cube;
    }

    /**
     * The table grouped by the dimensions in the order asked for, its groups ordered by {@code order}; each key
     * lists the groups in that order too.
     */
    Map<List<String>, Cell> table(List<MixDimension> dimensions, Comparator<List<String>> order) {
        int subset = 0;
        for (MixDimension dimension : dimensions) {
            subset |= 1 << dimension.ordinal();
        }
        List<Map.Entry<List<String>, Integer>> rows = new ArrayList<>();
        for (Map.Entry<Long, Integer> row : tables.get(subset).entrySet()) {
            rows.add(Map.entry(unpack(unspread(row.getKey()), dimensions), row.getValue()));
        }
        rows.sort(Map.Entry.comparingByKey(order));
        Map<List<String>, Cell> table = new LinkedHashMap<>();
        rows.forEach(row -> table.put(row.getKey(), cell(row.getValue())));
        return table;
    }

    private Cell cell(int first) {
        return new Cell(disclosure.published(first + TOTAL), disclosure.published(first + INTERNAL),
                disclosure.published(first + EXTERNAL), disclosure.value(first + SPEND), disclosure.isHidden(first + SPEND));
    }

    private void fix(int first) {
        for (int column = 0; column < COLUMNS; column++) {
            disclosure.shownElsewhere(first + column);
        }
    }

    private void addSums() {
        for (int subset = 1; subset < tables.size(); subset++) {
            for (int first : tables.get(subset).values()) {
                disclosure.sum(first + TOTAL, first + INTERNAL, first + EXTERNAL);
            }
            for (int dimension = 0; dimension < DIMENSIONS; dimension++) {
                if ((subset & 1 << dimension) != 0) {
                    addMargins(subset, subset & ~(1 << dimension));
                }
            }
        }
    }

    /** For each group of the coarser table, each column: the group, then the finer groups adding up to it. */
    private void addMargins(int finer, int coarser) {
        long mask = mask(coarser);
        Map<Long, List<Integer>> parts = new LinkedHashMap<>();
        tables.get(finer).forEach((key, first) ->
                parts.computeIfAbsent(spread(unspread(key) & mask), k -> new ArrayList<>()).add(first));
        parts.forEach((key, firsts) -> {
            int whole = tables.get(coarser).get(key);
            for (int column = 0; column < COLUMNS; column++) {
                int[] columnParts = new int[firsts.size()];
                for (int i = 0; i < columnParts.length; i++) {
                    columnParts[i] = firsts.get(i) + column;
                }
                disclosure.sum(whole + column, columnParts);
            }
        });
    }

    /**
     * A packed key as the tables hold it: multiplied by an odd constant (the golden ratio's, as in Fibonacci hashing),
     * which maps longs one to one and spreads keys that differ in a few bits across a hash table's buckets; packed
     * codes are dense, and without it tens of thousands of them crowd into few buckets.
     */
    private static long spread(long packed) {
        return packed * 0x9E3779B97F4A7C15L;
    }

    /** The packed key of a table's key (the inverse of {@link #spread} modulo 2^64). */
    private static long unspread(long key) {
        return key * 0xF1DE83E19937733DL;
    }

    /** A packed key's groups for these dimensions, in their order. */
    private List<String> unpack(long key, List<MixDimension> dimensions) {
        List<String> unpacked = new ArrayList<>();
        for (MixDimension dimension : dimensions) {
            int ordinal = dimension.ordinal();
            unpacked.add(groups.get(ordinal).get((int) (key >>> shifts[ordinal] & codeMasks[ordinal])));
        }
        return unpacked;
    }
}
