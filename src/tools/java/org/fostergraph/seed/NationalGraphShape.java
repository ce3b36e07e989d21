package org.fostergraph.seed;

import java.time.LocalDate;

/**
 * How big the synthetic national graph is. {@link #england()} is England's size (facts.md: 83,630 children looked
 * after, 42,615 fostering households; about 2,500 children's homes; 150 councils in 9 regions); tests use a
 * {@link #scaled} copy with the same proportions.
 *
 * @param seed the random seed: the same shape and seed always give the same graph
 * @param referenceDate the day the graph describes; its history runs {@code years} back from it
 * @param councils councils, spread over the 9 regions in England's proportions
 * @param childrenInCare children in care on the reference date, in all councils
 * @param fosteringHouseholds in-house, connected-person and agency fostering households
 * @param childrensHomes council, private and voluntary children's homes
 * @param constellations Mockingbird constellations
 * @param years years of placement history
 */
public record NationalGraphShape(long seed, LocalDate referenceDate, int councils, int childrenInCare,
        int fosteringHouseholds, int childrensHomes, int constellations, int years) {

    public NationalGraphShape {
        if (councils < 1 || childrenInCare < councils || fosteringHouseholds < councils || childrensHomes < 1
                || constellations < 0 || years < 1) {
            throw new IllegalArgumentException("A national graph needs at least one council, child, household and home per council");
        }
    }

    public static NationalGraphShape england() {
        return new NationalGraphShape(20_261_031L, DemoCouncilGenerator.REFERENCE_DATE, 150, 83_600, 45_000, 2_500, 300, 5);
    }

    /** The same proportions at {@code factor} of the size (councils and constellations included), for tests. */
    public NationalGraphShape scaled(double factor) {
        return new NationalGraphShape(seed, referenceDate, Math.max(1, (int) Math.round(councils * factor)),
                (int) Math.round(childrenInCare * factor), (int) Math.round(fosteringHouseholds * factor),
                Math.max(1, (int) Math.round(childrensHomes * factor)), (int) Math.round(constellations * factor), years);
    }
}
