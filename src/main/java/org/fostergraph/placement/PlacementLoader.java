package org.fostergraph.placement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fostergraph.neo4j.BatchResults;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Placements read once per request however many fields ask for them. Fields take
 * <ul>
 * <li>{@code DataLoader<String, Placement>}: placements by id (the step-down plan's children it moves and those it
 * leaves out both show their current placement);</li>
 * <li>{@code DataLoader<String, PlacementHistory>}: each child's placements, by child id (a child's placements and
 * their current placement, asked together, were two reads of the same history).</li>
 * </ul>
 */
@Component
class PlacementLoader {

    PlacementLoader(BatchLoaderRegistry registry, PlacementService placements) {
        registry.forTypePair(String.class, Placement.class).registerMappedBatchLoader((ids, environment) ->
                Mono.fromSupplier(() -> BatchResults.index(placements.findByIds(ids), Placement::id)));
        registry.forTypePair(String.class, PlacementHistory.class).registerMappedBatchLoader((childIds, environment) ->
                Mono.fromSupplier(() -> {
                    Map<String, PlacementHistory> histories = new HashMap<>();
                    placements.historyOf(childIds).forEach((childId, history) -> histories.put(childId, new PlacementHistory(history)));
                    return histories;
                }));
    }

    /** One child's placements in order of start. */
    record PlacementHistory(List<Placement> placements) {

        PlacementHistory {
            placements = List.copyOf(placements);
        }
    }
}
