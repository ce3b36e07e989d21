package org.fostergraph.report;

import java.util.ArrayList;
import java.util.Arrays;
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
 * localities to the council's totals). Suppression works on those sums:
 * <ol>
 * <li>primary: a count from 1 to threshold − 1 is hidden, and so is the spend of a group with any count hidden
 *     (spend with the total gives the split away);</li>
 * <li>rules on each sum: when its whole is hidden, so is one of its parts; when its whole is shown, its hidden
 *     parts are none, or two or more adding up to at least the threshold (a sum of 2 over two groups, each holding
 *     a child, pins both to 1); a sum with no part left to hide hides its whole;</li>
 * <li>an audit, as a reader would attack the published tables: solve every sum with one unknown, over and over,
 *     and check the hidden parts of each sum with a known whole; where that recovers a hidden number, one more cell
 *     of that sum is hidden and the rules run again.</li>
 * </ol>
 * A hidden number the audit recovers that no cell left could protect — it follows from the council's totals, which
 * are published — is shown instead when it picks no child out (at least the threshold).
 * <p>
 * Zeros are always shown: no child is there to protect, and most are known anyway (an agency placement is never
 * internal). Hiding them as cover would protect nothing, and each hidden zero forces a second hidden cell into its
 * sums, which, through sixteen linked tables, ends with every table hidden.
 */
final class MixCube {

    private static final int TOTAL = 0;
    private static final int INTERNAL = 1;
    private static final int EXTERNAL = 2;
    private static final int SPEND = 3;
    private static final int COLUMNS = 4;
    private static final int DIMENSIONS = MixDimension.values().length;

    /** One placement's group in every dimension, in {@link MixDimension} order. */
    record Entry(List<String> key, boolean internal, double weeklyCost) {
    }

    /** A group's numbers as published. */
    record Cell(int total, int internal, int external, double spend, String shownTotal, String shownInternal,
            String shownExternal, boolean spendHidden) {

        boolean splitHidden() {
            return Suppression.isHidden(shownInternal) || externalHidden();
        }

        boolean externalHidden() {
            return Suppression.isHidden(shownExternal);
        }
    }

    /**
     * A sum: the whole and its parts, as indexes of numbers, and all of them together (the whole first), which the
     * audit walks on every pass; whether they are counts (or spend).
     */
    private record Sum(int whole, int[] parts, int[] members, boolean counts) {

        static Sum of(int whole, int[] parts, boolean counts) {
            int[] members = new int[parts.length + 1];
            members[0] = whole;
            System.arraycopy(parts, 0, members, 1, parts.length);
            return new Sum(whole, parts, members, counts);
        }
    }

    private final int threshold;
    /** By subset of dimensions (a bit per ordinal), each group's first number; keys in {@link MixDimension} order. */
    private final List<Map<List<String>, Integer>> tables = new ArrayList<>();
    private final List<Double> values = new ArrayList<>();
    private boolean[] hidden;
    /** Published elsewhere (the council's totals) or following from what is: never hidden. */
    private boolean[] fixed;
    private final List<Sum> sums = new ArrayList<>();

    private MixCube(List<Entry> entries, int threshold) {
        this.threshold = threshold;
        for (int subset = 0; subset < 1 << DIMENSIONS; subset++) {
            Map<List<String>, double[]> groups = new HashMap<>();
            for (Entry entry : entries) {
                double[] numbers = groups.computeIfAbsent(project(entry.key(), subset), key -> new double[COLUMNS]);
                numbers[TOTAL]++;
                numbers[entry.internal() ? INTERNAL : EXTERNAL]++;
                numbers[SPEND] += entry.weeklyCost();
            }
            Map<List<String>, Integer> table = new HashMap<>();
            groups.forEach((key, numbers) -> {
                table.put(key, values.size());
                for (double number : numbers) {
                    values.add(number);
                }
            });
            tables.add(table);
        }
        hidden = new boolean[values.size()];
        fixed = new boolean[values.size()];
        addSums();
    }

    /**
     * @param councilProvider the {@link MixDimension#PROVIDER} group of every internal placement: grouped by provider
     *        alone, its numbers repeat the council's internal totals, which are published
     */
    static MixCube suppressed(List<Entry> entries, int threshold, String councilProvider) {
        MixCube cube = new MixCube(entries, threshold);
        cube.tables.get(0).values().forEach(cube::fix);
        Integer council = cube.tables.get(1 << MixDimension.PROVIDER.ordinal()).get(List.of(councilProvider));
        if (council != null) {
            cube.fix(council);
        }
        cube.suppress();
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
        for (Map.Entry<List<String>, Integer> row : tables.get(subset).entrySet()) {
            rows.add(Map.entry(reordered(row.getKey(), subset, dimensions), row.getValue()));
        }
        rows.sort(Map.Entry.comparingByKey(order));
        Map<List<String>, Cell> table = new LinkedHashMap<>();
        rows.forEach(row -> table.put(row.getKey(), cell(row.getValue())));
        return table;
    }

    private Cell cell(int first) {
        return new Cell(count(first + TOTAL), count(first + INTERNAL), count(first + EXTERNAL), values.get(first + SPEND),
                shown(first + TOTAL), shown(first + INTERNAL), shown(first + EXTERNAL), hidden[first + SPEND]);
    }

    private int count(int number) {
        return values.get(number).intValue();
    }

    private String shown(int number) {
        return hidden[number] ? Suppression.SUPPRESSED : String.valueOf(count(number));
    }

    private void fix(int first) {
        for (int column = 0; column < COLUMNS; column++) {
            fixed[first + column] = true;
        }
    }

    private void addSums() {
        for (int subset = 1; subset < tables.size(); subset++) {
            for (int first : tables.get(subset).values()) {
                sums.add(Sum.of(first + TOTAL, new int[] {first + INTERNAL, first + EXTERNAL}, true));
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
        Map<List<String>, List<Integer>> parts = new HashMap<>();
        tables.get(finer).forEach((key, first) ->
                parts.computeIfAbsent(projectKey(key, finer, coarser), k -> new ArrayList<>()).add(first));
        parts.forEach((key, firsts) -> {
            int whole = tables.get(coarser).get(key);
            for (int column = 0; column < COLUMNS; column++) {
                int offset = column;
                sums.add(Sum.of(whole + column, firsts.stream().mapToInt(first -> first + offset).toArray(), column != SPEND));
            }
        });
    }

    private void suppress() {
        for (int number = 0; number < values.size(); number++) {
            boolean isCount = number % COLUMNS != SPEND;
            // No child is there: nothing to protect, and a zero shown cannot be taken for a small count.
            fixed[number] |= isCount && count(number) == 0;
            hidden[number] = !fixed[number] && isCount && Suppression.isSmall(count(number), threshold);
        }
        do {
            boolean changed = true;
            while (changed) {
                changed = spendFollowsCounts();
                for (Sum sum : sums) {
                    changed |= protect(sum);
                }
            }
        }
        while (audit());
    }

    private boolean spendFollowsCounts() {
        boolean changed = false;
        for (int first = 0; first < values.size(); first += COLUMNS) {
            boolean anyCount = hidden[first + TOTAL] || hidden[first + INTERNAL] || hidden[first + EXTERNAL];
            if (anyCount && !hidden[first + SPEND] && !fixed[first + SPEND]) {
                hidden[first + SPEND] = true;
                changed = true;
            }
        }
        return changed;
    }

    /** The rules on one sum; answers whether they hid a number. */
    private boolean protect(Sum sum) {
        int hiddenParts = 0;
        double hiddenSum = 0;
        for (int part : sum.parts()) {
            hiddenParts += hidden[part] ? 1 : 0;
            hiddenSum += hidden[part] ? values.get(part) : 0;
        }
        if (hidden[sum.whole()]) {
            return hiddenParts == 0 && (hideSmallest(sum.parts(), true) || hideSmallest(sum.parts(), false));
        }
        boolean sumTooSmall = sum.counts() && hiddenParts > 0 && hiddenSum < threshold;
        if (sumTooSmall && hideSmallest(sum.parts(), true)) {
            return true;
        }
        boolean exposed = sumTooSmall || hiddenParts == 1;
        if (hiddenParts == 1 && hideSmallest(sum.parts(), false)) {
            return true;
        }
        return exposed && hide(sum.whole());
    }

    /**
     * Attacks the published numbers as a reader would; where a hidden number comes out, hides one more number of the
     * sum that gave it away, or shows it when nothing can protect it and it picks no child out. Answers whether it
     * changed anything (then the rules run again and the audit after them).
     */
    private boolean audit() {
        boolean[] known = new boolean[values.size()];
        double[] worked = new double[values.size()];
        for (int number = 0; number < values.size(); number++) {
            known[number] = !hidden[number];
            worked[number] = values.get(number);
        }
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Sum sum : sums) {
                int unknown = -1;
                int unknowns = 0;
                for (int member : sum.members()) {
                    if (!known[member]) {
                        unknowns++;
                        unknown = member;
                    }
                }
                if (unknowns == 1) {
                    if (!isZero(values.get(unknown)) && (hideSmallest(visible(sum), true)
                            || hideSmallest(visible(sum), false) || showIfHarmless(unknown))) {
                        return true;
                    }
                    known[unknown] = true;
                    progress = true;
                }
                else if (unknowns > 1 && sum.counts() && known[sum.whole()]) {
                    double rest = worked[sum.whole()];
                    for (int part : sum.parts()) {
                        rest -= known[part] ? worked[part] : 0;
                    }
                    if (isZero(rest)) {
                        for (int part : sum.parts()) {
                            known[part] = true;
                        }
                        progress = true;
                    }
                    else if (rest < threshold && (hideSmallest(visible(sum), true))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A hidden number that follows from the published totals whatever else is hidden is shown, unless it is small. */
    private boolean showIfHarmless(int number) {
        if (number % COLUMNS == SPEND || !Suppression.isSmall(count(number), threshold)) {
            hidden[number] = false;
            fixed[number] = true;
            return true;
        }
        return false;
    }

    /** The sum's numbers a reader sees as published (not worked out). */
    private int[] visible(Sum sum) {
        return Arrays.stream(sum.members()).filter(member -> !hidden[member]).toArray();
    }

    /** Hides the shown number with the smallest value among {@code numbers} (a non-zero one if asked); answers whether it did. */
    private boolean hideSmallest(int[] numbers, boolean nonZeroOnly) {
        int smallest = -1;
        for (int number : numbers) {
            if (!hidden[number] && !fixed[number] && (!nonZeroOnly || !isZero(values.get(number)))
                    && (smallest < 0 || values.get(number) < values.get(smallest))) {
                smallest = number;
            }
        }
        return smallest >= 0 && hide(smallest);
    }

    private boolean hide(int number) {
        if (hidden[number] || fixed[number]) {
            return false;
        }
        hidden[number] = true;
        return true;
    }

    private static boolean isZero(double value) {
        return Math.abs(value) < 0.005;
    }

    /** A full key's groups for the dimensions in {@code subset}. */
    private static List<String> project(List<String> key, int subset) {
        List<String> projected = new ArrayList<>();
        for (int dimension = 0; dimension < DIMENSIONS; dimension++) {
            if ((subset & 1 << dimension) != 0) {
                projected.add(key.get(dimension));
            }
        }
        return projected;
    }

    /** A key of the {@code finer} table cut down to the dimensions of {@code coarser}, a subset of them. */
    private static List<String> projectKey(List<String> key, int finer, int coarser) {
        List<String> projected = new ArrayList<>();
        int position = 0;
        for (int dimension = 0; dimension < DIMENSIONS; dimension++) {
            if ((finer & 1 << dimension) != 0) {
                if ((coarser & 1 << dimension) != 0) {
                    projected.add(key.get(position));
                }
                position++;
            }
        }
        return projected;
    }

    private static List<String> reordered(List<String> key, int subset, List<MixDimension> dimensions) {
        List<MixDimension> inOrdinalOrder = new ArrayList<>();
        for (MixDimension dimension : MixDimension.values()) {
            if ((subset & 1 << dimension.ordinal()) != 0) {
                inOrdinalOrder.add(dimension);
            }
        }
        return dimensions.stream().map(dimension -> key.get(inOrdinalOrder.indexOf(dimension))).toList();
    }
}
