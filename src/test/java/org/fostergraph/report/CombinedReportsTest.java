package org.fostergraph.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.fostergraph.SeededGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commissioner who asks for every grouping of the placement mix on one day, and sufficiency, and puts the
 * answers together as a system of sums (each group = internal + external; each table's groups add up to the
 * coarser table's groups and to the council's totals), recovers no hidden cell: solving every sum with exactly
 * one unknown, over and over, never reaches a hidden count of a child, nor narrows hidden cells to a sum under
 * the threshold.
 */
class CombinedReportsTest extends SeededGraphTest {

    private static final String DAY = "2026-10-31";
    private static final List<String> DIMENSIONS = List.of("LOCALITY", "AGE_BAND", "PLACEMENT_TYPE", "PROVIDER");
    private static final List<String> COLUMNS = List.of("total", "internal", "external", "weeklyCost");

    /** A cell of one grouping: its dimensions (a bit per dimension), its key and the column. */
    private record Cell(int grouping, List<String> key, String column) {
    }

    /** The published cells (null when hidden) of every grouping. */
    private final Map<Cell, Double> published = new LinkedHashMap<>();
    private final List<List<Cell>> sums = new ArrayList<>();

    @Test
    void everyGroupingOfThePlacementMixTogetherGivesNoHiddenCellAway() {
        for (int grouping = 0; grouping < 1 << DIMENSIONS.size(); grouping++) {
            read(grouping);
        }
        long hidden = published.values().stream().filter(value -> value == null).count();
        assertThat(hidden).as("the demo council's tables hide some cells, or this test proves nothing").isGreaterThan(100);
        for (Cell cell : List.copyOf(published.keySet())) {
            if (cell.column().equals("total")) {
                sums.add(List.of(cell, new Cell(cell.grouping(), cell.key(), "internal"), new Cell(cell.grouping(), cell.key(), "external")));
            }
        }
        for (int grouping = 1; grouping < 1 << DIMENSIONS.size(); grouping++) {
            for (int dimension = 0; dimension < DIMENSIONS.size(); dimension++) {
                if ((grouping & 1 << dimension) != 0) {
                    addMargins(grouping, dimension);
                }
            }
        }

        Map<Cell, Double> known = new HashMap<>();
        published.forEach((cell, value) -> {
            if (value != null) {
                known.put(cell, value);
            }
        });
        List<Cell> recovered = new ArrayList<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (List<Cell> sum : sums) {
                List<Cell> unknown = sum.stream().filter(cell -> !known.containsKey(cell)).toList();
                if (unknown.size() == 1) {
                    Cell cell = unknown.get(0);
                    double rest = 0;
                    for (int i = 1; i < sum.size(); i++) {
                        rest += sum.get(i).equals(cell) ? 0 : known.get(sum.get(i));
                    }
                    known.put(cell, cell.equals(sum.get(0)) ? rest : known.get(sum.get(0)) - rest);
                    recovered.add(cell);
                    progress = true;
                }
                else if (unknown.size() > 1 && !unknown.contains(sum.get(0)) && !sum.get(0).column().equals("weeklyCost")) {
                    double rest = known.get(sum.get(0));
                    for (int i = 1; i < sum.size(); i++) {
                        rest -= known.getOrDefault(sum.get(i), 0.0);
                    }
                    if (rest == 0) {
                        // Hidden cells adding up to none are all zero (as a private home's in-house count always is).
                        unknown.forEach(cell -> known.put(cell, 0.0));
                        recovered.addAll(unknown);
                        progress = true;
                    }
                    else {
                        assertThat(rest).as("hidden cells %s add up to %s", unknown, rest).isGreaterThanOrEqualTo(5);
                    }
                }
            }
        }
        // A hidden zero worked out says no child is there; a hidden count worked out picks children out.
        assertThat(recovered.stream().filter(cell -> known.get(cell) != 0)).isEmpty();
    }

    @Test
    void theCoarserTablesStayReadable() {
        // Suppressing the sixteen tables together must not hide what a commissioner asks first: the four localities'
        // and the placement types' counts and spend on the demo council (README).
        graphQl.documentName("placementMix").variable("asOf", DAY).variable("groupBy", List.of("LOCALITY")).execute()
                .path("placementMix.groups[*].total").entityList(String.class).containsExactly("100", "122", "118", "137")
                .path("placementMix.groups[*].internal").entityList(String.class).containsExactly("44", "47", "56", "64");
        graphQl.documentName("placementMix").variable("asOf", DAY).variable("groupBy", List.of("PLACEMENT_TYPE")).execute()
                .path("placementMix.groups[*].key").entityList(Object.class).isEqualTo(List.of(List.of("IN_HOUSE_FOSTERING"),
                        List.of("CONNECTED_PERSON_FOSTERING"), List.of("IFA_FOSTERING"), List.of("COUNCIL_CHILDRENS_HOME"),
                        List.of("PRIVATE_CHILDRENS_HOME"), List.of("OTHER")))
                .path("placementMix.groups[*].total").entityList(String.class).containsExactly("153", "53", "154", "5", "56", "56")
                .path("placementMix.groups[*].weeklyCost").entityList(Double.class)
                .containsExactly(63014.0, 16580.0, 127530.0, 21500.0, 323170.0, 89940.0);
    }

    @Test
    void sufficiencyHidesAChildrenPlacedExternallyCountWhereThePlacementMixDoes() {
        read(1 << DIMENSIONS.indexOf("LOCALITY") | 1 << DIMENSIONS.indexOf("AGE_BAND"));
        Map<List<String>, String> mix = new HashMap<>();
        published.forEach((cell, value) -> {
            if (cell.column().equals("external")) {
                mix.put(cell.key(), value == null ? "c" : String.valueOf(value.intValue()));
            }
        });
        var response = graphQl.documentName("sufficiency").variable("asOf", DAY).execute();
        List<String> names = response.path("sufficiency.localities[*].name").entityList(String.class).get();
        int compared = 0;
        int hidden = 0;
        for (int l = 0; l < names.size(); l++) {
            List<String> bands = response.path("sufficiency.localities[" + l + "].demand[*].ageBand").entityList(String.class).get();
            List<String> placed = response.path("sufficiency.localities[" + l + "].demand[*].placedExternally").entityList(String.class).get();
            for (int b = 0; b < bands.size(); b++) {
                String inMix = mix.getOrDefault(List.of(names.get(l), bands.get(b)), "0");
                assertThat(placed.get(b)).as("%s %s", names.get(l), bands.get(b)).isEqualTo(inMix);
                compared++;
                hidden += inMix.equals("c") ? 1 : 0;
            }
        }
        assertThat(compared).isEqualTo(names.size() * 5);
        assertThat(hidden).isGreaterThan(0);
    }

    private void read(int grouping) {
        List<String> groupBy = new ArrayList<>();
        for (int dimension = 0; dimension < DIMENSIONS.size(); dimension++) {
            if ((grouping & 1 << dimension) != 0) {
                groupBy.add(DIMENSIONS.get(dimension));
            }
        }
        var response = graphQl.documentName("placementMix").variable("asOf", DAY).variable("groupBy", groupBy).execute();
        if (grouping == 0) {
            for (String column : List.of("total", "internal", "external")) {
                published.put(new Cell(0, List.of(), column), response.path("placementMix." + column).entity(Double.class).get());
            }
            published.put(new Cell(0, List.of(), "weeklyCost"),
                    response.path("placementMix.weeklyCostInternal").entity(Double.class).get()
                            + response.path("placementMix.weeklyCostExternal").entity(Double.class).get());
            return;
        }
        List<List<String>> keys = response.path("placementMix.groups[*].key").entityList(Object.class).get().stream()
                .map(key -> ((List<?>) key).stream().map(String::valueOf).toList()).toList();
        for (String column : COLUMNS) {
            List<String> values = response.path("placementMix.groups[*]." + column).entityList(Object.class).get().stream()
                    .map(value -> value == null ? null : String.valueOf(value)).toList();
            for (int i = 0; i < keys.size(); i++) {
                String value = values.get(i);
                published.put(new Cell(grouping, keys.get(i), column),
                        value == null || value.equals("c") ? null : Double.valueOf(value));
            }
        }
    }

    /** For each group of the grouping without {@code dimension}: it, then the groups of {@code grouping} adding up to it. */
    private void addMargins(int grouping, int dimension) {
        int coarser = grouping & ~(1 << dimension);
        int position = Integer.bitCount(grouping & ((1 << dimension) - 1));
        for (String column : COLUMNS) {
            Map<List<String>, List<Cell>> parts = new LinkedHashMap<>();
            for (Cell cell : published.keySet()) {
                if (cell.grouping() == grouping && cell.column().equals(column)) {
                    List<String> key = new ArrayList<>(cell.key());
                    key.remove(position);
                    parts.computeIfAbsent(key, k -> new ArrayList<>()).add(cell);
                }
            }
            parts.forEach((key, cells) -> {
                List<Cell> sum = new ArrayList<>();
                sum.add(new Cell(coarser, key, column));
                sum.addAll(cells);
                sums.add(sum);
            });
        }
    }
}
