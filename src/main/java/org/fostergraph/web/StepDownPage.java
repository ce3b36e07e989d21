package org.fostergraph.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Children in high-cost external placements who could come home to an in-house carer, by annual saving. */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class StepDownPage {

    private static final String DOCUMENT = PageDocuments.read("StepDownPage");

    private final GraphQlGateway graphQl;

    StepDownPage(GraphQlGateway graphQl) {
        this.graphQl = graphQl;
    }

    @GetMapping("/web/step-down")
    String show(HttpServletRequest request, @RequestParam(required = false) String localityId,
            @RequestParam(required = false) String after, Model model) {
        Map<String, Object> opportunities = graphQl.localityPage(request, DOCUMENT, "stepDownOpportunities", localityId, after,
                "opportunities", model);
        List<Map<String, Object>> rows = Maps.nodes(opportunities);
        model.addAttribute("excluded", Maps.list(opportunities, "excluded"));
        model.addAttribute("pageSaving", rows.stream().mapToDouble(row -> Maps.number(row, "annualSaving")).sum());
        return "step-down";
    }
}
