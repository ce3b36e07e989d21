package org.fostergraph.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.fostergraph.SeededGraphTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@link GeoPoint#metresTo} gives the very doubles Neo4j's {@code point.distance} gives: matching works distances out
 * in the service and reports read them from the database, and a child's distance from a home must not depend on which.
 */
class GreatCircleTest extends SeededGraphTest {

    @Autowired
    private Driver driver;

    @Test
    void aDegreeOfLatitudeIsTheRadiusTimesPiOver180() {
        // 6,378,140 m (Neo4j's radius) × π / 180, worked by hand.
        assertThat(new GeoPoint(52.0, -1.5).metresTo(new GeoPoint(53.0, -1.5))).isCloseTo(111_319.543153151, within(1e-6));
        assertThat(new GeoPoint(52.0, -1.5).metresTo(new GeoPoint(52.0, -1.5))).isZero();
    }

    @Test
    void everyDistanceIsTheDatabasesToTheLastBit() {
        SplittableRandom random = new SplittableRandom(20261204);
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            // Mostly England, a few miles to a hundred apart, as matching measures; some anywhere on Earth.
            double latitude = i % 10 == 0 ? random.nextDouble(-90, 90) : random.nextDouble(49.9, 55.8);
            double longitude = i % 10 == 0 ? random.nextDouble(-180, 180) : random.nextDouble(-6.4, 1.8);
            double spread = i % 10 == 0 ? 180 : random.nextDouble(0.0001, 1.5);
            pairs.add(new double[] { latitude, longitude,
                    Math.max(-90, Math.min(90, latitude + random.nextDouble(-spread, spread))),
                    Math.max(-180, Math.min(180, longitude + random.nextDouble(-spread, spread))) });
        }
        pairs.add(new double[] { 51.5, -0.12, 51.5, -0.12 });
        pairs.add(new double[] { 0, 0, 0, 180 });
        pairs.add(new double[] { 90, 0, -90, 0 });

        List<Double> database;
        try (var session = driver.session()) {
            database = session.run("""
                    UNWIND $pairs AS p
                    RETURN point.distance(point({latitude: p[0], longitude: p[1]}), point({latitude: p[2], longitude: p[3]})) AS metres
                    """, Map.of("pairs", pairs.stream().map(pair -> List.of(pair[0], pair[1], pair[2], pair[3])).toList()))
                    .list(row -> row.get("metres").asDouble());
        }

        List<Double> here = pairs.stream()
                .map(pair -> new GeoPoint(pair[0], pair[1]).metresTo(new GeoPoint(pair[2], pair[3]))).toList();
        assertThat(here).hasSize(20_003).isEqualTo(database);
    }
}
