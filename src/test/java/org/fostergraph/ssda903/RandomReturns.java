package org.fostergraph.ssda903;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random SSDA903 returns that the DfE's rules accept, for property tests: children with moves, changes of legal status,
 * temporary placements (T0–T4, no provider), agreed series of short breaks (V3/V4), returns to care after going home,
 * and full postcodes or sectors. Every episode is also kept as a plain record, so a test can count from it what the
 * reports should say without any of fostergraph's code.
 */
final class RandomReturns {

    /** One episode as the return has it. */
    record Row(String child, LocalDate start, String newEpisodeReason, String legalStatus, String needCategory, String place,
            String provider, LocalDate end, String endReason, String placeChangeReason, String homePost, String placementPost,
            String urn) {

        boolean openOn(LocalDate day) {
            return !start.isAfter(day) && (end == null || end.isAfter(day));
        }

        boolean shortBreak() {
            return legalStatus.equals("V3") || legalStatus.equals("V4");
        }

        String csv() {
            return String.join(",", child, date(start), newEpisodeReason, legalStatus, needCategory, place, nullToEmpty(provider),
                    end == null ? "" : date(end), nullToEmpty(endReason), nullToEmpty(placeChangeReason), homePost, placementPost, urn);
        }
    }

    record Child(String id, String sex, LocalDate dateOfBirth, String ethnicity) {

        String csv() {
            return String.join(",", id, sex, date(dateOfBirth), ethnicity, "", sex.equals("F") ? "0" : "", "");
        }
    }

    record Return(List<Child> children, List<Row> episodes) {

        String header() {
            StringBuilder text = new StringBuilder("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n");
            children.forEach(child -> text.append(child.csv()).append('\n'));
            return text.toString();
        }

        String episodesFile() {
            StringBuilder text = new StringBuilder(
                    "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n");
            episodes.forEach(row -> text.append(row.csv()).append('\n'));
            return text.toString();
        }
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> FOSTERING = List.of("U1", "U3", "U4", "U6");
    private static final List<String> TEMPORARY = List.of("T0", "T1", "T2", "T3", "T4");
    private static final List<String> PROVIDERS = List.of("PR1", "PR1", "PR4", "PR5", "PR2");
    private static final List<String> ORDERS = List.of("C2", "C2", "C1", "V2");
    private static final List<String> MOVES = List.of("CARPL", "CREQB", "CHILD", "LAREQ", "STAND", "ALLEG");
    private static final List<String> LEAVING = List.of("E13", "E4A", "E41", "E48", "E8");
    private static final List<String> SECTORS = List.of("WS1 1", "WS2 8", "WS9 0", "DY1 4", "B5 4");
    private static final LocalDate FIRST = LocalDate.of(2022, 4, 1);
    /** No date after this: the import refuses dates after today (24/11/2026 in the tests). */
    private static final LocalDate LAST = LocalDate.of(2026, 10, 31);

    private final Random random;

    RandomReturns(long seed) {
        random = new Random(seed);
    }

    Return generate(int children) {
        List<Child> header = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (int c = 1; c <= children; c++) {
            String id = "R" + c;
            LocalDate born = LocalDate.of(2005 + random.nextInt(18), 1 + random.nextInt(12), 1 + random.nextInt(28));
            Child child = new Child(id, random.nextBoolean() ? "M" : "F", born, pick(List.of("WBRI", "MWBC", "APKN", "BAFR", "WOTH")));
            header.add(child);
            LocalDate day = max(FIRST.plusDays(random.nextInt(900)), born.plusDays(1 + random.nextInt(30)));
            boolean shortBreaks = random.nextInt(8) == 0;
            int periods = 1 + (random.nextInt(4) == 0 ? 1 : 0);
            for (int period = 0; period < periods && day.isBefore(LAST.minusDays(10)); period++) {
                day = period(id, day, shortBreaks, rows, period == periods - 1);
                if (day == null) {
                    break;
                }
                day = day.plusDays(20 + random.nextInt(200));
            }
        }
        return new Return(header, rows);
    }

    /** One period of care from {@code start}; answers the day it ended, or null when it is still open. */
    private LocalDate period(String child, LocalDate start, boolean shortBreaks, List<Row> rows, boolean mayStayOpen) {
        String legalStatus = shortBreaks ? pick(List.of("V3", "V4")) : pick(ORDERS);
        String need = "N" + (1 + random.nextInt(8));
        String home = postcode(pick(SECTORS));
        String place = shortBreaks ? pick(FOSTERING) : random.nextInt(6) == 0 ? "K2" : pick(FOSTERING);
        String provider = pick(PROVIDERS);
        String placed = postcode(pick(SECTORS));
        String urn = urn(place);
        String newEpisodeReason = "S";
        LocalDate day = start;
        int episodes = shortBreaks ? 1 : 1 + random.nextInt(5);
        for (int e = 0; e < episodes; e++) {
            boolean last = e == episodes - 1;
            LocalDate end = day.plusDays(15 + random.nextInt(300));
            boolean open = last && mayStayOpen && random.nextBoolean() || end.isAfter(LAST);
            if (open) {
                rows.add(new Row(child, day, newEpisodeReason, legalStatus, need, place, provider, null, null, null, home, placed, urn));
                return null;
            }
            if (last) {
                rows.add(new Row(child, day, newEpisodeReason, legalStatus, need, place, provider, end, pick(LEAVING), null, home,
                        placed, urn));
                return end;
            }
            // The next episode: a move, a temporary placement or back from one, or a change of legal status only.
            boolean temporaryNow = TEMPORARY.contains(place);
            int change = temporaryNow ? 0 : random.nextInt(4);
            String nextPlace;
            String nextProvider;
            String nextPlaced;
            String nextReason;
            String nextLegalStatus = legalStatus;
            String placeChangeReason = null;
            if (change == 3 && !shortBreaks) {
                String current = legalStatus;
                nextLegalStatus = pick(ORDERS.stream().filter(status -> !status.equals(current)).toList());
                nextPlace = place;
                nextProvider = provider;
                nextPlaced = placed;
                nextReason = "L";
            }
            else if (change == 2) {
                nextPlace = pick(TEMPORARY);
                nextProvider = null;
                nextPlaced = postcode(pick(SECTORS));
                nextReason = "P";
            }
            else {
                nextPlace = shortBreaks ? pick(FOSTERING) : random.nextInt(6) == 0 ? "K2" : pick(FOSTERING);
                nextProvider = pick(PROVIDERS);
                nextPlaced = postcode(pick(SECTORS));
                nextReason = "P";
                // A move needs its reason, except into or out of a temporary placement (the DfE's rule 225).
                placeChangeReason = temporaryNow ? null : pick(MOVES);
            }
            rows.add(new Row(child, day, newEpisodeReason, legalStatus, need, place, provider, end, "X1", placeChangeReason, home,
                    placed, urn));
            day = end;
            newEpisodeReason = nextReason;
            legalStatus = nextLegalStatus;
            place = nextPlace;
            provider = nextProvider;
            urn = nextReason.equals("L") ? urn : urn(nextPlace);
            placed = nextPlaced;
        }
        throw new IllegalStateException("unreachable");
    }

    /** A children's home's Ofsted URN; none for any other placement. */
    private String urn(String place) {
        return place.equals("K2") ? "SC" + (100000 + random.nextInt(900000)) : "XXXXXXX";
    }

    /** A sector as it is, or a full postcode in it, in any spacing and case. */
    private String postcode(String sector) {
        return switch (random.nextInt(3)) {
            case 0 -> sector;
            case 1 -> sector + "AB";
            default -> sector.toLowerCase(java.util.Locale.ROOT).replace(" ", "") + "zz";
        };
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static String date(LocalDate day) {
        return day.format(DATE);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
