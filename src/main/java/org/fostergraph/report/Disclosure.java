package org.fostergraph.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Statistical disclosure control, the one engine every report's numbers go through. A report adds the numbers it
 * publishes (counts of children, and spend) and what links them, then asks which to hide:
 * <ul>
 * <li>a <b>sum</b>: a whole and parts that add up to it exactly (a group's total = internal + external; a table's
 *     groups add up to a coarser table's group or to a published total);</li>
 * <li><b>related</b> numbers: counts of the same children that bound each other without adding up (children needing
 *     a home, those placed externally and those referred; those measured and those living far away), where one
 *     hidden number alone could be narrowed down from the others shown;</li>
 * <li>a number <b>hidden with</b> others (a group's spend with its counts: spend at known rates gives the split away);</li>
 * <li>numbers another report or the council's totals have decided: <b>shown elsewhere</b> (never hidden here: it
 *     would protect nothing), or <b>hidden elsewhere</b> (hidden here too, whatever its size).</li>
 * </ul>
 * Suppression then runs:
 * <ol>
 * <li>primary: a count from 1 to threshold − 1 is hidden;</li>
 * <li>rules, until none hides anything more: on each sum, when its whole is hidden so is one of its parts; when its
 *     whole is shown its hidden parts are none, or two or more adding up to at least the threshold (a sum of 2 over
 *     two groups, each holding a child, pins both to 1); a sum with no part left to hide hides its whole. Related
 *     numbers hide none or at least two. A number hidden with others hides when any of them is hidden;</li>
 * <li>an audit, as a reader would attack the published numbers: solve every sum with one unknown, over and over,
 *     and check the hidden parts of each sum with a known whole; where that recovers a hidden number, one more of
 *     that sum is hidden and the rules run again. A hidden number the audit recovers that nothing left could
 *     protect — it follows from numbers published elsewhere — is shown instead when it picks no child out (at least
 *     the threshold).</li>
 * </ol>
 * <b>Zeros are always shown.</b> No child is there to protect, and most zeros are known anyway (an agency placement
 * is never internal). Hiding them as cover protects nothing a shown whole does not already protect — a whole of at
 * least the threshold with a single small non-zero part is impossible — and each hidden zero forces a second hidden
 * number into its sums, which, through the placement mix's sixteen linked tables, ends with every table hidden.
 * <p>
 * Ties go to the number added first, so a report that adds its numbers in one canonical order always hides the same.
 */
final class Disclosure {

    private final int threshold;
    private double[] values = new double[64];
    private boolean[] counts = new boolean[64];
    private boolean[] hidden = new boolean[64];
    /** Decided elsewhere (published by another report, or following from what is): never changed here. */
    private boolean[] fixed = new boolean[64];
    private int size;
    private final List<Sum> sums = new ArrayList<>();
    private final List<int[]> related = new ArrayList<>();
    /** Each: the number that hides with the others, then the others. */
    private final List<int[]> hiddenWith = new ArrayList<>();

    /**
     * A sum: the whole and its parts, as numbers, and all of them together (the whole first), which the audit walks
     * on every pass; whether they are counts (or spend).
     */
    private record Sum(int whole, int[] parts, int[] members, boolean counts) {
    }

    Disclosure(int threshold) {
        this.threshold = threshold;
    }

    /** Whether a count is small enough to pick children out: 1 to threshold − 1 (none is nobody). */
    static boolean isSmall(int count, int threshold) {
        return count > 0 && count < threshold;
    }

    int threshold() {
        return threshold;
    }

    /** Adds a count of children; answers its number. */
    int count(int value) {
        return add(value, true);
    }

    /** Adds an amount of money; answers its number. */
    int spend(double value) {
        return add(value, false);
    }

    private int add(double value, boolean isCount) {
        if (size == values.length) {
            int grown = size * 2;
            values = Arrays.copyOf(values, grown);
            counts = Arrays.copyOf(counts, grown);
            hidden = Arrays.copyOf(hidden, grown);
            fixed = Arrays.copyOf(fixed, grown);
        }
        values[size] = value;
        counts[size] = isCount;
        return size++;
    }

    /** The whole is the parts added up exactly (all counts, or all spend). */
    void sum(int whole, int... parts) {
        int[] members = new int[parts.length + 1];
        members[0] = whole;
        System.arraycopy(parts, 0, members, 1, parts.length);
        sums.add(new Sum(whole, parts, members, counts[whole]));
    }

    /**
     * A total published exactly elsewhere (the council's own count) that these counts add up to: shown here, and a
     * sum over them. Answers its number.
     */
    int publishedTotal(int... parts) {
        int whole = count((int) Arrays.stream(parts).mapToDouble(this::value).sum());
        shownElsewhere(whole);
        sum(whole, parts);
        return whole;
    }

    /** The numbers count the same children and bound each other: none or at least two of them are hidden. */
    void related(int... numbers) {
        related.add(numbers.clone());
    }

    /** The number is hidden whenever any of the others is. */
    void hiddenWith(int number, int... others) {
        int[] entry = new int[others.length + 1];
        entry[0] = number;
        System.arraycopy(others, 0, entry, 1, others.length);
        hiddenWith.add(entry);
    }

    /** Published exactly elsewhere (the council's totals, another report): shown here too. */
    void shownElsewhere(int number) {
        hidden[number] = false;
        fixed[number] = true;
    }

    /** Decided by another report that publishes the same number: hidden or shown here exactly as there. */
    void asElsewhere(int number, boolean hiddenThere) {
        hidden[number] = hiddenThere;
        fixed[number] = true;
    }

    /** Decides what is hidden; call once, after every number and link is added. */
    void suppress() {
        for (int number = 0; number < size; number++) {
            if (!fixed[number] && counts[number]) {
                // No child is there: nothing to protect, and a zero shown cannot be taken for a small count.
                fixed[number] = countAt(number) == 0;
                hidden[number] = isSmall(countAt(number), threshold);
            }
        }
        do {
            boolean changed = true;
            while (changed) {
                changed = hideWithOthers();
                for (Sum sum : sums) {
                    changed |= protect(sum);
                }
                for (int[] numbers : related) {
                    changed |= protectRelated(numbers);
                }
            }
        }
        while (audit());
    }

    boolean isHidden(int number) {
        return hidden[number];
    }

    double value(int number) {
        return values[number];
    }

    /** A count as published. */
    PublishedCount published(int number) {
        return new PublishedCount(countAt(number), hidden[number]);
    }

    private int countAt(int number) {
        return (int) values[number];
    }

    private boolean hideWithOthers() {
        boolean changed = false;
        for (int[] entry : hiddenWith) {
            for (int i = 1; i < entry.length && !hidden[entry[0]]; i++) {
                if (hidden[entry[i]]) {
                    changed |= hide(entry[0]);
                }
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
            hiddenSum += hidden[part] ? values[part] : 0;
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

    /** When exactly one of related numbers is hidden, hides the smallest shown one; answers whether it did. */
    private boolean protectRelated(int[] numbers) {
        int hiddenCount = 0;
        for (int number : numbers) {
            hiddenCount += hidden[number] ? 1 : 0;
        }
        return hiddenCount == 1 && hideSmallest(numbers, false);
    }

    /**
     * Attacks the published numbers as a reader would; where a hidden number comes out, hides one more number of the
     * sum that gave it away, or shows it when nothing can protect it and it picks no child out. Answers whether it
     * changed anything (then the rules run again and the audit after them).
     */
    private boolean audit() {
        boolean[] known = new boolean[size];
        for (int number = 0; number < size; number++) {
            known[number] = !hidden[number];
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
                    if (!isZero(values[unknown]) && (hideSmallest(visible(sum), true)
                            || hideSmallest(visible(sum), false) || showIfHarmless(unknown))) {
                        return true;
                    }
                    known[unknown] = true;
                    progress = true;
                }
                else if (unknowns > 1 && sum.counts() && known[sum.whole()]) {
                    double rest = values[sum.whole()];
                    for (int part : sum.parts()) {
                        rest -= known[part] ? values[part] : 0;
                    }
                    if (isZero(rest)) {
                        for (int part : sum.parts()) {
                            known[part] = true;
                        }
                        progress = true;
                    }
                    else if (rest < threshold && hideSmallest(visible(sum), true)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A hidden number that follows from what is published whatever else is hidden is shown, unless it is small. */
    private boolean showIfHarmless(int number) {
        if (!fixed[number] && (!counts[number] || !isSmall(countAt(number), threshold))) {
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
            if (!hidden[number] && !fixed[number] && (!nonZeroOnly || !isZero(values[number]))
                    && (smallest < 0 || values[number] < values[smallest])) {
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
}
