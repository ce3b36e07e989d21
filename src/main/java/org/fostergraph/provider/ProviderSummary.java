package org.fostergraph.provider;

/** A provider as a council's officer and the provider's own staff see it: no more than its name and kind. */
public record ProviderSummary(String id, String name, String kind) {
}
