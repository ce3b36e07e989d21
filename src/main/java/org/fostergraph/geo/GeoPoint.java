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

    /** As a Cypher {@code point()} argument. */
    public java.util.Map<String, Object> asCypherPoint() {
        return java.util.Map.of("latitude", latitude, "longitude", longitude);
    }
}
