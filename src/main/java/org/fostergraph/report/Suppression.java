package org.fostergraph.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-number suppression for a table of groups × (total, internal, external) whose column totals are
 * published exactly.
 * <ul>
 * <li>Primary: a count from 1 to threshold − 1 becomes {@code c}.</li>
 * <li>Rows (total = internal + external): a row hides no cell or at least two, so no hidden cell is the
 *     difference of visible ones.</li>
 * <li>Columns (the cells add up to the published total): a reader can subtract the visible cells from the
 *     total and learn the sum of the hidden ones, so that sum must be at least the threshold — otherwise a
 *     sum of 0 pins every hidden cell to 0, and a sum of 2 over two groups (each holding a child) pins both to 1.</li>
 * </ul>
 * A line that breaks its rule hides one more cell (the smallest visible one, a non-zero one when the sum is
 * short), until no line breaks its rule. Hidden zeros are published as {@code c} too, so the reader cannot
 * tell them from small counts.
 */
final class Suppression {

    static final String SUPPRESSED = "c";
    private static final int TOTAL = 0;
    private static final int INTERNAL = 1;
    private static final int EXTERNAL = 2;

    private Suppression() {
    }

    /** Whether a count is small enough to pick children out: 1 to threshold − 1 (none is nobody). */
    static boolean isSmall(int count, int threshold) {
        return count > 0 && count < threshold;
    }

    /** Whether a published cell is hidden. */
    static boolean isHidden(String cell) {
        return SUPPRESSED.equals(cell);
    }

    /**
     * The cells as published, row by row: {total, internal, external}, for a table some of whose cells another
     * report may publish too: where {@code elsewhere} holds {@code true} the cell is hidden there, so it is hidden
     * here; where {@code false} it is shown there with the same count, so hiding it here would protect nothing. Either way the other report has
     * protected it, and it is left as it is; {@code null} cells are this table's to decide.
     */
    static List<String[]> apply(List<int[]> rows, int threshold, Boolean[][] elsewhere) {
        int n = rows.size();
        boolean[][] hidden = new boolean[n][3];
        boolean[][] fixed = new boolean[n][3];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < 3; c++) {
                fixed[r][c] = elsewhere[r][c] != null;
                hidden[r][c] = fixed[r][c] ? elsewhere[r][c] : isSmall(rows.get(r)[c], threshold);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < n; r++) {
                changed |= protectRow(rows, hidden, fixed, lineOfRow(r));
            }
            for (int c = 0; c < 3; c++) {
                changed |= protectColumn(rows, hidden, fixed, lineOfColumn(n, c), threshold);
            }
        }
        List<String[]> published = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            String[] cells = new String[3];
            for (int c = 0; c < 3; c++) {
                cells[c] = hidden[r][c] ? SUPPRESSED : String.valueOf(rows.get(r)[c]);
            }
            published.add(cells);
        }
        return published;
    }

    private static List<int[]> lineOfRow(int row) {
        return List.of(new int[] {row, TOTAL}, new int[] {row, INTERNAL}, new int[] {row, EXTERNAL});
    }

    private static List<int[]> lineOfColumn(int rows, int column) {
        List<int[]> line = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            line.add(new int[] {r, column});
        }
        return line;
    }

    /** When exactly one cell of the row is hidden, hides its smallest visible cell; answers whether it did. */
    private static boolean protectRow(List<int[]> rows, boolean[][] hidden, boolean[][] fixed, List<int[]> line) {
        long hiddenCount = line.stream().filter(cell -> hidden[cell[0]][cell[1]]).count();
        return hiddenCount == 1 && hideSmallestVisible(rows, hidden, fixed, line, false);
    }

    /**
     * When the column's hidden cells are one, or add up to less than the threshold, hides one more (a non-zero one
     * when the sum is short); answers whether it did.
     */
    private static boolean protectColumn(List<int[]> rows, boolean[][] hidden, boolean[][] fixed, List<int[]> line, int threshold) {
        long hiddenCount = line.stream().filter(cell -> hidden[cell[0]][cell[1]]).count();
        if (hiddenCount == 0) {
            return false;
        }
        int hiddenSum = line.stream().filter(cell -> hidden[cell[0]][cell[1]]).mapToInt(cell -> rows.get(cell[0])[cell[1]]).sum();
        if (hiddenSum < threshold) {
            return hideSmallestVisible(rows, hidden, fixed, line, true)
                    || hiddenCount == 1 && hideSmallestVisible(rows, hidden, fixed, line, false);
        }
        return hiddenCount == 1 && hideSmallestVisible(rows, hidden, fixed, line, false);
    }

    private static boolean hideSmallestVisible(List<int[]> rows, boolean[][] hidden, boolean[][] fixed, List<int[]> line,
            boolean nonZeroOnly) {
        int[] smallest = null;
        for (int[] cell : line) {
            int value = rows.get(cell[0])[cell[1]];
            if (!hidden[cell[0]][cell[1]] && !fixed[cell[0]][cell[1]] && (!nonZeroOnly || value > 0)
                    && (smallest == null || value < rows.get(smallest[0])[smallest[1]])) {
                smallest = cell;
            }
        }
        if (smallest == null) {
            return false;
        }
        hidden[smallest[0]][smallest[1]] = true;
        return true;
    }
}
