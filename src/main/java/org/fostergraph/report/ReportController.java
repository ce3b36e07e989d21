package org.fostergraph.report;

import java.time.LocalDate;
import java.util.List;

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
    PlacementMix placementMix(@Argument LocalDate asOf, @Argument List<MixDimension> groupBy) {
        return reports.placementMix(asOf, groupBy);
    }

    @QueryMapping
    List<Recruitment> carerRecruitment(@Argument LocalDate from, @Argument LocalDate to) {
        return reports.carerRecruitment(from, to);
    }

    @QueryMapping
    DistanceFromHome distanceFromHome(@Argument LocalDate asOf) {
        return reports.distanceFromHome(asOf);
    }

    @QueryMapping
    Stability placementStability(@Argument LocalDate asOf) {
        return reports.stability(asOf);
    }

    @QueryMapping
    Programme.Savings savingsTracker(@Argument LocalDate from, @Argument LocalDate to) {
        return reports.savings(from, to);
    }

    @QueryMapping
    Programme.MockingbirdOutcomes mockingbirdOutcomes(@Argument LocalDate from, @Argument LocalDate to) {
        return reports.mockingbirdOutcomes(from, to);
    }

    @QueryMapping
    Sufficiency sufficiency(@Argument LocalDate asOf) {
        return reports.sufficiency(asOf);
    }

    @QueryMapping
    List<PlacementMix.Point> placementMixTrend(@Argument LocalDate from, @Argument LocalDate to) {
        return reports.placementMixTrend(from, to);
    }
}
