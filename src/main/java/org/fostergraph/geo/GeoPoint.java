package org.fostergraph.geo;

import org.fostergraph.api.errors.InvalidArgumentException;

/** A WGS-84 position, stored in Neo4j as a geographic point (x = longitude, y = latitude). */
public record GeoPoint(double latitude, double longitude) {

    /** Refuses a position that is not on the map, naming the argument it came in. */
    public GeoPoint checked(String field) {
        if (Double.isNaN(latitude) || latitude < -90 || latitude > 90 || Double.isNaN(longitude) || longitude < -180
                || longitude > 180) {
            throw new InvalidArgumentException(field, latitude + "," + longitude,
                    "latitude is -90 to 90 and longitude -180 to 180");
        }
        return this;
    }

    /** A geographic point the driver read (x = longitude, y = latitude), or null. */
    public static GeoPoint of(org.neo4j.driver.Value value) {
        if (value == null || value.isNull()) {
            return null;
        }
        var point = value.asPoint();
        return new GeoPoint(point.y(), point.x());
    }

    /**
     * Metres along the great circle to {@code other}, exactly as Neo4j's {@code point.distance} gives them for two
     * WGS-84 points ({@link OnSphere#metresTo}).
     */
    public double metresTo(GeoPoint other) {
        return onSphere().metresTo(other.onSphere());
    }

    /** This point in radians, with what every distance from it needs worked out once. */
    public OnSphere onSphere() {
        double y = Math.toRadians(latitude);
        return new OnSphere(Math.toRadians(longitude), y, Math.cos(y));
    }

    /**
     * A point as Neo4j's {@code GeographicCalculator} works with it: x longitude and y latitude in radians, and the
     * cosine of y, which every distance from the point needs; worked out once, it is the same double it would be each
     * time.
     */
    public record OnSphere(double x, double y, double cosY) {

        /** Neo4j's {@code GeographicCalculator.EARTH_RADIUS_METERS}. */
        public static final double EARTH_RADIUS_METRES = 6_378_140.0;

        /**
         * The haversine formula on a sphere of Neo4j's radius, in Neo4j's order of operations, so that a distance
         * worked out here and one the database gives are the same double ({@code GreatCircleTest} compares them on
         * the database). Why here: a council's step-down plan needs about 200,000 distances, which cost Neo4j about
         * 190 ms row by row (docs/PERFORMANCE.md).
         */
        public double metresTo(OnSphere other) {
            double dx = other.x - x;
            double dy = other.y - y;
            double alpha = Math.pow(Math.sin(dy / 2), 2.0) + cosY * other.cosY * Math.pow(Math.sin(dx / 2.0), 2.0);
            return EARTH_RADIUS_METRES * (2.0 * Math.atan2(Math.sqrt(alpha), Math.sqrt(1 - alpha)));
        }

        /**
         * Whether {@code other} is certainly further than {@code metres}, from latitude alone: the great circle is never
         * shorter than the meridian's arc between the two latitudes. With a margin far above the formula's rounding,
         * so that a point this rules out is one {@link #metresTo} would too.
         */
        public boolean fartherThanByLatitude(OnSphere other, double metres) {
            return EARTH_RADIUS_METRES * Math.abs(other.y - y) > metres * (1 + 1e-9);
        }
    }

    /** As a Cypher {@code point()} argument. */
    public java.util.Map<String, Object> asCypherPoint() {
        return java.util.Map.of("latitude", latitude, "longitude", longitude);
    }
}
