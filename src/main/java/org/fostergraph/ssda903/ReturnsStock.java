package org.fostergraph.ssda903;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fostergraph.care.CareCategory;

/**
 * What a council's SSDA903 returns themselves say about the children in care on a day, every child included (those
 * an import refused too), read straight from the Episodes files: the figure the public demand model is checked
 * against. The returns are stitched as that model does: an episode is keyed by child and start, and a later return's
 * copy replaces an earlier one's; a child's latest-starting episode open on the day places them.
 */
public final class ReturnsStock {

    private record Stay(LocalDate start, LocalDate end, String place) {
    }

    private final Map<String, Map<LocalDate, Stay>> episodesByChild = new HashMap<>();
    private final java.util.List<Integer> collectionYears = new java.util.ArrayList<>();

    /** The Episodes files, oldest return first. */
    public ReturnsStock(List<Ssda903Source> episodesFiles) {
        for (Ssda903Source file : episodesFiles) {
            Map<Integer, Integer> datesByYear = new HashMap<>();
            Ssda903Csv.forEachRow(file, Ssda903Table.EPISODES, row -> {
                LocalDate start = Ssda903Rules.dayOrNull(row.get("DECOM"));
                LocalDate end = Ssda903Rules.dayOrNull(row.get("DEC"));
                for (LocalDate day : java.util.Arrays.asList(start, end)) {
                    if (day != null) {
                        datesByYear.merge(org.fostergraph.care.Ssda903Codes.collectionYear(day), 1, Integer::sum);
                    }
                }
                String child = row.get("CHILD");
                if (child != null && start != null) {
                    episodesByChild.computeIfAbsent(child, c -> new HashMap<>())
                            .put(start, new Stay(start, end, row.get("PLACE")));
                }
            });
            org.fostergraph.care.Ssda903Codes.yearOfReturn(datesByYear).ifPresent(collectionYears::add);
        }
    }

    /** Each return's collection year (2019 for 2019/20): as the importer reads it (Ssda903Codes#yearOfReturn). */
    public List<Integer> collectionYears() {
        return List.copyOf(collectionYears);
    }

    /** Children in care on the day, by category of placement. */
    public Map<CareCategory, Integer> inCareOn(LocalDate day) {
        Map<CareCategory, Integer> counts = new EnumMap<>(CareCategory.class);
        for (CareCategory category : CareCategory.values()) {
            counts.put(category, 0);
        }
        for (Map<LocalDate, Stay> stays : episodesByChild.values()) {
            Stay latest = null;
            for (Stay stay : stays.values()) {
                boolean open = !stay.start().isAfter(day) && (stay.end() == null || stay.end().isAfter(day));
                if (open && (latest == null || stay.start().isAfter(latest.start()))) {
                    latest = stay;
                }
            }
            if (latest != null) {
                counts.merge(CareCategory.of(latest.place()), 1, Integer::sum);
            }
        }
        return counts;
    }
}
