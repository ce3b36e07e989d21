package org.fostergraph.geo;

/** An area of the council that teams plan and report by. */
public record Locality(String id, String name, GeoPoint centre) {
}
