package org.fostergraph.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.fostergraph.ChangeTest;
import org.fostergraph.SmallCouncil;
import org.fostergraph.support.CypherStatements;

/**
 * The database statements of a placement's start (issue 25: the national benchmark's {@code startPlacement} is a change
 * of this shape). Held at what was measured; a change that moves the count should say why in its commit.
 */
class StartPlacementStatementsTest extends ChangeTest {

    @Test
    void startingAPlacementSendsTwelveStatements() {
        given(SmallCouncil.CYPHER);
        var counted = CypherStatements.count(() -> graphQl.documentName("startPlacement")
                .variable("input", Map.of("childId", "K1", "householdId", "HH-B", "start", "2026-11-24",
                        "placeCode", "U4", "providerCode", "PR1", "weeklyCost", 450.5))
                .execute().errors().verify().path("startPlacement.id").entity(String.class).get());

        // The @owned checks of the child and of the household; the household locked and read with its occupancy (13
        // before: the lock and the read were two statements, household.HouseholdRepository#lockAndRead); the child locked;
        // its open placements; the placement created; the change recorded; the answer read after the change (the
        // placement, its child, its household, the household's occupancy); the read audit of the child answered.
        assertThat(counted.count()).as("statements: %s", counted.statements()).isEqualTo(12);
        assertThat(counted.statements()).as("the household's lock reads it: no read of it of its own before the answer")
                .filteredOn(statement -> statement.startsWith("MATCH (h:Household) WHERE h.id IN $ids OPTIONAL MATCH (h)-[:IN]"))
                .hasSize(2);
    }
}
