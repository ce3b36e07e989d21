package org.fostergraph.placement;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.fostergraph.api.paging.Connection;
import org.fostergraph.api.paging.PageRequest;
import org.fostergraph.child.Child;
import org.fostergraph.child.ChildService;
import org.fostergraph.household.Household;
import org.fostergraph.household.HouseholdService;
import org.fostergraph.history.CurrentActor;
import org.fostergraph.neo4j.BatchResults;
import org.fostergraph.security.Scope;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class PlacementMutationController {

    private final PlacementChanges changes;
    private final PlacementService placements;
    private final HouseholdService households;
    private final ChildService children;
    private final Clock clock;
    private final CurrentActor actor;
    private final PageRequest.Parser pages;

    PlacementMutationController(PlacementChanges changes, PlacementService placements, HouseholdService households,
            ChildService children, Clock clock, CurrentActor actor, PageRequest.Parser pages) {
        this.actor = actor;
        this.pages = pages;
        this.changes = changes;
        this.placements = placements;
        this.households = households;
        this.children = children;
        this.clock = clock;
    }

    @QueryMapping
    Hold hold(@Argument String id) {
        return placements.findHold(id).orElse(null);
    }

    @QueryMapping
    Connection<Hold> holds(@ContextValue Scope scope, @Argument Boolean active, @Argument Boolean mine, @Argument Integer first,
            @Argument String after) {
        return placements.holds(scope, active == null ? Boolean.TRUE : active, Boolean.TRUE.equals(mine) ? actor.name() : null,
                pages.parse(first, after, 2));
    }

    @MutationMapping
    Placement startPlacement(@Argument PlacementCommands.StartPlacement input) {
        return changes.start(input);
    }

    @MutationMapping
    Placement endPlacement(@Argument PlacementCommands.EndPlacement input) {
        return changes.end(input);
    }

    @MutationMapping
    Placement movePlacement(@Argument PlacementCommands.MovePlacement input) {
        return changes.move(input);
    }

    @MutationMapping
    Child undoPlacement(@Argument PlacementCommands.UndoPlacement input) {
        return changes.undo(input);
    }

    @MutationMapping
    Placement amendPlacement(@Argument PlacementCommands.AmendPlacement input) {
        return changes.amend(input);
    }

    @MutationMapping
    Hold holdVacancy(@Argument PlacementCommands.HoldVacancy input) {
        return changes.hold(input);
    }

    @MutationMapping
    Hold releaseHold(@Argument PlacementCommands.ReleaseHold input) {
        return changes.release(input);
    }

    @BatchMapping(typeName = "Placement", field = "child")
    Map<Placement, Child> childOfPlacement(List<Placement> of) {
        return BatchResults.byKey(of, Placement::childId, children.findByIds(of.stream().map(Placement::childId).distinct().toList()), null);
    }

    @BatchMapping(typeName = "Hold", field = "household")
    Map<Hold, Household> householdOfHold(List<Hold> of) {
        return BatchResults.byKey(of, Hold::householdId, households.findByIds(of.stream().map(Hold::householdId).distinct().toList()), null);
    }

    @BatchMapping(typeName = "Hold", field = "child")
    Map<Hold, Child> childOfHold(List<Hold> of) {
        return BatchResults.byKey(of, Hold::childId, children.findByIds(of.stream().map(Hold::childId).distinct().toList()), null);
    }

    @SchemaMapping(typeName = "Hold", field = "active")
    boolean active(Hold hold) {
        return hold.activeAt(OffsetDateTime.now(clock));
    }
}
