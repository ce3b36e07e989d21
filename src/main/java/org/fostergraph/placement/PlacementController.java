package org.fostergraph.placement;

import java.util.List;
import java.util.Map;

import org.fostergraph.child.Child;
import org.fostergraph.household.Household;
import org.fostergraph.household.HouseholdService;
import org.fostergraph.neo4j.BatchResults;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

@Controller
class PlacementController {

    private final PlacementService placements;
    private final HouseholdService households;

    PlacementController(PlacementService placements, HouseholdService households) {
        this.placements = placements;
        this.households = households;
    }

    @BatchMapping(typeName = "Child", field = "placements")
    Map<Child, List<Placement>> placementsOfChild(List<Child> of) {
        return BatchResults.byKey(of, Child::id, placements.historyOf(of.stream().map(Child::id).toList()), List.of());
    }

    @BatchMapping(typeName = "Child", field = "currentPlacement")
    Map<Child, Placement> currentPlacementOfChild(List<Child> of) {
        return BatchResults.byKey(of, Child::id, placements.currentOf(of.stream().map(Child::id).toList()), null);
    }

    @BatchMapping
    Map<Placement, Household> household(List<Placement> of) {
        return BatchResults.byKey(of, Placement::householdId,
                households.findByIds(of.stream().map(Placement::householdId).distinct().toList()), null);
    }
}
