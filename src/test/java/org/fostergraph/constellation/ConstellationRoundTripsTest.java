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
     * The page and its total count (when the page does not hold the whole list), then one batch per nested field that reads the graph: locality of the
     * constellation; its hub and satellites together (households alike, through one loader: two statements before); one read of occupancy for every household asked about (the constellations'
     * fidelity, sleepoverBedsFree and vacancies and the households' own vacancies all derive from it: four reads of the
     * same households before issue 25); the households' children and constellation; and one write of the read audit for
     * all the children answered.
     */
    private static final int STATEMENTS_PER_STRUCTURE_QUERY = 8;

    @Test
    void oneConstellationAndTwoCostTheSameRoundTrips() {
        var one = CypherStatements.count(() -> graphQl.documentName("constellationStructure").variable("first", 1)
                .execute().path("constellations.edges").entityList(Object.class).hasSize(1));
        var two = CypherStatements.count(() -> graphQl.documentName("constellationStructure").variable("first", 2)
                .execute().path("constellations.edges").entityList(Object.class).hasSize(2));

        assertThat(two.count()).as("statements for two constellations: %s", two.statements()).isEqualTo(one.count());
        assertThat(two.count()).as("statements: %s", two.statements()).isEqualTo(STATEMENTS_PER_STRUCTURE_QUERY);
        assertThat(two.statements()).as("no statement sent twice in one request").doesNotHaveDuplicates();
    }

    @Test
    void aFirstPageHoldingTheWholeListIsNotCountedAgain() {
        // The demo council has three constellations: a first page of three holds them all, so its size is the total.
        var all = CypherStatements.count(() -> graphQl.documentName("constellationStructure").variable("first", 3)
                .execute().path("constellations.totalCount").entity(Integer.class).isEqualTo(3)
                .path("constellations.edges").entityList(Object.class).hasSize(3));

        assertThat(all.count()).as("statements: %s", all.statements()).isEqualTo(STATEMENTS_PER_STRUCTURE_QUERY - 1);
        assertThat(all.statements()).noneMatch(statement -> statement.contains("count(DISTINCT c)"));
    }
}
