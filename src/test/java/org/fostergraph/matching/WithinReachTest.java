package org.fostergraph.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import org.fostergraph.geo.GeoPoint;

class WithinReachTest {

    private static final GeoPoint HOME = new GeoPoint(52.0, -1.5);
    private static final GeoPoint SCHOOL = new GeoPoint(52.1, -1.5);
    /** A degree of latitude on Neo4j's sphere: 6,378,140 m × π / 180. */
    private static final double DEGREE = new GeoPoint(53.0, -1.5).metresTo(new GeoPoint(52.0, -1.5));

    @Test
    void aHouseholdAtTheDistanceAskedIsWithinReachAndOneFurtherIsNot() {
        List<WithinReach.Located> households = List.of(
                new WithinReach.Located("H-ON-THE-EDGE", new GeoPoint(53.0, -1.5)),
                new WithinReach.Located("H-BEYOND", new GeoPoint(53.001, -1.5)),
                new WithinReach.Located("H-NO-LOCATION", null),
                new WithinReach.Located("H-NEAR", new GeoPoint(52.0, -1.4)));

        List<MatchingRepository.Reach> reach = WithinReach.of(
                List.of(new MatchingRepository.Origin("child", HOME, SCHOOL)), households, DEGREE);

        assertThat(reach).extracting(MatchingRepository.Reach::householdId).containsExactly("H-ON-THE-EDGE", "H-NEAR");
        assertThat(reach.get(0).homeMetres()).isEqualTo(DEGREE);
        // 0.9 of a degree from the school, by hand: 100,187.59 m.
        assertThat(reach.get(0).schoolMetres()).isCloseTo(100_187.588838, org.assertj.core.api.Assertions.within(1e-3));
        assertThat(WithinReach.of(List.of(new MatchingRepository.Origin("child", HOME, null)), households, DEGREE - 1e-6))
                .extracting(MatchingRepository.Reach::householdId).containsExactly("H-NEAR");
    }

    @Test
    void eachOriginKeepsItsOwnHouseholdsInTheOrderGiven() {
        List<WithinReach.Located> households = List.of(
                new WithinReach.Located("H-NORTH", new GeoPoint(53.0, -1.5)),
                new WithinReach.Located("H-SOUTH", new GeoPoint(51.0, -1.5)),
                new WithinReach.Located("H-MIDDLE", new GeoPoint(52.0, -1.5)));

        List<MatchingRepository.Reach> reach = WithinReach.of(List.of(
                new MatchingRepository.Origin("north", new GeoPoint(52.9, -1.5), null),
                new MatchingRepository.Origin("south", new GeoPoint(51.1, -1.5), null)), households, 0.5 * DEGREE);

        assertThat(reach).extracting(one -> one.key() + ":" + one.householdId())
                .containsExactly("north:H-NORTH", "south:H-SOUTH");
        assertThat(reach).allSatisfy(one -> assertThat(one.schoolMetres()).isNull());
    }

    /** Latitude rules a household out before its distance is worked out only where the distance would have too. */
    @Test
    void ruledOutByLatitudeOnlyWhatTheDistanceRulesOut() {
        SplittableRandom random = new SplittableRandom(4);
        List<WithinReach.Located> households = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            households.add(new WithinReach.Located("H" + i, new GeoPoint(random.nextDouble(51, 53), random.nextDouble(-2.5, -0.5))));
        }
        for (int i = 0; i < 200; i++) {
            GeoPoint home = new GeoPoint(random.nextDouble(51, 53), random.nextDouble(-2.5, -0.5));
            // Now and then exactly as far as one household is along its meridian: the edge itself.
            double metres = i % 4 == 0 ? households.get(i).location().metresTo(new GeoPoint(home.latitude(), households.get(i).location().longitude()))
                    : random.nextDouble(1_000, 60_000);
            GeoPoint edgeHome = i % 4 == 0 ? new GeoPoint(home.latitude(), households.get(i).location().longitude()) : home;
            List<String> expected = households.stream()
                    .filter(household -> household.location().metresTo(edgeHome) <= metres)
                    .map(WithinReach.Located::householdId).toList();

            assertThat(WithinReach.of(List.of(new MatchingRepository.Origin("o", edgeHome, null)), households, metres))
                    .extracting(MatchingRepository.Reach::householdId).isEqualTo(expected);
        }
    }

    @Test
    void distancesAreGivenHoweverFarAndAHouseholdWithNoLocationIsAsFarAsCanBe() {
        List<MatchingRepository.Reach> distances = WithinReach.distances(new MatchingRepository.Origin("child", HOME, SCHOOL),
                List.of(new WithinReach.Located("H-FAR", new GeoPoint(60.0, -1.5)), new WithinReach.Located("H-NOWHERE", null)));

        assertThat(distances.get(0).homeMetres()).isEqualTo(new GeoPoint(60.0, -1.5).metresTo(HOME));
        assertThat(distances.get(0).schoolMetres()).isEqualTo(new GeoPoint(60.0, -1.5).metresTo(SCHOOL));
        assertThat(distances.get(1).homeMetres()).isEqualTo(Double.MAX_VALUE);
        assertThat(distances.get(1).schoolMetres()).isNull();
    }
}
