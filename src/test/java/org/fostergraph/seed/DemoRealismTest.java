package org.fostergraph.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo council looks like a real one (issue 24): its figures on the day it describes, counted here from the seed
 * files, within bands around England's (facts.md; the generator's targets, in {@link DemoCouncilGenerator}).
 * {@code scripts/demo-realism} prints the same figures.
 */
class DemoRealismTest {

    private static final Path SEED = Path.of("seed");
    private static LocalDate day;
    private static List<CSVRecord> placements;
    private static Map<String, CSVRecord> children;
    private static Map<String, CSVRecord> homes;
    private static Set<String> hubs;
    /** Each child's latest-starting placement open on the day. */
    private static Map<String, CSVRecord> current;

    @BeforeAll
    static void read() throws IOException {
        day = LocalDate.parse(rows("council.csv").get(0).get("today"));
        placements = rows("placements.csv");
        children = rows("children.csv").stream().collect(Collectors.toMap(r -> r.get("id"), r -> r));
        homes = rows("households.csv").stream().collect(Collectors.toMap(r -> r.get("id"), r -> r));
        hubs = rows("constellations.csv").stream().map(r -> r.get("hubId")).collect(Collectors.toSet());
        current = new HashMap<>();
        for (CSVRecord p : placements) {
            if (openOn(p, day)) {
                current.merge(p.get("childId"), p, (a, b) -> (b.get("start") + b.get("id")).compareTo(a.get("start") + a.get("id")) > 0 ? b : a);
            }
        }
    }

    @Test
    void inHousePlacesAreEightyToNinetyPerCentFilled() {
        int places = homes.values().stream()
                .filter(h -> h.get("provision").equals("IN_HOUSE_FOSTERING") && h.get("status").equals("APPROVED"))
                .mapToInt(h -> Integer.parseInt(h.get("approvedPlaces")) - (hubs.contains(h.get("id")) ? 2 : 0)).sum();
        long filled = placements.stream().filter(p -> openOn(p, day))
                .filter(p -> homes.get(p.get("householdId")).get("provision").equals("IN_HOUSE_FOSTERING")).count();
        assertThat((double) filled / places).isBetween(0.80, 0.90);
    }

    @Test
    void aboutAThirdOfTheChildrenInCareLeaveAYear() {
        Map<String, CSVRecord> last = new HashMap<>();
        for (CSVRecord p : placements) {
            last.merge(p.get("childId"), p, (a, b) -> (b.get("start") + b.get("id")).compareTo(a.get("start") + a.get("id")) > 0 ? b : a);
        }
        long left = last.values().stream().filter(p -> !p.get("end").isEmpty() && p.get("endReason").startsWith("E"))
                .filter(p -> LocalDate.parse(p.get("end")).isAfter(day.minusYears(1)) && !LocalDate.parse(p.get("end")).isAfter(day))
                .count();
        // England: about 37% (leavers in a year over those in care); the total stays roughly steady.
        assertThat((double) left / current.size()).isBetween(0.28, 0.42);
    }

    @Test
    void theAgeAndSexMixIsEnglands() {
        List<Integer> ages = new ArrayList<>();
        current.keySet().forEach(child -> ages.add(Period.between(LocalDate.parse(children.get(child).get("dateOfBirth")), day).getYears()));
        // England: 16 and over 27%, about 56% male; nobody in care is 18 or over.
        assertThat(ages.stream().filter(age -> age >= 16).count() / (double) ages.size()).isBetween(0.23, 0.31);
        assertThat(ages).allSatisfy(age -> assertThat(age).isLessThan(18));
        assertThat(current.keySet().stream().filter(child -> children.get(child).get("sex").equals("MALE")).count()
                / (double) current.size()).isBetween(0.52, 0.60);
    }

    @Test
    void aboutAFifthArePlacedOverTwentyMilesFromHome() {
        long far = current.entrySet().stream().filter(entry -> {
            CSVRecord child = children.get(entry.getKey());
            CSVRecord home = homes.get(entry.getValue().get("householdId"));
            return miles(Double.parseDouble(child.get("homeLatitude")), Double.parseDouble(child.get("homeLongitude")),
                    Double.parseDouble(home.get("latitude")), Double.parseDouble(home.get("longitude"))) > 20;
        }).count();
        // England: 22% (2024).
        assertThat((double) far / current.size()).isBetween(0.15, 0.30);
    }

    @Test
    void brothersAndSistersAreBornAtLeastTenMonthsApartAndNobodyIsPlacedBeforeBirth() throws IOException {
        for (CSVRecord pair : rows("siblings.csv")) {
            LocalDate a = LocalDate.parse(children.get(pair.get("childId")).get("dateOfBirth"));
            LocalDate b = LocalDate.parse(children.get(pair.get("siblingId")).get("dateOfBirth"));
            assertThat(Math.abs(b.toEpochDay() - a.toEpochDay())).as(pair.toString()).isGreaterThanOrEqualTo(300);
        }
        assertThat(placements).allSatisfy(p -> assertThat(LocalDate.parse(p.get("start")))
                .isAfterOrEqualTo(LocalDate.parse(children.get(p.get("childId")).get("dateOfBirth"))));
    }

    @Test
    void theCostliestPlacementsAreForChildrenWithNeedsRecorded() {
        List<CSVRecord> costly = placements.stream().filter(p -> Double.parseDouble(p.get("weeklyCost")) >= 5000).toList();
        assertThat(costly).isNotEmpty();
        assertThat(costly).allSatisfy(p -> assertThat(children.get(p.get("childId")).get("needs")).isNotEmpty());
    }

    @Test
    void someCarersHaveFewerBedroomsThanPlacesAndSomeAreApprovedForMoreThanTheFosterChildLimit() {
        List<CSVRecord> carers = homes.values().stream()
                .filter(h -> h.get("provision").equals("IN_HOUSE_FOSTERING") && h.get("status").equals("APPROVED")).toList();
        assertThat(carers).anySatisfy(h -> assertThat(Integer.parseInt(h.get("bedrooms"))).isLessThan(Integer.parseInt(h.get("approvedPlaces"))));
        assertThat(carers).anySatisfy(h -> assertThat(Integer.parseInt(h.get("approvedPlaces"))).isGreaterThan(3));
    }

    private static boolean openOn(CSVRecord p, LocalDate on) {
        return !LocalDate.parse(p.get("start")).isAfter(on) && (p.get("end").isEmpty() || LocalDate.parse(p.get("end")).isAfter(on));
    }

    private static double miles(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double h = Math.pow(Math.sin((p2 - p1) / 2), 2) + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
        return 2 * 3958.8 * Math.asin(Math.sqrt(h));
    }

    private static List<CSVRecord> rows(String file) throws IOException {
        try (Reader reader = Files.newBufferedReader(SEED.resolve(file))) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
