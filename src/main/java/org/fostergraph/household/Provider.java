package org.fostergraph.household;

/** An organisation the council buys placements from; {@code placeProviderCode} is its SSDA903 code. */
public record Provider(String id, String name, String placeProviderCode) {
}
