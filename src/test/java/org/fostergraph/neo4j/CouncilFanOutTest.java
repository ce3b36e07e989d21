package org.fostergraph.neo4j;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CouncilFanOutTest {

    @Test
    void councilsAreDealtOutInTurnSoThatEachGroupHoldsLargeAndSmallAlike() {
        assertThat(CouncilFanOut.split(List.of("E5", "E1", "E4", "E2", "E3"), 2))
                .containsExactly(List.of("E1", "E3", "E5"), List.of("E2", "E4"));
        assertThat(CouncilFanOut.split(List.of("E2", "E1"), 2)).containsExactly(List.of("E1"), List.of("E2"));
    }
}
