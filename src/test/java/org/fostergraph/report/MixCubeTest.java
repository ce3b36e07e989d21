package org.fostergraph.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The placement mix's sixteen linked tables, suppressed as one (threshold 5). Worked by hand where the answer is
 * short; checked against a second, plain reading of the rules (no count from 1 to 4 shown; no row of a table hiding
 * exactly one of total, internal and external) on a council drawn at random.
 */
class MixCubeTest {

    private static final Comparator<List<String>> BY_TEXT = Comparator.comparing(Object::toString);

    private static MixCube.Entry entry(String locality, String band, String type, String provider, boolean internal, int children,
            double weeklyCost) {
        return new MixCube.Entry(List.of(locality, band, type, provider), internal, children, children * weeklyCost);
    }

    @Test
    void groupsOfFiveOrMoreAreShownWithTheirSpend() {
        MixCube cube = MixCube.suppressed(List.of(
                entry("Ashby", "5 to 9", "IN_HOUSE_FOSTERING", "The council", true, 6, 400),
                entry("Ashby", "5 to 9", "IFA_FOSTERING", "Acorn", false, 5, 800),
                entry("Brook", "5 to 9", "IN_HOUSE_FOSTERING", "The council", true, 7, 400)), 5, "The council");

        Map<List<String>, MixCube.Cell> byLocality = cube.table(List.of(MixDimension.LOCALITY), BY_TEXT);
        // Ashby 11 = 6 internal + 5 external, £4,400 a week; Brook 7 = 7 + 0, £2,800.
        assertThat(byLocality.get(List.of("Ashby"))).isEqualTo(cell(11, 6, 5, 6400));
        assertThat(byLocality.get(List.of("Brook"))).isEqualTo(cell(7, 7, 0, 2800));
        MixCube.Cell all = cube.table(List.of(), BY_TEXT).get(List.of());
        assertThat(all).isEqualTo(cell(18, 13, 5, 9200));
    }

    @Test
    void aSmallGroupIsHiddenWithWhateverWouldGiveItAwayAndTheCouncilsTotalsStayExact() {
        MixCube cube = MixCube.suppressed(List.of(
                entry("Ashby", "5 to 9", "IN_HOUSE_FOSTERING", "The council", true, 6, 400),
                entry("Brook", "5 to 9", "IN_HOUSE_FOSTERING", "The council", true, 2, 400),
                entry("Brook", "5 to 9", "IFA_FOSTERING", "Acorn", false, 7, 800)), 5, "The council");

        Map<List<String>, MixCube.Cell> byLocality = cube.table(List.of(MixDimension.LOCALITY), BY_TEXT);
        // Brook's 2 internal are few: hidden. Brook's 7 external are all the council's external children (Ashby has none,
        // and zeros are shown), so they follow from the published totals: hiding them would protect nothing. Brook's
        // total hides instead (9 − 7 = 2). Ashby's internal hides, or the council's 8 internal less 6 would give Brook's 2
        // away, and so does Ashby's total (6 + 0). The spend of every group with a hidden split hides with it.
        assertThat(shown(byLocality.get(List.of("Ashby")))).isEqualTo("c c 0 hidden");
        assertThat(shown(byLocality.get(List.of("Brook")))).isEqualTo("c c 7 hidden");
        MixCube.Cell all = cube.table(List.of(), BY_TEXT).get(List.of());
        assertThat(shown(all)).isEqualTo("15 8 7 8800.0");
        assertTablesFollowTheRules(cube);
    }

    /** A group none of whose numbers is hidden. */
    private static MixCube.Cell cell(int total, int internal, int external, double spend) {
        return new MixCube.Cell(new PublishedCount(total, false), new PublishedCount(internal, false),
                new PublishedCount(external, false), spend, false);
    }

    private static String shown(MixCube.Cell cell) {
        return cell.total().shown() + " " + cell.internal().shown() + " " + cell.external().shown() + " "
                + (cell.spendHidden() ? "hidden" : String.valueOf(cell.spend()));
    }

    @Test
    void theSamePlacementsGiveTheSameCubeWhateverOrderTheyComeIn() {
        List<MixCube.Entry> entries = randomCouncil(new Random(22));
        List<MixCube.Entry> shuffled = new ArrayList<>(entries);
        Collections.shuffle(shuffled, new Random(7));
        MixCube first = MixCube.suppressed(entries, 5, "The council");
        MixCube second = MixCube.suppressed(shuffled, 5, "The council");
        for (List<MixDimension> dimensions : allGroupings()) {
            assertThat(second.table(dimensions, BY_TEXT)).isEqualTo(first.table(dimensions, BY_TEXT));
        }
    }

    @Test
    void aRandomCouncilShowsNoSmallCountAndNoRowHidingOneCellAlone() {
        for (int seed = 1; seed <= 5; seed++) {
            assertTablesFollowTheRules(MixCube.suppressed(randomCouncil(new Random(seed)), 5, "The council"));
        }
    }

    private static void assertTablesFollowTheRules(MixCube cube) {
        for (List<MixDimension> dimensions : allGroupings()) {
            cube.table(dimensions, BY_TEXT).forEach((key, cell) -> {
                String where = dimensions + " " + key;
                for (PublishedCount count : List.of(cell.total(), cell.internal(), cell.external())) {
                    if (!"c".equals(count.shown())) {
                        assertThat(count.shown()).as("a shown count in %s", where).isEqualTo(String.valueOf(count.value()));
                        assertThat(count.value() == 0 || count.value() >= 5).as("no count from 1 to 4 shown in %s", where).isTrue();
                    }
                }
                long hidden = List.of(cell.total(), cell.internal(), cell.external()).stream()
                        .map(PublishedCount::shown).filter("c"::equals).count();
                assertThat(hidden).as("cells hidden in the row %s (total = internal + external)", where).isNotEqualTo(1);
            });
        }
    }

    private static List<List<MixDimension>> allGroupings() {
        List<List<MixDimension>> groupings = new ArrayList<>();
        MixDimension[] all = MixDimension.values();
        for (int subset = 0; subset < 1 << all.length; subset++) {
            List<MixDimension> dimensions = new ArrayList<>();
            for (MixDimension dimension : all) {
                if ((subset & 1 << dimension.ordinal()) != 0) {
                    dimensions.add(dimension);
                }
            }
            groupings.add(dimensions);
        }
        return groupings;
    }

    private static List<MixCube.Entry> randomCouncil(Random random) {
        List<String> localities = List.of("Ashby", "Brook", "Cole", "Dale");
        List<String> bands = List.of("Under 1", "1 to 4", "5 to 9", "10 to 15", "16 and over");
        List<MixCube.Entry> entries = new ArrayList<>();
        for (int child = 0; child < 120; child++) {
            boolean internal = random.nextDouble() < 0.5;
            entries.add(entry(localities.get(random.nextInt(localities.size())), bands.get(random.nextInt(bands.size())),
                    internal ? "IN_HOUSE_FOSTERING" : random.nextBoolean() ? "IFA_FOSTERING" : "PRIVATE_CHILDRENS_HOME",
                    internal ? "The council" : random.nextBoolean() ? "Acorn" : "Oak Homes", internal, 1, internal ? 400 : 900));
        }
        return entries;
    }
}
