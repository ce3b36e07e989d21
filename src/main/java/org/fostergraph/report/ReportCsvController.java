package org.fostergraph.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fostergraph.security.Scope;
import org.fostergraph.support.CsvDownload;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The commissioners' reports as CSV files for Excel: the same numbers, suppression and errors as GraphQL. The
 * dashboard's download links reach the same files under {@code /web/reports}, signed in with the page's session.
 */
@RestController
@RequestMapping({"/api/reports", "/web/reports"})
class ReportCsvController {

    private final PlacementMixService mix;
    private final SufficiencyService sufficiency;
    private final RecruitmentService recruitment;
    private final DistanceFromHomeService distance;
    private final StabilityService stability;
    private final ProgrammeService programme;

    ReportCsvController(PlacementMixService mix, SufficiencyService sufficiency, RecruitmentService recruitment,
            DistanceFromHomeService distance, StabilityService stability, ProgrammeService programme) {
        this.mix = mix;
        this.sufficiency = sufficiency;
        this.recruitment = recruitment;
        this.distance = distance;
        this.stability = stability;
        this.programme = programme;
    }

    @GetMapping("/placement-mix.csv")
    ResponseEntity<String> placementMix(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) List<MixDimension> groupBy) {
        Scope scope = Scope.ofCurrentRequest();
        PlacementMix report = mix.placementMix(scope, asOf, groupBy);
        List<String> header = new ArrayList<>(List.of("as_of"));
        report.groupBy().forEach(dimension -> header.add(dimension.name().toLowerCase()));
        header.addAll(List.of("total", "internal", "external", "internal_share", "weekly_cost", "annual_cost"));
        List<List<Object>> rows = new ArrayList<>();
        List<Object> all = new ArrayList<>(List.of(report.asOf()));
        report.groupBy().forEach(dimension -> all.add("All"));
        all.addAll(List.of(report.total(), report.internal(), report.external(), CsvDownload.blankIfNull(report.internalShare()),
                ReportRepository.round(report.weeklyCostInternal() + report.weeklyCostExternal()),
                ReportRepository.round(report.annualCostInternal() + report.annualCostExternal())));
        rows.add(all);
        for (PlacementMix.MixGroup group : report.groups()) {
            List<Object> row = new ArrayList<>(List.of(report.asOf()));
            row.addAll(group.key());
            row.addAll(List.of(group.total(), group.internal(), group.external(), CsvDownload.blankIfNull(group.internalShare()),
                    CsvDownload.blankIfNull(group.weeklyCost()), CsvDownload.blankIfNull(group.annualCost())));
            rows.add(row);
        }
        return CsvDownload.of("placement-mix-" + report.asOf() + ".csv", header, rows);
    }

    @GetMapping("/placement-mix-trend.csv")
    ResponseEntity<String> placementMixTrend(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Scope scope = Scope.ofCurrentRequest();
        List<List<Object>> rows = mix.placementMixTrend(scope, from, to).stream().<List<Object>>map(point -> List.of(point.asOf(),
                point.total(), point.internal(), point.external(), point.weeklyCostInternal(), point.weeklyCostExternal())).toList();
        return CsvDownload.of("placement-mix-trend.csv", List.of("as_of", "total", "internal", "external", "weekly_cost_internal",
                "weekly_cost_external"), rows);
    }

    @GetMapping("/sufficiency.csv")
    ResponseEntity<String> sufficiency(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        Scope scope = Scope.ofCurrentRequest();
        Sufficiency report = sufficiency.sufficiency(scope, asOf);
        List<List<Object>> rows = new ArrayList<>();
        for (Sufficiency.LocalityRow locality : report.localities()) {
            for (Sufficiency.BandDemand band : locality.demand()) {
                rows.add(List.of(report.asOf(), locality.name(), band.ageBand(), locality.supply().approvedPlaces(),
                        locality.supply().filled(), locality.supply().vacant(), locality.supply().held(),
                        locality.supply().sleepoverBeds(), band.demand(), band.placedExternally(), band.openReferrals(),
                        band.vacanciesThatFit(), band.gap()));
            }
        }
        return CsvDownload.of("sufficiency-" + report.asOf() + ".csv", List.of("as_of", "locality", "age_band", "approved_places",
                "filled", "vacant", "held", "sleepover_beds", "demand", "placed_externally", "open_referrals",
                "vacancies_that_fit", "gap"), rows);
    }

    @GetMapping("/carer-recruitment.csv")
    ResponseEntity<String> carerRecruitment(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Scope scope = Scope.ofCurrentRequest();
        List<List<Object>> rows = recruitment.carerRecruitment(scope, from, to).stream().<List<Object>>map(year -> List.of(year.year(),
                year.carerType(), year.enquiries(), year.approvals(), year.deregistrations(), year.netGain())).toList();
        return CsvDownload.of("carer-recruitment.csv", List.of("year", "carer_type", "enquiries", "approvals", "deregistrations",
                "net_gain"), rows);
    }

    @GetMapping("/distance-from-home.csv")
    ResponseEntity<String> distanceFromHome(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        Scope scope = Scope.ofCurrentRequest();
        DistanceFromHome report = distance.distanceFromHome(scope, asOf);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(report.asOf(), "All", report.measured(), report.over20Miles(), CsvDownload.blankIfNull(report.over20MilesShare()),
                report.outsideBoundary(), CsvDownload.blankIfNull(report.outsideBoundaryShare())));
        for (DistanceFromHome.Group group : report.byPlacementType()) {
            rows.add(List.of(report.asOf(), group.placementType(), group.measured(), group.over20Miles(), "",
                    group.outsideBoundary(), ""));
        }
        return CsvDownload.of("distance-from-home-" + report.asOf() + ".csv", List.of("as_of", "placement_type", "measured",
                "over_20_miles", "over_20_miles_share", "outside_boundary", "outside_boundary_share"), rows);
    }

    @GetMapping("/placement-stability.csv")
    ResponseEntity<String> placementStability(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        Scope scope = Scope.ofCurrentRequest();
        Stability report = stability.stability(scope, asOf);
        return CsvDownload.of("placement-stability-" + report.asOf() + ".csv", List.of("as_of", "in_care", "three_or_more_placements",
                "three_or_more_share", "long_term_eligible", "long_term_stable", "long_term_share"),
                List.of(List.of(report.asOf(), report.inCare(), report.threeOrMorePlacements(),
                        CsvDownload.blankIfNull(report.threeOrMoreShare()), report.longTermEligible(), report.longTermStable(),
                        CsvDownload.blankIfNull(report.longTermShare()))));
    }

    @GetMapping("/savings-tracker.csv")
    ResponseEntity<String> savingsTracker(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Scope scope = Scope.ofCurrentRequest();
        Programme.Savings report = programme.savings(scope, from, to);
        return CsvDownload.of("savings-tracker-" + report.from() + "-" + report.to() + ".csv", List.of("from", "to", "transfers_home",
                "annualised_saving", "new_entrants_internal", "new_entrants_external", "new_entrants_internal_share"),
                List.of(List.of(report.from(), report.to(), report.transfersHome(), CsvDownload.blankIfNull(report.annualisedSaving()),
                        report.newEntrantsInternal(), report.newEntrantsExternal(), CsvDownload.blankIfNull(report.newEntrantsInternalShare()))));
    }

    @GetMapping("/mockingbird-outcomes.csv")
    ResponseEntity<String> mockingbirdOutcomes(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Scope scope = Scope.ofCurrentRequest();
        Programme.MockingbirdOutcomes report = programme.mockingbirdOutcomes(scope, from, to);
        List<List<Object>> rows = new ArrayList<>();
        for (var side : List.of(Map.entry("In constellations", report.inConstellations()), Map.entry("Outside", report.outside()))) {
            Programme.Outcome outcome = side.getValue();
            rows.add(List.of(report.from(), report.to(), side.getKey(), outcome.placementsEnded(), outcome.unplannedEndings(),
                    CsvDownload.blankIfNull(outcome.unplannedShare()), outcome.households(), outcome.deregistrations(),
                    CsvDownload.blankIfNull(outcome.deregistrationRate())));
        }
        return CsvDownload.of("mockingbird-outcomes-" + report.from() + "-" + report.to() + ".csv", List.of("from", "to", "households_in",
                "placements_ended", "unplanned_endings", "unplanned_share", "households", "deregistrations",
                "deregistration_rate"), rows);
    }
}
