package org.fostergraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Numbered dots never cover each other: the best-ranked stays on its home, the others move just clear of it. */
class MapPlotTest {

    @Test
    void candidatesOnTopOfEachOtherAreSpreadSoEveryNumberShows() {
        List<MapPlot.Marker> same = List.of(new MapPlot.Marker(100, 100, "1", "first", true),
                new MapPlot.Marker(100, 100, "2", "second", true), new MapPlot.Marker(104, 101, "3", "third", false),
                new MapPlot.Marker(300, 300, "4", "far away", true));
        List<MapPlot.Marker> drawn = MapPlot.spread(same);
        assertThat(drawn.get(0).moved()).isFalse();
        assertThat(drawn.get(3).moved()).as("nothing near it").isFalse();
        assertThat(drawn.get(1).moved()).isTrue();
        assertThat(drawn.get(2).moved()).isTrue();
        for (int i = 0; i < drawn.size(); i++) {
            for (int j = i + 1; j < drawn.size(); j++) {
                assertThat(Math.hypot(drawn.get(i).dotX() - drawn.get(j).dotX(), drawn.get(i).dotY() - drawn.get(j).dotY()))
                        .as("dots %s and %s", i + 1, j + 1).isGreaterThanOrEqualTo(20);
            }
        }
        // The true point is kept, for the line to it.
        assertThat(drawn.get(1).x()).isEqualTo(100);
        assertThat(drawn.get(1).dotY()).as("the first free place on the first ring, above").isEqualTo(80);
    }
}
