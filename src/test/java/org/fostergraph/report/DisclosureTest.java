package org.fostergraph.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The disclosure engine's rules, each worked by hand with a threshold of 5. */
class DisclosureTest {

    private final Disclosure disclosure = new Disclosure(5);

    @Test
    void aSmallPartIsHiddenWithTheSmallestPartThatWouldGiveItAway() {
        // 10 = 6 + 4: 4 is small; 10 − 6 would give it away, so 6 hides too; hidden 6 + 4 = 10 is at least 5.
        int whole = disclosure.count(10);
        int six = disclosure.count(6);
        int four = disclosure.count(4);
        disclosure.sum(whole, six, four);
        disclosure.suppress();
        assertThat(shown(whole, six, four)).containsExactly("10", "c", "c");
    }

    @Test
    void hiddenPartsOfAShownWholeAddUpToAtLeastTheThreshold() {
        // 8 (published) = 5 + 3 + 0: 3 hides; alone it adds up to less than 5, so the smallest non-zero part, 5, hides.
        int whole = disclosure.count(8);
        disclosure.shownElsewhere(whole);
        int five = disclosure.count(5);
        int three = disclosure.count(3);
        int zero = disclosure.count(0);
        disclosure.sum(whole, five, three, zero);
        disclosure.suppress();
        assertThat(shown(whole, five, three, zero)).containsExactly("8", "c", "c", "0");
    }

    @Test
    void aHiddenWholeHidesAPartAndAPartHidesItsWhole() {
        // 3 = 2 + 1: every count small, all hidden. 7 = 7 + 0: nothing hidden.
        int small = disclosure.count(3);
        int two = disclosure.count(2);
        int one = disclosure.count(1);
        int large = disclosure.count(7);
        int seven = disclosure.count(7);
        int zero = disclosure.count(0);
        disclosure.sum(small, two, one);
        disclosure.sum(large, seven, zero);
        disclosure.suppress();
        assertThat(shown(small, two, one, large, seven, zero)).containsExactly("c", "c", "c", "7", "7", "0");
    }

    @Test
    void zerosAreNeverHiddenEvenWhereTheyWouldBeTheOnlyCover() {
        // 3 (published elsewhere, so shown) = 3 + 0: the 3 part hides; the only cover left is the zero, which stays shown.
        // The part follows from the published whole: the engine cannot protect what another publication gives away.
        int whole = disclosure.count(3);
        disclosure.shownElsewhere(whole);
        int three = disclosure.count(3);
        int zero = disclosure.count(0);
        disclosure.sum(whole, three, zero);
        disclosure.suppress();
        assertThat(shown(whole, three, zero)).containsExactly("3", "c", "0");
    }

    @Test
    void aTwoByTwoTableWithItsMarginsHidesFourCellsNoneRecoverable() {
        //          a  b | 10        a = 2 and d = 2 are small. Row 1: 2 alone adds up to less than 5, so b = 8 hides;
        //          c  d | 10        row 2: c = 8 hides. Every row and column then hides two cells adding up to 10,
        //         10 10 | 20        and a + b = 10, a + c = 10 leave a anywhere from 0 to 10.
        int a = disclosure.count(2);
        int b = disclosure.count(8);
        int c = disclosure.count(8);
        int d = disclosure.count(2);
        int row1 = disclosure.count(10);
        int row2 = disclosure.count(10);
        int column1 = disclosure.count(10);
        int column2 = disclosure.count(10);
        int all = disclosure.count(20);
        disclosure.sum(row1, a, b);
        disclosure.sum(row2, c, d);
        disclosure.sum(column1, a, c);
        disclosure.sum(column2, b, d);
        disclosure.sum(all, row1, row2);
        disclosure.sum(all, column1, column2);
        disclosure.suppress();
        assertThat(shown(a, b, c, d, row1, row2, column1, column2, all))
                .containsExactly("c", "c", "c", "c", "10", "10", "10", "10", "20");
    }

    @Test
    void relatedCountsHideNoneOrAtLeastTwo() {
        // 20 children measured, 7 of them far from home, 3 outside the boundary: 3 hides, and so does the smallest shown, 7.
        int measured = disclosure.count(20);
        int far = disclosure.count(7);
        int outside = disclosure.count(3);
        disclosure.related(measured, far, outside);
        disclosure.suppress();
        assertThat(shown(measured, far, outside)).containsExactly("20", "c", "c");
    }

    @Test
    void numbersAnotherReportDecidedStayAsItPublishedThem() {
        // 30 (published) = 10 + 20, with 10 hidden by another report: 20 hides too, or 30 − 20 would give 10 away.
        int whole = disclosure.count(30);
        disclosure.shownElsewhere(whole);
        int ten = disclosure.count(10);
        disclosure.asElsewhere(ten, true);
        int twenty = disclosure.count(20);
        disclosure.sum(whole, ten, twenty);
        // 3 shown by another report is shown here too (hiding it would protect nothing).
        int three = disclosure.count(3);
        disclosure.asElsewhere(three, false);
        disclosure.suppress();
        assertThat(shown(whole, ten, twenty, three)).containsExactly("30", "c", "c", "3");
    }

    @Test
    void spendHidesWithTheCountsItWouldGiveAway() {
        // 9 = 6 internal + 3 external at £400 and £900 a week: 3 hides, 6 hides with it, and the £5,100 spend with them.
        int total = disclosure.count(9);
        int internal = disclosure.count(6);
        int external = disclosure.count(3);
        int spend = disclosure.spend(6 * 400 + 3 * 900);
        disclosure.sum(total, internal, external);
        disclosure.hiddenWith(spend, total, internal, external);
        int otherTotal = disclosure.count(12);
        int otherSpend = disclosure.spend(4800);
        disclosure.hiddenWith(otherSpend, otherTotal);
        disclosure.suppress();
        assertThat(shown(total, internal, external)).containsExactly("9", "c", "c");
        assertThat(disclosure.isHidden(spend)).isTrue();
        assertThat(disclosure.isHidden(otherSpend)).isFalse();
    }

    @Test
    void smallMeansOneToThresholdLessOne() {
        assertThat(Disclosure.isSmall(0, 5)).isFalse();
        assertThat(Disclosure.isSmall(1, 5)).isTrue();
        assertThat(Disclosure.isSmall(4, 5)).isTrue();
        assertThat(Disclosure.isSmall(5, 5)).isFalse();
        assertThat(PublishedCount.alone(4, 5).shown()).isEqualTo("c");
        assertThat(PublishedCount.alone(0, 5).shown()).isEqualTo("0");
        assertThat(PublishedCount.alone(5, 5).shown()).isEqualTo("5");
    }

    private List<String> shown(int... numbers) {
        return Arrays.stream(numbers).mapToObj(number -> disclosure.published(number).shown()).toList();
    }
}
