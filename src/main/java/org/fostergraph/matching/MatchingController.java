package org.fostergraph.matching;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.fostergraph.security.Scope;
import org.fostergraph.child.Child;
import org.fostergraph.child.ChildService;
import org.fostergraph.api.paging.PageRequest;
import org.fostergraph.household.Household;
import org.fostergraph.household.HouseholdService;
import org.fostergraph.placement.Placement;
import org.fostergraph.placement.PlacementService;
import org.fostergraph.neo4j.BatchResults;

import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class MatchingController {

    private final MatchingService matching;
    private final HouseholdService households;
    private final ChildService children;
    private final PlacementService placements;
    private final PageRequest.Parser pages;

    MatchingController(MatchingService matching, HouseholdService households, ChildService children,
            PlacementService placements, PageRequest.Parser pages) {
        this.matching = matching;
        this.households = households;
        this.children = children;
        this.placements = placements;
        this.pages = pages;
    }

    @QueryMapping
    MatchResult matchesForChild(@ContextValue Scope scope, @Argument String childId, @Argument MatchInputs.MatchOptions options) {
        return matching.matchesForChild(scope, childId, options);
    }

    @QueryMapping
    MatchResult matchesForReferral(@ContextValue Scope scope, @Argument MatchInputs.Referral referral, @Argument MatchInputs.MatchOptions options) {
        return matching.matchesForReferral(scope, referral, options);
    }

    @QueryMapping
    WhyNot whyNot(@Argument String childId, @Argument String householdId) {
        return matching.whyNot(childId, householdId);
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

    @BatchMapping(typeName = "MatchCandidate", field = "household")
    Map<MatchCandidate, Household> candidateHousehold(List<MatchCandidate> of) {
        return BatchResults.byKey(of, MatchCandidate::householdId, households.findByIds(of.stream().map(MatchCandidate::householdId).distinct().toList()), null);
    }

    @BatchMapping(typeName = "ExcludedCandidate", field = "household")
    Map<ExcludedCandidate, Household> excludedHousehold(List<ExcludedCandidate> of) {
        return BatchResults.byKey(of, ExcludedCandidate::householdId, households.findByIds(of.stream().map(ExcludedCandidate::householdId).distinct().toList()), null);
    }

    @BatchMapping(typeName = "WhyNot", field = "household")
    Map<WhyNot, Household> whyNotHousehold(List<WhyNot> of) {
        return BatchResults.byKey(of, WhyNot::householdId, households.findByIds(of.stream().map(WhyNot::householdId).distinct().toList()), null);
    }

    @BatchMapping(typeName = "StepDownOpportunity", field = "child")
    Map<StepDown.Opportunity, Child> opportunityChild(List<StepDown.Opportunity> of) {
        return BatchResults.byKey(of, StepDown.Opportunity::childId, children.findByIds(of.stream().map(StepDown.Opportunity::childId).toList()), null);
    }

    @BatchMapping(typeName = "StepDownOpportunity", field = "currentPlacement")
    Map<StepDown.Opportunity, Placement> opportunityPlacement(List<StepDown.Opportunity> of) {
        return BatchResults.byKey(of, StepDown.Opportunity::placementId, placementsById(of.stream().map(StepDown.Opportunity::placementId)), null);
    }

    @BatchMapping(typeName = "StepDownOpportunity", field = "movesWith")
    Map<StepDown.Opportunity, List<Child>> opportunitySiblings(List<StepDown.Opportunity> of) {
        Map<String, Child> byId = children.findByIds(of.stream().flatMap(o -> o.movesWith().stream()).distinct().toList());
        Map<StepDown.Opportunity, List<Child>> siblings = new java.util.LinkedHashMap<>();
        of.forEach(o -> siblings.put(o, o.movesWith().stream().map(byId::get).filter(java.util.Objects::nonNull).toList()));
        return siblings;
    }

    @BatchMapping(typeName = "StepDownExclusion", field = "child")
    Map<StepDown.Exclusion, Child> exclusionChild(List<StepDown.Exclusion> of) {
        return BatchResults.byKey(of, StepDown.Exclusion::childId, children.findByIds(of.stream().map(StepDown.Exclusion::childId).toList()), null);
    }

    @BatchMapping(typeName = "StepDownExclusion", field = "currentPlacement")
    Map<StepDown.Exclusion, Placement> exclusionPlacement(List<StepDown.Exclusion> of) {
        return BatchResults.byKey(of, StepDown.Exclusion::placementId, placementsById(of.stream().map(StepDown.Exclusion::placementId)), null);
    }

    private Map<String, Placement> placementsById(Stream<String> ids) {
        return BatchResults.index(placements.findByIds(ids.distinct().toList()), Placement::id);
    }
}
