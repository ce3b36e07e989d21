package org.fostergraph.matching;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

import org.fostergraph.security.Scope;
import org.fostergraph.child.Child;
import org.fostergraph.api.paging.PageRequest;
import org.fostergraph.household.Household;
import org.fostergraph.placement.Placement;

import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class MatchingController {

    private final MatchingService matching;
    private final PageRequest.Parser pages;

    MatchingController(MatchingService matching, PageRequest.Parser pages) {
        this.matching = matching;
        this.pages = pages;
    }

    /**
     * The child and the brothers and sisters matched with them come through the request's child loader, where the check
     * of their ids left them (child.ChildOwnership): no statement reads them again.
     */
    @QueryMapping
    CompletableFuture<MatchResult> matchesForChild(@ContextValue Scope scope, @Argument String childId,
            @Argument MatchInputs.MatchOptions options, DataLoader<String, Child> childLoader) {
        MatchInputs.MatchOptions given = options == null ? MatchInputs.MatchOptions.NONE : options;
        return childLoader.loadMany(MatchingService.groupIds(childId, given.siblingIds()))
                .thenApply(group -> matching.matchesForChild(scope, group, given));
    }

    @QueryMapping
    MatchResult matchesForReferral(@ContextValue Scope scope, @Argument MatchInputs.Referral referral, @Argument MatchInputs.MatchOptions options) {
        return matching.matchesForReferral(scope, referral, options);
    }

    @QueryMapping
    CompletableFuture<WhyNot> whyNot(@Argument String childId, @Argument String householdId, DataLoader<String, Child> childLoader) {
        return childLoader.load(childId).thenApply(child -> matching.whyNot(child, householdId));
    }

    @QueryMapping
    StepDown.Page stepDownOpportunities(@ContextValue Scope scope, @Argument String localityId, @Argument Integer first, @Argument String after) {
        return matching.stepDownOpportunities(scope, localityId, pages.parse(first, after, 2));
    }

    @SchemaMapping(typeName = "MatchResult", field = "excluded")
    List<ExcludedCandidate> excluded(MatchResult result, @Argument Integer first, @Argument String after) {
        return result.excludedPage(first, after);
    }

    @SchemaMapping(typeName = "MatchResult", field = "excludedCount")
    int excludedCount(MatchResult result) {
        return result.excluded().size();
    }

    @SchemaMapping(typeName = "MatchResult", field = "exclusionSummary")
    List<MatchResult.ExclusionSummary> exclusionSummary(MatchResult result, @Argument Integer nearest) {
        return result.exclusionSummary(nearest);
    }

    // A match's candidates and the households it rules out are read together, once per request (household.HouseholdLoaders).

    @SchemaMapping(typeName = "MatchCandidate", field = "household")
    CompletableFuture<Household> candidateHousehold(MatchCandidate candidate, DataLoader<String, Household> householdsById) {
        return householdsById.load(candidate.householdId());
    }

    @SchemaMapping(typeName = "ExcludedCandidate", field = "household")
    CompletableFuture<Household> excludedHousehold(ExcludedCandidate excluded, DataLoader<String, Household> householdsById) {
        return householdsById.load(excluded.householdId());
    }

    @SchemaMapping(typeName = "WhyNot", field = "household")
    CompletableFuture<Household> whyNotHousehold(WhyNot whyNot, DataLoader<String, Household> householdsById) {
        return householdsById.load(whyNot.householdId());
    }

    // The plan's children and placements are read once per request, however many of its fields name them
    // (child.ChildLoader, placement.PlacementLoader).

    @SchemaMapping(typeName = "StepDownOpportunity", field = "child")
    CompletableFuture<Child> opportunityChild(StepDown.Opportunity opportunity, DataLoader<String, Child> childrenById) {
        return childrenById.load(opportunity.childId());
    }

    @SchemaMapping(typeName = "StepDownOpportunity", field = "currentPlacement")
    CompletableFuture<Placement> opportunityPlacement(StepDown.Opportunity opportunity,
            DataLoader<String, Placement> placementsById) {
        return placementsById.load(opportunity.placementId());
    }

    @SchemaMapping(typeName = "StepDownOpportunity", field = "movesWith")
    CompletableFuture<List<Child>> opportunitySiblings(StepDown.Opportunity opportunity, DataLoader<String, Child> childrenById) {
        return childrenById.loadMany(opportunity.movesWith())
                .thenApply(siblings -> siblings.stream().filter(java.util.Objects::nonNull).toList());
    }

    @SchemaMapping(typeName = "StepDownExclusion", field = "child")
    CompletableFuture<Child> exclusionChild(StepDown.Exclusion exclusion, DataLoader<String, Child> childrenById) {
        return childrenById.load(exclusion.childId());
    }

    @SchemaMapping(typeName = "StepDownExclusion", field = "currentPlacement")
    CompletableFuture<Placement> exclusionPlacement(StepDown.Exclusion exclusion, DataLoader<String, Placement> placementsById) {
        return placementsById.load(exclusion.placementId());
    }
}
