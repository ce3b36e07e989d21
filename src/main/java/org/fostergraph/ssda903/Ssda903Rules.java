package org.fostergraph.ssda903;

import org.fostergraph.care.Ssda903Codes;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.fostergraph.care.PlaceKind;
import org.fostergraph.care.Sex;
import org.fostergraph.geo.Postcode;
import org.fostergraph.care.Ssda903Codes.CodeList;

/**
 * The checks every row and every child's episodes pass before anything is written: dates, codes from the
 * code-list data file (by the collection year each episode starts in), and the order of a child's episodes. Each
 * problem names the file, row, column and value.
 */
final class Ssda903Rules {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** A dd/mm/yyyy cell as a day, or null when it is empty or not a date (the row's own checks report that). */
    static LocalDate dayOrNull(String cell) {
        try {
            return cell == null ? null : LocalDate.parse(cell, LENIENT_DIGITS);
        }
        catch (DateTimeParseException notADate) {
            return null;
        }
    }
    private static final DateTimeFormatter LENIENT_DIGITS = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    /** An Ofsted unique reference number: SC and six digits for children's homes, six or seven digits otherwise. */
    private static final Pattern URN = Pattern.compile("(SC)?[0-9]{6,7}");
    private static final String NO_URN = "XXXXXXX";
    /** Placement types with no provider: temporary placements and the 2025/26 "other" codes. */
    private static final int MAX_CHILD_ID_LENGTH = 50;

    private final Ssda903Codes codes;
    private final LocalDate today;

    Ssda903Rules(Ssda903Codes codes, LocalDate today) {
        this.codes = codes;
        this.today = today;
    }

    /** The Header row, or null when it names no child; problems go to {@code problems}. */
    HeaderRow header(Ssda903Csv.Row row, List<Ssda903Problem> problems) {
        String child = childId(row, problems);
        Sex sex = Sex.ofSsda903(row.get("SEX"));
        if (sex == null) {
            problems.add(problem(row, "SEX", "must be M (male), F (female) or U (not known), or before 2024/25 1 (male) or 2 (female)"));
        }
        LocalDate dateOfBirth = date(row, "DOB", true, problems);
        // The DfE's rule 103 refuses an empty ETHNIC too; fostergraph takes the child and leaves it for the council to add.
        String ethnicity = code(row, "ETHNIC", CodeList.ETHNIC, today, false, problems);
        String mother = motherhood(row.get("MOTHER"));
        if (row.get("MOTHER") != null && mother == null) {
            problems.add(problem(row, "MOTHER", "must be 1 (the child is a mother), 0 (she is not) or empty"));
        }
        LocalDate firstChildBorn = date(row, "MC_DOB", false, problems);
        return child == null ? null : new HeaderRow(row.number(), child, sex, dateOfBirth, ethnicity, mother, firstChildBorn);
    }

    /** MOTHER as 1 or 0; a spreadsheet's 1.0 and 0.0 are read as the DfE's validator reads them, as 1 and 0. */
    private static String motherhood(String text) {
        if (text == null) {
            return null;
        }
        return switch (text) {
            case "1", "1.0" -> "1";
            case "0", "0.0" -> "0";
            default -> null;
        };
    }

    /** The Episodes row, or null when it names no child; problems go to {@code problems}. */
    Episode episode(Ssda903Csv.Row row, HeaderRow header, List<Ssda903Problem> problems) {
        String child = childId(row, problems);
        if (child != null && header == null) {
            problems.add(problem(row, "CHILD", "is not in the Header file: every child with episodes needs a Header row"));
        }
        LocalDate start = date(row, "DECOM", true, problems);
        LocalDate end = date(row, "DEC", false, problems);
        if (start != null && header != null && header.dateOfBirth() != null && start.isBefore(header.dateOfBirth())) {
            problems.add(problem(row, "DECOM", "is before the child's date of birth in the Header file"));
        }
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(problem(row, "DEC", "is before the episode's start (DECOM " + row.get("DECOM") + ")"));
        }
        LocalDate codeDay = start == null ? today : start;
        String newEpisodeReason = code(row, "RNE", CodeList.RNE, codeDay, true, problems);
        String legalStatus = code(row, "LS", CodeList.LS, codeDay, true, problems);
        String needCategory = code(row, "CIN", CodeList.CIN, codeDay, true, problems);
        String place = code(row, "PLACE", CodeList.PLACE, codeDay, true, problems);
        String provider;
        if (place != null && PlaceKind.takesNoProvider(place)) {
            provider = null;
            if (row.get("PLACE_PROVIDER") != null) {
                problems.add(problem(row, "PLACE_PROVIDER", "must be empty for PLACE " + place + ", which has no provider"));
            }
        }
        else {
            provider = code(row, "PLACE_PROVIDER", CodeList.PLACE_PROVIDER, codeDay, true, problems);
        }
        String endReason = code(row, "REC", CodeList.REC, end == null ? codeDay : end, false, problems);
        if (end == null && row.get("REC") != null) {
            problems.add(problem(row, "REC", "is given but DEC is empty: an open episode has no reason it ceased"));
        }
        if (end != null && row.get("REC") == null) {
            problems.add(problem(row, "REC", "is needed because the episode ended (DEC " + row.get("DEC") + ")"));
        }
        String placeChangeReason = code(row, "REASON_PLACE_CHANGE", CodeList.REASON_PLACE_CHANGE, codeDay, false, problems);
        Postcode homePost = postcode(row, "HOME_POST", problems);
        Postcode placementPost = postcode(row, "PL_POST", problems);
        String urn = urn(row, problems);
        if (child == null) {
            return null;
        }
        return new Episode(row.number(), child, start, newEpisodeReason, legalStatus, needCategory, place, provider, end,
                endReason, placeChangeReason, homePost, placementPost, urn);
    }

    /**
     * Checks the order of one child's episodes (every row already valid on its own) and groups them into
     * placements; answers null when a problem was found.
     */
    ImportedChild child(HeaderRow header, List<Episode> unordered, String episodesFile, List<Ssda903Problem> problems) {
        List<Episode> episodes = unordered.stream()
                .sorted(Comparator.comparing(Episode::start).thenComparingLong(Episode::row)).toList();
        int before = problems.size();
        for (int i = 1; i < episodes.size(); i++) {
            checkSequence(episodes.get(i - 1), episodes.get(i), episodesFile, problems);
        }
        Episode last = episodes.get(episodes.size() - 1);
        if (last.continues()) {
            problems.add(new Ssda903Problem(episodesFile, last.row(), "REC", "X1",
                    "REC X1 says a new episode starts the day this one ends, but the child has no later episode"));
        }
        if (problems.size() > before) {
            return null;
        }
        List<ImportedPlacement> placements = placements(episodes);
        Postcode homePost = null;
        long homeSectorRow = 0;
        for (Episode episode : episodes) {
            if (episode.homePost() != null) {
                homePost = episode.homePost();
                homeSectorRow = episode.row();
            }
        }
        return new ImportedChild(header, homePost, homeSectorRow, placements, episodes.size() + 1);
    }

    private void checkSequence(Episode previous, Episode next, String file, List<Ssda903Problem> problems) {
        String previousEnd = previous.end() == null ? null : previous.end().format(DATE);
        String nextStart = next.start().format(DATE);
        if (next.start().equals(previous.start())) {
            problems.add(new Ssda903Problem(file, next.row(), "DECOM", nextStart,
                    "starts on the same day as the episode on row " + previous.row()));
            return;
        }
        if (previous.end() == null) {
            problems.add(new Ssda903Problem(file, next.row(), "DECOM", nextStart, "starts while the episode on row "
                    + previous.row() + " is still open (its DEC is empty): only a child's last episode can be open"));
            return;
        }
        if (next.start().isBefore(previous.end())) {
            problems.add(new Ssda903Problem(file, next.row(), "DECOM", nextStart, "overlaps the episode on row "
                    + previous.row() + ", which ends on " + previousEnd));
            return;
        }
        boolean sameDay = next.start().equals(previous.end());
        if (previous.continues() && !sameDay) {
            problems.add(new Ssda903Problem(file, previous.row(), "REC", "X1", "REC X1 says the next episode starts on "
                    + previousEnd + ", but the child's next episode (row " + next.row() + ") starts on " + nextStart));
            return;
        }
        if (previous.continues() && "S".equals(next.newEpisodeReason())) {
            problems.add(new Ssda903Problem(file, next.row(), "RNE", "S", "RNE S says the child started to be looked "
                    + "after, but the episode on row " + previous.row() + " ended with REC X1 (the child stayed in care)"));
        }
        if (!previous.continues() && !"S".equals(next.newEpisodeReason())) {
            problems.add(new Ssda903Problem(file, next.row(), "RNE", next.newEpisodeReason(), "must be S: the child left "
                    + "care when the episode on row " + previous.row() + " ended (REC " + previous.endReason() + ")"));
        }
        if (previous.continues() && next.legalStatusOnly()) {
            checkSamePlacement(previous, next, file, problems);
            if (previous.placeChangeReason() != null) {
                problems.add(new Ssda903Problem(file, previous.row(), "REASON_PLACE_CHANGE", previous.placeChangeReason(),
                        "is only given when the placement ends, but the next episode (row " + next.row()
                                + ") changes the legal status only (RNE L)"));
            }
        }
        // As the DfE's rule 225: a move into or out of a temporary placement (T0–T4) needs no reason for the change.
        if (previous.continues() && !next.legalStatusOnly() && !"S".equals(next.newEpisodeReason())
                && previous.placeChangeReason() == null && !PlaceKind.isTemporary(previous.place())
                && !PlaceKind.isTemporary(next.place())) {
            problems.add(new Ssda903Problem(file, previous.row(), "REASON_PLACE_CHANGE", null, "is needed: the child "
                    + "moves to a new placement on " + nextStart + " (row " + next.row() + ", RNE " + next.newEpisodeReason() + ")"));
        }
    }

    private static void checkSamePlacement(Episode previous, Episode next, String file, List<Ssda903Problem> problems) {
        String[][] columns = {
                {"PLACE", previous.place(), next.place()},
                {"PLACE_PROVIDER", previous.provider(), next.provider()},
                {"PL_POST", normalised(previous.placementPost()), normalised(next.placementPost())},
                {"URN", previous.urn(), next.urn()}};
        for (String[] column : columns) {
            if (!Objects.equals(column[1], column[2])) {
                problems.add(new Ssda903Problem(file, next.row(), column[0], column[2], "RNE L says only the legal status "
                        + "changed, but " + column[0] + " differs from the episode on row " + previous.row() + " ("
                        + Objects.requireNonNullElse(column[1], "empty") + ")"));
            }
        }
    }

    private static List<ImportedPlacement> placements(List<Episode> episodes) {
        List<ImportedPlacement> placements = new ArrayList<>();
        List<Episode> run = new ArrayList<>();
        String carerKey = null;
        for (int i = 0; i < episodes.size(); i++) {
            Episode episode = episodes.get(i);
            Episode previous = i == 0 ? null : episodes.get(i - 1);
            boolean carriesOn = previous != null && previous.continues();
            if (run.isEmpty() || !(carriesOn && episode.legalStatusOnly())) {
                if (!run.isEmpty()) {
                    placements.add(placement(run, carerKey));
                }
                boolean sameCarers = carriesOn && episode.sameCarers() && carerKey != null;
                carerKey = episode.urn() != null ? "URN|" + episode.urn()
                        : sameCarers ? carerKey : "CARERS|" + episode.child() + "|" + episode.start();
                run = new ArrayList<>();
            }
            run.add(episode);
        }
        placements.add(placement(run, carerKey));
        return placements;
    }

    private static ImportedPlacement placement(List<Episode> run, String carerKey) {
        Episode first = run.get(0);
        Episode last = run.get(run.size() - 1);
        return new ImportedPlacement(first.child(), first.start(), last.end(), first.place(), first.provider(),
                first.newEpisodeReason(), last.endReason(), last.placeChangeReason(), first.placementSector(), first.urn(),
                carerKey, null, List.copyOf(run));
    }

    private static String childId(Ssda903Csv.Row row, List<Ssda903Problem> problems) {
        String child = row.get("CHILD");
        if (child == null) {
            problems.add(problem(row, "CHILD", "is empty: every row needs the council's id for the child"));
            return null;
        }
        if (child.length() > MAX_CHILD_ID_LENGTH || child.chars().anyMatch(Character::isISOControl)) {
            problems.add(problem(row, "CHILD", "is not a child id (at most " + MAX_CHILD_ID_LENGTH
                    + " characters, no control characters)"));
            return null;
        }
        return child;
    }

    private LocalDate date(Ssda903Csv.Row row, String column, boolean required, List<Ssda903Problem> problems) {
        String text = row.get(column);
        if (text == null) {
            if (required) {
                problems.add(problem(row, column, "is empty; a date as dd/mm/yyyy is needed"));
            }
            return null;
        }
        LocalDate date = dayOrNull(text);
        if (date == null) {
            problems.add(problem(row, column, "is not a date as dd/mm/yyyy"));
            return null;
        }
        if (date.isAfter(today)) {
            problems.add(problem(row, column, "is in the future (today is " + today.format(DATE) + ")"));
            return null;
        }
        return date;
    }

    private String code(Ssda903Csv.Row row, String column, CodeList list, LocalDate day, boolean required,
            List<Ssda903Problem> problems) {
        String code = row.get(column);
        if (code == null) {
            if (required) {
                problems.add(problem(row, column, "is empty; it must be one of the " + column + " codes"));
            }
            return null;
        }
        if (!codes.isValid(list, code, day)) {
            int year = Ssda903Codes.collectionYear(day);
            problems.add(problem(row, column, "is not a " + column + " code in the " + Ssda903Codes.yearLabel(year) + " code list"));
            return null;
        }
        return code;
    }

    /** A full postcode, as the DfE collects it, or a postcode sector; either in any case and spacing. */
    private static Postcode postcode(Ssda903Csv.Row row, String column, List<Ssda903Problem> problems) {
        String text = row.asGiven(column);
        if (text == null) {
            return null;
        }
        Postcode postcode = Postcode.parse(text);
        if (postcode == null) {
            problems.add(problem(row, column, "is neither a postcode (for example WS2 8AB) nor a postcode sector (WS2 8)"));
        }
        return postcode;
    }

    private static String normalised(Postcode postcode) {
        return postcode == null ? null : postcode.normalised();
    }

    private static String urn(Ssda903Csv.Row row, List<Ssda903Problem> problems) {
        String urn = row.get("URN");
        if (urn == null || NO_URN.equals(urn)) {
            return null;
        }
        if (!URN.matcher(urn).matches()) {
            problems.add(problem(row, "URN", "is not an Ofsted URN (SC and six digits, or six or seven digits) nor "
                    + NO_URN + " for none"));
            return null;
        }
        return urn;
    }

    private static Ssda903Problem problem(Ssda903Csv.Row row, String column, String message) {
        return new Ssda903Problem(row.file(), row.number(), column, row.get(column), message);
    }
}
