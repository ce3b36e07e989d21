package org.fostergraph.constellation;

import org.junit.jupiter.api.Test;

import org.fostergraph.SeededGraphTest;
import org.fostergraph.support.CypherStatements;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nested fields load in batches: the number of database round trips of the whole constellation structure
 * query does not grow with the number of constellations, satellites or children it answers.
 */
class ConstellationRoundTripsTest extends SeededGraphTest {

    /**
     * The page and its total count, then one batch per nested field that reads the graph: locality, hub and
     * satellites of the constellation; one read of occupancy for every household asked about (the constellations'
     * fidelity, sleepoverBedsFree and vacancies and the households' own vacancies all derive from it: four reads of the
     * same households before issue 25); the households' children and constellation; and one write of the read audit for
     * all the children answered.
     */
    private static final int STATEMENTS_PER_STRUCTURE_QUERY = 9;

    @Test
    void oneConstellationAndThreeCostTheSameRoundTrips() {
        var one = CypherStatements.count(() -> graphQl.documentName("constellationStructure").variable("first", 1)
                .execute().path("constellations.edges").entityList(Object.class).hasSize(1));
        var three = CypherStatements.count(() -> graphQl.documentName("constellationStructure").variable("first", 3)
                .execute().path("constellations.edges").entityList(Object.class).hasSize(3));

        assertThat(three.count()).as("statements for three constellations: %s", three.statements()).isEqualTo(one.count());
        assertThat(three.count()).as("statements: %s", three.statements()).isEqualTo(STATEMENTS_PER_STRUCTURE_QUERY);
        assertThat(three.statements()).as("no statement sent twice in one request").doesNotHaveDuplicates();
    }
}
