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

    private final PlacementMixService mix;
    private final SufficiencyService sufficiency;
    private final RecruitmentService recruitment;
    private final DistanceFromHomeService distance;
    private final StabilityService stability;
    private final ProgrammeService programme;
    private final FosteringReturnService fosteringReturn;

    ReportController(PlacementMixService mix, SufficiencyService sufficiency, RecruitmentService recruitment,
            DistanceFromHomeService distance, StabilityService stability, ProgrammeService programme,
            FosteringReturnService fosteringReturn) {
        this.fosteringReturn = fosteringReturn;
        this.mix = mix;
        this.sufficiency = sufficiency;
        this.recruitment = recruitment;
        this.distance = distance;
        this.stability = stability;
        this.programme = programme;
    }

    @QueryMapping
    PlacementMix placementMix(@ContextValue Scope scope, @Argument LocalDate asOf, @Argument List<MixDimension> groupBy) {
        return mix.placementMix(scope, asOf, groupBy);
    }

    @QueryMapping
    List<Recruitment> carerRecruitment(@ContextValue Scope scope, @Argument LocalDate from, @Argument LocalDate to) {
        return recruitment.carerRecruitment(scope, from, to);
    }

    @QueryMapping
    DistanceFromHome distanceFromHome(@ContextValue Scope scope, @Argument LocalDate asOf) {
        return distance.distanceFromHome(scope, asOf);
    }

    @QueryMapping
    Stability placementStability(@ContextValue Scope scope, @Argument LocalDate asOf) {
        return stability.stability(scope, asOf);
    }

    @QueryMapping
    Programme.Savings savingsTracker(@ContextValue Scope scope, @Argument LocalDate from, @Argument LocalDate to) {
        return programme.savings(scope, from, to);
    }

    @QueryMapping
    Programme.MockingbirdOutcomes mockingbirdOutcomes(@ContextValue Scope scope, @Argument LocalDate from, @Argument LocalDate to) {
        return programme.mockingbirdOutcomes(scope, from, to);
    }

    @QueryMapping
    SufficiencyService.FosteringPlaces fosteringPlaces(@ContextValue Scope scope, @Argument LocalDate asOf) {
        return sufficiency.fosteringPlaces(scope, asOf);
    }

    @QueryMapping
    FosteringReturnService.FosteringReturn fosteringReturn(@ContextValue Scope scope, @Argument String year) {
        return fosteringReturn.fosteringReturn(scope, year);
    }

    @QueryMapping
    Sufficiency sufficiency(@ContextValue Scope scope, @Argument LocalDate asOf) {
        return sufficiency.sufficiency(scope, asOf);
    }

    @QueryMapping
    List<PlacementMix.Point> placementMixTrend(@ContextValue Scope scope, @Argument LocalDate from, @Argument LocalDate to) {
        return mix.placementMixTrend(scope, from, to);
    }
}
