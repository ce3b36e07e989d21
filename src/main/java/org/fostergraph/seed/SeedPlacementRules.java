package org.fostergraph.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fostergraph.care.PlaceKind;
import org.fostergraph.care.Ssda903Codes;
import org.fostergraph.care.Ssda903Codes.CodeList;

/**
 * The SSDA903 rules an imported return must pass, applied to the seed's children and placements before any is loaded, so
 * that the demo holds nothing a council's return could not (a placement before a child's birth once made the reports
 * fail). Each rule names the DfE's; the export of the demo is checked against all of them by the public validator in CI.
 */
final class SeedPlacementRules {

    private final Ssda903Codes codes;

    SeedPlacementRules(Ssda903Codes codes) {
        this.codes = codes;
    }

    /** Throws a {@link SeedException} naming the file, line and rule of the first placement that breaks one. */
    void check(List<Map<String, Object>> children, List<Map<String, Object>> placements) {
        Map<String, LocalDate> bornOn = new HashMap<>();
        children.forEach(child -> bornOn.put((String) child.get("id"), date(child.get("dateOfBirth"))));
        Map<String, List<Integer>> placementsOfChild = new HashMap<>();
        for (int i = 0; i < placements.size(); i++) {
            Map<String, Object> placement = placements.get(i);
            placementsOfChild.computeIfAbsent((String) placement.get("childId"), child -> new ArrayList<>()).add(i);
            checkOne(placement, line(i), bornOn.get((String) placement.get("childId")));
        }
        placementsOfChild.values().forEach(rows -> checkSequence(placements, rows));
    }

    private void checkOne(Map<String, Object> placement, int line, LocalDate born) {
        LocalDate start = date(placement.get("start"));
        LocalDate end = date(placement.get("end"));
        if (born != null && start.isBefore(born)) {
            fail(line, "starts on " + start + ", before the child's date of birth " + born + " (the DfE's rule 302)");
        }
        if (end != null && !end.isAfter(start)) {
            fail(line, "ends on " + end + ", not after it starts on " + start + " (the DfE's rules 356 and 355)");
        }
        String place = (String) placement.get("placeCode");
        code(line, CodeList.PLACE, place, start, "placeCode", "146");
        String provider = (String) placement.get("providerCode");
        if (PlaceKind.takesNoProvider(place)) {
            if (provider != null) {
                fail(line, "gives providerCode " + provider + " for placeCode " + place + ", which takes none (the DfE's rules 213 and 178)");
            }
        }
        else if (provider == null) {
            fail(line, "has no providerCode for placeCode " + place + " (the DfE's rule 526)");
        }
        else {
            code(line, CodeList.PLACE_PROVIDER, provider, start, "providerCode", "178");
        }
        if (placement.get("legalStatus") != null) {
            code(line, CodeList.LS, (String) placement.get("legalStatus"), start, "legalStatus", "144");
        }
        if (placement.get("needCategory") != null) {
            code(line, CodeList.CIN, (String) placement.get("needCategory"), start, "needCategory", "145");
        }
        String endReason = (String) placement.get("endReason");
        if ((end == null) != (endReason == null)) {
            fail(line, (end == null ? "gives an endReason but no end" : "ends but gives no endReason") + " (the DfE's rule 148)");
        }
        if (endReason != null && !codes.isValid(CodeList.REC, endReason, end) && !codes.isValid(CodeList.REASON_PLACE_CHANGE, endReason, end)) {
            fail(line, "endReason " + endReason + " is neither a REC nor a REASON_PLACE_CHANGE code on " + end
                    + " (the DfE's rules 149 and 1009)");
        }
    }

    /** A child's placements: none overlaps another, and one ended by a move is followed by one that starts that day. */
    private void checkSequence(List<Map<String, Object>> placements, List<Integer> rows) {
        List<Integer> ordered = rows.stream().sorted(Comparator.comparing(i -> date(placements.get(i).get("start")))).toList();
        for (int k = 0; k < ordered.size(); k++) {
            Map<String, Object> placement = placements.get(ordered.get(k));
            LocalDate end = date(placement.get("end"));
            Map<String, Object> next = k + 1 < ordered.size() ? placements.get(ordered.get(k + 1)) : null;
            if (next != null && (end == null || date(next.get("start")).isBefore(end))) {
                fail(line(ordered.get(k + 1)), "overlaps the child's placement on line " + line(ordered.get(k))
                        + " (the DfE's rules 142 and 501)");
            }
            String endReason = (String) placement.get("endReason");
            boolean moved = endReason != null && codes.isValid(CodeList.REASON_PLACE_CHANGE, endReason, end)
                    && !codes.isValid(CodeList.REC, endReason, end);
            if (moved && (next == null || !date(next.get("start")).equals(end))) {
                fail(line(ordered.get(k)), "ends with the move reason " + endReason + " but no placement of the child starts on "
                        + end + ": a child who leaves care ends with a REC code (the DfE's rules 149 and 388)");
            }
        }
    }

    private void code(int line, CodeList list, String code, LocalDate day, String column, String rule) {
        if (code == null || !codes.isValid(list, code, day)) {
            fail(line, column + " " + code + " is not a " + list + " code on " + day + " (the DfE's rule " + rule + ")");
        }
    }

    private static void fail(int line, String message) {
        throw new SeedException("placements.csv line " + line + " " + message);
    }

    /** The file's line of a row: the header is line 1 and no seed cell spans lines. */
    private static int line(int index) {
        return index + 2;
    }

    private static LocalDate date(Object value) {
        return value == null ? null : LocalDate.parse((String) value);
    }
}
