package org.fostergraph.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fostergraph.care.Ssda903Codes;
import org.fostergraph.care.Sex;
import org.junit.jupiter.api.Test;

/** The SSDA903 row and sequence rules on rows written by hand (the DfE's guide; shared/reference/ssda903.md). */
class Ssda903RulesTest {

    private static final List<String> EPISODE_COLUMNS = List.of("CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER",
            "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN");

    private final Ssda903Rules rules = new Ssda903Rules(new Ssda903Codes(), LocalDate.of(2026, 11, 24));
    private final HeaderRow header = new HeaderRow(2, "C1", Sex.FEMALE, LocalDate.of(2015, 3, 15), "WBRI", "0", null);

    @Test
    void aHeaderRowNeedsASexCodeAndADateOfBirth() {
        List<Ssda903Problem> problems = new ArrayList<>();
        HeaderRow row = rules.header(row("header.csv", 2, Map.of("CHILD", "C1", "SEX", "3", "DOB", "31/02/2015")), problems);
        assertThat(row.child()).isEqualTo("C1");
        // 31 February is no date.
        assertThat(problems).extracting(Ssda903Problem::column, Ssda903Problem::value, Ssda903Problem::message).containsExactly(
                tuple("SEX", "3", "must be M (male), F (female) or U (not known), or before 2024/25 1 (male) or 2 (female)"),
                tuple("DOB", "31/02/2015", "is not a date as dd/mm/yyyy"));
    }

    @Test
    void sexIsReadInTheCodesOfEitherEraAndWrittenInTheCollectionYearsOwn() {
        List<Ssda903Problem> problems = new ArrayList<>();
        for (String[] code : new String[][] {{"1", "MALE"}, {"M", "MALE"}, {"2", "FEMALE"}, {"F", "FEMALE"}, {"U", "UNKNOWN"}}) {
            HeaderRow row = rules.header(row("header.csv", 2, Map.of("CHILD", "C1", "SEX", code[0], "DOB", "15/03/2015")), problems);
            assertThat(row.sex()).as("SEX %s", code[0]).isEqualTo(Sex.valueOf(code[1]));
        }
        assertThat(problems).isEmpty();
        // 2023/24 is the last year of 1 and 2 (and no code for not known); 2024/25 the first of M, F and U.
        assertThat(List.of(Sex.MALE.ssda903Code(2023), Sex.FEMALE.ssda903Code(2023))).containsExactly("1", "2");
        assertThat(Sex.UNKNOWN.ssda903Code(2023)).isNull();
        assertThat(List.of(Sex.MALE.ssda903Code(2024), Sex.FEMALE.ssda903Code(2024), Sex.UNKNOWN.ssda903Code(2026)))
                .containsExactly("M", "F", "U");
    }

    @Test
    void aValidEpisodeReadsEveryField() {
        List<Ssda903Problem> problems = new ArrayList<>();
        Episode episode = rules.episode(episode(3, "C1", "01/04/2024", "S", "C2", "U4", "PR1", "10/09/2024", "X1", null), header,
                problems);
        assertThat(problems).isEmpty();
        assertThat(episode.place()).isEqualTo("U4");
        assertThat(episode.provider()).isEqualTo("PR1");
        assertThat(episode.continues()).isTrue();
        assertThat(episode.start()).isEqualTo(LocalDate.of(2024, 4, 1));
    }

    @Test
    void anEpisodeBreakingARuleOfItsOwnSaysWhichAndWhy() {
        List<Ssda903Problem> problems = new ArrayList<>();
        rules.episode(episode(3, "C1", "01/04/2014", "S", "C2", "U4", "PR9", "01/03/2014", null, null), header, problems);
        assertThat(problems).extracting(Ssda903Problem::column).containsExactly("DECOM", "DEC", "PLACE_PROVIDER", "REC");
        assertThat(problems.get(0).message()).isEqualTo("is before the child's date of birth in the Header file");
        assertThat(problems.get(1).message()).isEqualTo("is before the episode's start (DECOM 01/04/2014)");
        assertThat(problems.get(3).message()).isEqualTo("is needed because the episode ended (DEC 01/03/2014)");
    }

    @Test
    void aTemporaryPlacementHasNoProvider() {
        List<Ssda903Problem> problems = new ArrayList<>();
        Episode temporary = rules.episode(episode(3, "C1", "01/04/2024", "S", "C2", "T1", null, null, null, null), header, problems);
        assertThat(problems).isEmpty();
        assertThat(temporary.provider()).isNull();
        rules.episode(episode(4, "C1", "01/04/2024", "S", "C2", "T1", "PR1", null, null, null), header, problems);
        assertThat(problems).extracting(Ssda903Problem::message).containsExactly("must be empty for PLACE T1, which has no provider");
    }

    @Test
    void aMoveIntoOrOutOfATemporaryPlacementNeedsNoReasonAsRule225Has() {
        List<Ssda903Problem> problems = new ArrayList<>();
        Episode usual = rules.episode(episode(3, "C1", "01/04/2024", "S", "C2", "U4", "PR1", "10/09/2024", "X1", null), header, problems);
        Episode hospital = rules.episode(episode(4, "C1", "10/09/2024", "P", "C2", "T0", null, "14/09/2024", "X1", null), header,
                problems);
        Episode back = rules.episode(episode(5, "C1", "14/09/2024", "P", "C2", "U4", "PR1", null, null, null), header, problems);
        assertThat(problems).isEmpty();

        assertThat(rules.child(header, List.of(usual, hospital, back), "episodes.csv", problems)).isNotNull();
        assertThat(problems).isEmpty();
    }

    @Test
    void aChildsEpisodesFollowOnAndAMoveSaysWhy() {
        List<Ssda903Problem> problems = new ArrayList<>();
        Episode first = rules.episode(episode(3, "C1", "01/04/2024", "S", "C2", "U4", "PR1", "10/09/2024", "X1", null), header, problems);
        Episode move = rules.episode(episode(4, "C1", "10/09/2024", "P", "C2", "U6", "PR4", null, null, null), header, problems);
        assertThat(problems).isEmpty();

        assertThat(rules.child(header, List.of(move, first), "episodes.csv", problems)).isNull();
        assertThat(problems).extracting(Ssda903Problem::row, Ssda903Problem::column).containsExactly(
                tuple(3L, "REASON_PLACE_CHANGE"));

        problems.clear();
        Episode withReason = rules.episode(episode(3, "C1", "01/04/2024", "S", "C2", "U4", "PR1", "10/09/2024", "X1", "CARPL"),
                header, problems);
        ImportedChild child = rules.child(header, List.of(move, withReason), "episodes.csv", problems);
        assertThat(problems).isEmpty();
        assertThat(child.placements()).extracting(ImportedPlacement::place).containsExactly("U4", "U6");
        assertThat(child.placements().get(0).end()).isEqualTo(LocalDate.of(2024, 9, 10));
    }

    @Test
    void aLegalStatusChangeContinuesThePlacementAndMayNotMoveIt() {
        List<Ssda903Problem> problems = new ArrayList<>();
        Episode first = rules.episode(episode(3, "C1", "01/04/2024", "S", "V2", "U4", "PR1", "10/09/2024", "X1", null), header, problems);
        Episode legal = rules.episode(episode(4, "C1", "10/09/2024", "L", "C2", "U4", "PR1", null, null, null), header, problems);
        ImportedChild child = rules.child(header, List.of(first, legal), "episodes.csv", problems);
        assertThat(problems).isEmpty();
        assertThat(child.placements()).hasSize(1);
        assertThat(child.placements().get(0).episodes()).extracting(Episode::legalStatus).containsExactly("V2", "C2");

        Episode moved = rules.episode(episode(4, "C1", "10/09/2024", "L", "C2", "U6", "PR4", null, null, null), header, problems);
        assertThat(rules.child(header, List.of(first, moved), "episodes.csv", problems)).isNull();
        assertThat(problems).extracting(Ssda903Problem::column).containsExactly("PLACE", "PLACE_PROVIDER");
    }

    @Test
    void overlappingOrStillOpenEpisodesAreRefused() {
        List<Ssda903Problem> problems = new ArrayList<>();
        Episode open = rules.episode(episode(3, "C1", "01/04/2024", "S", "C2", "U4", "PR1", null, null, null), header, problems);
        Episode later = rules.episode(episode(4, "C1", "01/06/2024", "S", "C2", "U6", "PR1", null, null, null), header, problems);
        assertThat(rules.child(header, List.of(open, later), "episodes.csv", problems)).isNull();
        assertThat(problems.get(0).message())
                .isEqualTo("starts while the episode on row 3 is still open (its DEC is empty): only a child's last episode can be open");
    }

    private static Ssda903Csv.Row episode(long number, String child, String start, String reason, String legal, String place,
            String provider, String end, String rec, String placeChange) {
        Map<String, String> cells = new HashMap<>();
        cells.put("CHILD", child);
        cells.put("DECOM", start);
        cells.put("RNE", reason);
        cells.put("LS", legal);
        cells.put("CIN", "N1");
        cells.put("PLACE", place);
        cells.put("PLACE_PROVIDER", provider);
        cells.put("DEC", end);
        cells.put("REC", rec);
        cells.put("REASON_PLACE_CHANGE", placeChange);
        cells.put("HOME_POST", "WS1 1");
        cells.put("PL_POST", "WS2 8");
        cells.put("URN", "XXXXXXX");
        return new Ssda903Csv.Row("episodes.csv", number, cells, EPISODE_COLUMNS.size(), EPISODE_COLUMNS.size());
    }

    private static Ssda903Csv.Row row(String file, long number, Map<String, String> cells) {
        return new Ssda903Csv.Row(file, number, cells, cells.size(), cells.size());
    }
}
