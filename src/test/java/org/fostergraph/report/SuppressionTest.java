package org.fostergraph.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The disclosure rules on one table of groups × (total, internal, external), worked by hand with a threshold of 5. */
class SuppressionTest {

    private static final Boolean[][] NOTHING_ELSEWHERE_1 = new Boolean[1][3];
    private static final Boolean[][] NOTHING_ELSEWHERE_2 = new Boolean[2][3];

    @Test
    void aSmallCountIsHiddenAndSoIsTheCellThatWouldGiveItAway() {
        // 10 children, 6 internal, 4 external: 4 is small; its row would give it away (10 − 6), so 6 hides too.
        assertThat(published(List.of(new int[] {10, 6, 4}), NOTHING_ELSEWHERE_1)).containsExactly("10 c c");
    }

    @Test
    void aColumnWhoseHiddenCellsAddUpToLessThanTheThresholdHidesAnotherAndZerosHideWhenNeeded() {
        // A: 8 = 5 + 3; B: 12 = 12 + 0.
        // 3 is small → row A hides its smallest visible cell, 5.
        // The internal column now hides 5 alone: its published total (17) would give it away → B's 12 hides.
        // The external column hides 3 alone, adding up to less than 5: no non-zero cell is left to hide, so B's 0 hides
        // (a reader cannot tell it from a small count).
        assertThat(published(List.of(new int[] {8, 5, 3}, new int[] {12, 12, 0}), NOTHING_ELSEWHERE_2))
                .containsExactly("8 c c", "12 c c");
    }

    @Test
    void nothingIsHiddenWhenNoCountIsSmall() {
        assertThat(published(List.of(new int[] {15, 10, 5}, new int[] {7, 0, 7}), NOTHING_ELSEWHERE_2))
                .containsExactly("15 10 5", "7 0 7");
    }

    @Test
    void aCellAnotherReportDecidedIsLeftAsThatReportPublishedIt() {
        // The internal count is shown elsewhere (false): the row hides its total instead.
        Boolean[][] elsewhere = {{null, false, null}};
        assertThat(published(List.of(new int[] {8, 5, 3}), elsewhere)).containsExactly("c 5 c");
        // And one hidden elsewhere (true) is hidden here whatever its size.
        Boolean[][] hiddenElsewhere = {{null, true, null}};
        assertThat(published(List.of(new int[] {20, 10, 10}), hiddenElsewhere)).containsExactly("20 c c");
    }

    @Test
    void smallMeansOneToThresholdLessOne() {
        assertThat(Suppression.isSmall(0, 5)).isFalse();
        assertThat(Suppression.isSmall(1, 5)).isTrue();
        assertThat(Suppression.isSmall(4, 5)).isTrue();
        assertThat(Suppression.isSmall(5, 5)).isFalse();
    }

    private static List<String> published(List<int[]> rows, Boolean[][] elsewhere) {
        return Suppression.apply(rows, 5, elsewhere).stream().map(cells -> String.join(" ", cells)).toList();
    }
}
