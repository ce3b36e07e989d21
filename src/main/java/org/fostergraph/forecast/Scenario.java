package org.fostergraph.forecast;

/**
 * Levers a commissioner can pull, against the baseline (all zero).
 *
 * @param extraInHousePlacesPerYear in-house places approved a year beyond today's (recruitment net gain); each new
 *        place takes a child who would otherwise be with an agency carer
 * @param stepDownShareOfIfaPerYear the share of children with agency (IFA) carers moved to in-house carers a year
 * @param newConstellations Mockingbird constellations opened now; each keeps carers who would have left, worth
 *        {@code fostergraph.forecast.places-per-new-constellation-per-year} in-house places a year
 * @param entryRateChange the change in entries into care, as a fraction (−0.1 for 10% fewer)
 */
public record Scenario(String name, double extraInHousePlacesPerYear, double stepDownShareOfIfaPerYear, int newConstellations,
        double entryRateChange) {

    static final Scenario BASELINE = new Scenario("Baseline", 0, 0, 0, 0);
}
