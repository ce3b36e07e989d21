package org.fostergraph.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-number suppression for a table of groups × (total, internal, external) whose column totals are
 * published exactly. Primary: a count from 1 to threshold − 1 becomes {@code c}. Secondary: every line the
 * reader can add up — a group's total = internal + external, and each column's cells = its published total —
 * must hide either no cell or at least two, so no hidden cell is the difference of visible ones; the smallest
 * visible cell of a line with one hidden cell is hidden too, until no line has exactly one.
 */
final class Suppression {

    static final String SUPPRESSED = "c";
    private static final int TOTAL = 0;
    private static final int INTERNAL = 1;
    private static final int EXTERNAL = 2;

    private Suppression() {
    }

    /** The cells as published, row by row: {total, internal, external}. */
    static List<String[]> apply(List<int[]> rows, int threshold) {
        int n = rows.size();
        boolean[][] hidden = new boolean[n][3];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < 3; c++) {
                int value = rows.get(r)[c];
                hidden[r][c] = value > 0 && value < threshold;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < n; r++) {
                changed |= hideSecond(rows, hidden, lineOfRow(r));
            }
            for (int c = 0; c < 3; c++) {
                changed |= hideSecond(rows, hidden, lineOfColumn(n, c));
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

    /** When exactly one cell of the line is hidden, hides its smallest visible cell; answers whether it did. */
    private static boolean hideSecond(List<int[]> rows, boolean[][] hidden, List<int[]> line) {
        long hiddenCount = line.stream().filter(cell -> hidden[cell[0]][cell[1]]).count();
        if (hiddenCount != 1) {
            return false;
        }
        int[] smallest = null;
        for (int[] cell : line) {
            if (!hidden[cell[0]][cell[1]] && (smallest == null
                    || rows.get(cell[0])[cell[1]] < rows.get(smallest[0])[smallest[1]])) {
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
