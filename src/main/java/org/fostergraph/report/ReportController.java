package org.fostergraph.report;

import java.time.LocalDate;
import java.util.List;

import org.fostergraph.security.Scope;

import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class ReportController {

    private final ReportService reports;

    ReportController(ReportService reports) {
        this.reports = reports;
    }

    @QueryMapping
    PlacementMix placementMix(@ContextValue Scope scope, @Argument LocalDate asOf, @Argument List<MixDimension> groupBy) {
        return reports.placementMix(scope, asOf, groupBy);
    }

    @QueryMapping
    List<Recruitment> carerRecruitment(@ContextValue Scope scope, @Argument LocalDate from, @Argument LocalDate to) {
        return reports.carerRecruitment(scope, from, to);
    }

    @QueryMapping
    DistanceFromHome distanceFromHome(@ContextValue Scope scope, @Argument LocalDate asOf) {
        return reports.distanceFromHome(scope, asOf);
    }

    @QueryMapping
    Stability placementStability(@ContextValue Scope scope, @Argument LocalDate asOf) {
        return reports.stability(scope, asOf);
    }

    @QueryMapping
    Programme.Savings savingsTracker(@ContextValue Scope scope, @Argument LocalDate from, @Argument LocalDate to) {
        return reports.savings(scope, from, to);
    }

    @QueryMapping
    Programme.MockingbirdOutcomes mockingbirdOutcomes(@ContextValue Scope scope, @Argument LocalDate from, @Argument LocalDate to) {
        return reports.mockingbirdOutcomes(scope, from, to);
    }

    @QueryMapping
    Sufficiency sufficiency(@ContextValue Scope scope, @Argument LocalDate asOf) {
        return reports.sufficiency(scope, asOf);
    }

    @QueryMapping
    List<PlacementMix.Point> placementMixTrend(@ContextValue Scope scope, @Argument LocalDate from, @Argument LocalDate to) {
        return reports.placementMixTrend(scope, from, to);
    }
}
