package org.fostergraph.placement;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

import org.fostergraph.child.Child;
import org.fostergraph.household.Household;
import org.fostergraph.household.HouseholdService;
import org.fostergraph.neo4j.BatchResults;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class PlacementController {

    private final PlacementService placements;
    private final HouseholdService households;

    PlacementController(PlacementService placements, HouseholdService households) {
        this.placements = placements;
        this.households = households;
    }

    // A child's placements and the one they live in today come from one read of their history (PlacementLoader).

    @SchemaMapping(typeName = "Child", field = "placements")
    CompletableFuture<List<Placement>> placementsOfChild(Child child, DataLoader<String, PlacementLoader.PlacementHistory> histories) {
        return histories.load(child.id()).thenApply(history -> history == null ? List.of() : history.placements());
    }

    @SchemaMapping(typeName = "Child", field = "currentPlacement")
    CompletableFuture<Placement> currentPlacementOfChild(Child child, DataLoader<String, PlacementLoader.PlacementHistory> histories) {
        return histories.load(child.id())
                .thenApply(history -> history == null ? null : placements.currentIn(history.placements()).orElse(null));
    }

    @BatchMapping
    Map<Placement, Household> household(List<Placement> of) {
        return BatchResults.byKey(of, Placement::householdId,
                households.findByIds(of.stream().map(Placement::householdId).distinct().toList()), null);
    }
}
