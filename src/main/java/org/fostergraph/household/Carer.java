package org.fostergraph.household;

public record Carer(String id, String name) {
}
