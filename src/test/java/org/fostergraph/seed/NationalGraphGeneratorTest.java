package org.fostergraph.seed;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.fostergraph.geo.GeoPoint;
import org.fostergraph.seed.NationalGraphGenerator.CouncilGraph;
import org.fostergraph.seed.NationalGraphGenerator.Part;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The synthetic England is generated once (about 5 s): its size is the issue's, and the day's placement mix, distances
 * and capacity are near facts.md's national figures.
 */
class NationalGraphGeneratorTest {

    private static final NationalGraphShape ENGLAND = NationalGraphShape.england();
    private static final Map<Part, Long> rows = new EnumMap<>(Part.class);
    private static final Map<String, Long> openByProvision = new TreeMap<>();
    private static long open;
    private static long moreThan20Miles;
    private static long outsideBoundary;
    private static final List<String> overCapacity = new ArrayList<>();
    private static final Map<String, Long> householdsByProvision = new TreeMap<>();

    @BeforeAll
    static void generateEngland() {
        new NationalGraphGenerator(ENGLAND).generate(NationalGraphGeneratorTest::tally);
    }

    private static void tally(CouncilGraph council) {
        council.rows().forEach((part, list) -> rows.merge(part, (long) list.size(), Long::sum));
        Map<String, Map<String, Object>> households = new HashMap<>();
        council.rows(Part.HOUSEHOLD).forEach(h -> {
            households.put((String) h.get("id"), h);
            householdsByProvision.merge((String) h.get("provision"), 1L, Long::sum);
        });
        Map<String, Map<String, Object>> children = new HashMap<>();
        council.rows(Part.CHILD).forEach(c -> children.put((String) c.get("id"), c));
        Map<String, Integer> hubs = new HashMap<>();
        council.rows(Part.CONSTELLATION).forEach(c -> hubs.put((String) c.get("hubId"), 2));
        Map<String, Integer> childrenPlaced = new HashMap<>();
        for (Map<String, Object> placement : council.rows(Part.PLACEMENT)) {
            if (placement.get("end") != null) {
                continue;
            }
            Map<String, Object> home = households.get(placement.get("householdId"));
            Map<String, Object> child = children.get(placement.get("childId"));
            open++;
            openByProvision.merge((String) home.get("provision"), 1L, Long::sum);
            double metres = metres((double) home.get("latitude"), (double) home.get("longitude"),
                    (double) child.get("homeLatitude"), (double) child.get("homeLongitude"));
            if (metres > 20 * org.fostergraph.care.Distances.METRES_PER_MILE) {
                moreThan20Miles++;
            }
            if (home.get("localityId") == null) {
                outsideBoundary++;
            }
            childrenPlaced.merge((String) home.get("id"), 1, Integer::sum);
        }
        childrenPlaced.forEach((id, count) -> {
            int places = (int) households.get(id).get("approvedPlaces") - hubs.getOrDefault(id, 0);
            if (count > places) {
                overCapacity.add(id + " holds " + count + " of " + places);
            }
        });
    }

    @Test
    void hasEnglandsSize() {
        assertThat(rows.get(Part.COUNCIL)).isEqualTo(150);
        assertThat(rows.get(Part.CONSTELLATION)).isEqualTo(300);
        assertThat(open).as("children in care on the day, one open placement each").isEqualTo(83_600);
        long fostering = householdsByProvision.get("IN_HOUSE_FOSTERING") + householdsByProvision.get("CONNECTED_PERSON")
                + householdsByProvision.get("IFA_FOSTERING");
        assertThat(fostering).isEqualTo(45_000);
        assertThat(householdsByProvision.get("IN_HOUSE_RESIDENTIAL") + householdsByProvision.get("PRIVATE_RESIDENTIAL")
                + householdsByProvision.get("VOLUNTARY_RESIDENTIAL")).isEqualTo(2_500);
        assertThat(rows.get(Part.PLACEMENT)).as("five years of placements").isBetween(1_000_000L, 1_150_000L);
        assertThat(rows.get(Part.SATELLITE)).as("6 to 10 satellites for each of 300 hubs").isBetween(1_800L, 3_300L);
    }

    @Test
    void placesChildrenAsEnglandDoes() {
        assertThat(share("IN_HOUSE_FOSTERING")).as("in-house fostering (27.9%)").isCloseTo(27.9, within(2.0));
        assertThat(share("IFA_FOSTERING")).as("agency fostering (24.8%)").isCloseTo(24.8, within(2.0));
        assertThat(share("CONNECTED_PERSON")).as("kinship (15.6%)").isCloseTo(15.6, within(2.0));
        assertThat(share("IN_HOUSE_RESIDENTIAL") + share("PRIVATE_RESIDENTIAL") + share("VOLUNTARY_RESIDENTIAL"))
                .as("children's homes (11.4%)").isCloseTo(11.4, within(2.5));
        assertThat(share("SUPPORTED_ACCOMMODATION")).as("supported accommodation (9.8%)").isCloseTo(9.8, within(2.5));
        assertThat(share("PARENTS")).as("placed with parents (6.0%)").isCloseTo(6.0, within(1.5));
        assertThat(100.0 * moreThan20Miles / open).as("more than 20 miles from home (22%)").isCloseTo(22, within(4.0));
        assertThat(100.0 * outsideBoundary / open).as("outside the council's boundary (about 41%)").isCloseTo(41, within(5.0));
    }

    @Test
    void noHomeHoldsMoreChildrenThanItsPlacesOnTheDay() {
        assertThat(overCapacity).isEmpty();
    }

    @Test
    void theSameSeedGivesTheSameGraph() {
        NationalGraphShape small = ENGLAND.scaled(0.02);
        List<CouncilGraph> first = new ArrayList<>();
        List<CouncilGraph> second = new ArrayList<>();
        new NationalGraphGenerator(small).generate(first::add);
        new NationalGraphGenerator(small).generate(second::add);

        assertThat(second).isEqualTo(first);
        assertThat(first).extracting(CouncilGraph::code).containsExactly("LA001", "LA002", "LA003");
    }

    /** Great-circle distance, as Neo4j's {@code point.distance} measures it for geographic points. */
    private static double metres(double latitudeA, double longitudeA, double latitudeB, double longitudeB) {
        double a = Math.toRadians(latitudeA);
        double b = Math.toRadians(latitudeB);
        double h = Math.pow(Math.sin((b - a) / 2), 2)
                + Math.cos(a) * Math.cos(b) * Math.pow(Math.sin(Math.toRadians(longitudeB - longitudeA) / 2), 2);
        return 2 * 6_378_140 * Math.asin(Math.sqrt(h));
    }

    private static double share(String provision) {
        return 100.0 * openByProvision.getOrDefault(provision, 0L) / open;
    }
}
