package org.fostergraph.geo;

/** A WGS-84 position (Neo4j stores it as a point with x = longitude, y = latitude). */
public record GeoPoint(double latitude, double longitude) {
}
