package org.fostergraph.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The step-down plan: children in high-cost external placements the plan brings home to an in-house carer, by saving. */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class StepDownPage {

    private static final String DOCUMENT = PageDocuments.read("StepDownPage");

    /** The answer to {@code StepDownPage.graphql}. */
    record Answer(List<Api.Named> localities, Opportunities stepDownOpportunities) implements Api.LocalityPage<Opportunity> {

        @Override
        public Opportunities rows() {
            return stepDownOpportunities == null ? new Opportunities(null, Api.PageInfo.NONE, null, List.of(), List.of())
                    : stepDownOpportunities;
        }
    }

    /** The connection, the plan's totals, and the children left out with why. */
    record Opportunities(Integer totalCount, Api.PageInfo pageInfo, Plan plan, List<Api.Edge<Opportunity>> edges,
            List<Exclusion> excluded) implements Api.Paged<Opportunity> {
    }

    record Plan(Integer children, Integer households, Double annualSaving, Double annualFullCostSaving, Integer listedChildren,
            Double listedAnnualSaving, Boolean optimal) {
    }

    record Opportunity(Child child, CurrentPlacement currentPlacement, Double currentWeeklyCost, Double annualSaving,
            Double annualFullCostSaving, Integer choice, String planNote, List<ExcludedChild> movesWith, BestMatch bestMatch) {
    }

    record Child(String id, Integer ageYears, Api.Named homeLocality) {
    }

    record CurrentPlacement(String placeCode, String providerCode, Api.Named household) {
    }

    record BestMatch(Double weeklyCost, Double distanceMiles, MatchedHousehold household) {
    }

    record MatchedHousehold(String id, String name, Api.Named locality) {
    }

    record Exclusion(ExcludedChild child, String reason, String detail, List<OwnMatch> couldMoveTo) {
    }

    /** One of a child's own matches the plan gave to others. */
    record OwnMatch(Api.Named household) {
    }

    record ExcludedChild(String id) {
    }

    private final GraphQlGateway graphQl;

    /** As {@code StepDownPage.graphql} asks ({@code first: 50}). */
    private static final int PAGE_SIZE = 50;

    StepDownPage(GraphQlGateway graphQl) {
        this.graphQl = graphQl;
    }

    @GetMapping("/web/step-down")
    String show(HttpServletRequest request, @RequestParam(required = false) String localityId,
            @RequestParam(required = false) String after, @RequestParam(required = false) String trail, Model model) {
        Opportunities opportunities = graphQl.localityPage(request, DOCUMENT, Answer.class,
                new GraphQlGateway.LocalityPaging(localityId, after, trail, PAGE_SIZE), Map.of(), Problems.none(), "opportunities", model)
                .rows();
        model.addAttribute("excluded", Api.orEmpty(opportunities.excluded()));
        model.addAttribute("plan", opportunities.plan());
        model.addAttribute("pageSaving", opportunities.nodes().stream().mapToDouble(Opportunity::annualSaving).sum());
        return "step-down";
    }
}
