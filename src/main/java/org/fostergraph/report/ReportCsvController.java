package org.fostergraph.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fostergraph.security.Scope;
import org.fostergraph.support.CsvDownload;
import org.fostergraph.support.ReportTable;
import org.fostergraph.support.XlsxDownload;

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
    private final int disclosureThreshold;

    ReportCsvController(PlacementMixService mix, SufficiencyService sufficiency, RecruitmentService recruitment,
            DistanceFromHomeService distance, StabilityService stability, ProgrammeService programme,
            DisclosureProperties disclosure) {
        this.disclosureThreshold = disclosure.threshold();
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
        return CsvDownload.of(placementMixTable(Scope.ofCurrentRequest(), asOf, groupBy));
    }

    private ReportTable placementMixTable(Scope scope, LocalDate asOf, List<MixDimension> groupBy) {
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
        return new ReportTable("Placement mix", "placement-mix-" + report.asOf() + ".csv", header, rows);
    }

    @GetMapping("/placement-mix-trend.csv")
    ResponseEntity<String> placementMixTrend(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return CsvDownload.of(placementMixTrendTable(Scope.ofCurrentRequest(), from, to));
    }

    private ReportTable placementMixTrendTable(Scope scope, LocalDate from, LocalDate to) {
        List<List<Object>> rows = mix.placementMixTrend(scope, from, to).stream().<List<Object>>map(point -> List.of(point.asOf(),
                point.total(), point.internal(), point.external(), point.weeklyCostInternal(), point.weeklyCostExternal())).toList();
        return new ReportTable("Trend", "placement-mix-trend.csv", List.of("as_of", "total", "internal", "external", "weekly_cost_internal",
                "weekly_cost_external"), rows);
    }

    @GetMapping("/sufficiency.csv")
    ResponseEntity<String> sufficiency(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return CsvDownload.of(sufficiencyTable(Scope.ofCurrentRequest(), asOf));
    }

    private ReportTable sufficiencyTable(Scope scope, LocalDate asOf) {
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
        return new ReportTable("Sufficiency", "sufficiency-" + report.asOf() + ".csv", List.of("as_of", "locality", "age_band", "approved_places",
                "filled", "vacant", "held", "sleepover_beds", "demand", "placed_externally", "open_referrals",
                "vacancies_that_fit", "gap"), rows);
    }

    @GetMapping("/carer-recruitment.csv")
    ResponseEntity<String> carerRecruitment(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return CsvDownload.of(carerRecruitmentTable(Scope.ofCurrentRequest(), from, to));
    }

    private ReportTable carerRecruitmentTable(Scope scope, LocalDate from, LocalDate to) {
        List<List<Object>> rows = recruitment.carerRecruitment(scope, from, to).stream().<List<Object>>map(year -> List.of(year.year(),
                year.carerType(), year.enquiries(), year.approvals(), year.deregistrations(), year.netGain())).toList();
        return new ReportTable("Carer recruitment", "carer-recruitment.csv", List.of("year", "carer_type", "enquiries", "approvals", "deregistrations",
                "net_gain"), rows);
    }

    @GetMapping("/distance-from-home.csv")
    ResponseEntity<String> distanceFromHome(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return CsvDownload.of(distanceFromHomeTable(Scope.ofCurrentRequest(), asOf));
    }

    private ReportTable distanceFromHomeTable(Scope scope, LocalDate asOf) {
        DistanceFromHome report = distance.distanceFromHome(scope, asOf);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(report.asOf(), "All", report.measured(), report.over20Miles(), CsvDownload.blankIfNull(report.over20MilesShare()),
                report.outsideBoundary(), CsvDownload.blankIfNull(report.outsideBoundaryShare())));
        for (DistanceFromHome.Group group : report.byPlacementType()) {
            rows.add(List.of(report.asOf(), group.placementType(), group.measured(), group.over20Miles(), "",
                    group.outsideBoundary(), ""));
        }
        return new ReportTable("Distance from home", "distance-from-home-" + report.asOf() + ".csv", List.of("as_of", "placement_type", "measured",
                "over_20_miles", "over_20_miles_share", "outside_boundary", "outside_boundary_share"), rows);
    }

    @GetMapping("/placement-stability.csv")
    ResponseEntity<String> placementStability(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return CsvDownload.of(placementStabilityTable(Scope.ofCurrentRequest(), asOf));
    }

    private ReportTable placementStabilityTable(Scope scope, LocalDate asOf) {
        Stability report = stability.stability(scope, asOf);
        return new ReportTable("Stability", "placement-stability-" + report.asOf() + ".csv", List.of("as_of", "in_care", "three_or_more_placements",
                "three_or_more_share", "long_term_eligible", "long_term_stable", "long_term_share"),
                List.of(List.of(report.asOf(), report.inCare(), report.threeOrMorePlacements(),
                        CsvDownload.blankIfNull(report.threeOrMoreShare()), report.longTermEligible(), report.longTermStable(),
                        CsvDownload.blankIfNull(report.longTermShare()))));
    }

    @GetMapping("/savings-tracker.csv")
    ResponseEntity<String> savingsTracker(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return CsvDownload.of(savingsTrackerTable(Scope.ofCurrentRequest(), from, to));
    }

    private ReportTable savingsTrackerTable(Scope scope, LocalDate from, LocalDate to) {
        Programme.Savings report = programme.savings(scope, from, to);
        return new ReportTable("Savings tracker", "savings-tracker-" + report.from() + "-" + report.to() + ".csv", List.of("from", "to", "transfers_home",
                "annualised_saving", "new_entrants_internal", "new_entrants_external", "new_entrants_internal_share"),
                List.of(List.of(report.from(), report.to(), report.transfersHome(), CsvDownload.blankIfNull(report.annualisedSaving()),
                        report.newEntrantsInternal(), report.newEntrantsExternal(), CsvDownload.blankIfNull(report.newEntrantsInternalShare()))));
    }

    @GetMapping("/mockingbird-outcomes.csv")
    ResponseEntity<String> mockingbirdOutcomes(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return CsvDownload.of(mockingbirdOutcomesTable(Scope.ofCurrentRequest(), from, to));
    }

    private ReportTable mockingbirdOutcomesTable(Scope scope, LocalDate from, LocalDate to) {
        Programme.MockingbirdOutcomes report = programme.mockingbirdOutcomes(scope, from, to);
        List<List<Object>> rows = new ArrayList<>();
        for (var side : List.of(Map.entry("In constellations", report.inConstellations()), Map.entry("Outside", report.outside()))) {
            Programme.Outcome outcome = side.getValue();
            rows.add(List.of(report.from(), report.to(), side.getKey(), outcome.placementsEnded(), outcome.unplannedEndings(),
                    CsvDownload.blankIfNull(outcome.unplannedShare()), outcome.households(), outcome.deregistrations(),
                    CsvDownload.blankIfNull(outcome.deregistrationRate())));
        }
        return new ReportTable("Mockingbird outcomes", "mockingbird-outcomes-" + report.from() + "-" + report.to() + ".csv", List.of("from", "to", "households_in",
                "placements_ended", "unplanned_endings", "unplanned_share", "households", "deregistrations",
                "deregistration_rate"), rows);
    }

    /**
     * The councillors' report: every table above on one day ({@code asOf}, today by default) and over one period
     * ({@code from} to {@code asOf}; the trend, recruitment, savings and Mockingbird outcomes), as one Excel workbook
     * with a sheet per table and a first sheet saying how small numbers are hidden.
     */
    @GetMapping("/councillors-report.xlsx")
    ResponseEntity<byte[]> councillorsReport(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from) {
        Scope scope = Scope.ofCurrentRequest();
        PlacementMix today = mix.placementMix(scope, asOf, null);
        LocalDate day = today.asOf();
        LocalDate start = from == null ? day.minusMonths(24) : from;
        List<ReportTable> tables = List.of(placementMixTable(scope, day, null),
                rename(placementMixTable(scope, day, List.of(MixDimension.LOCALITY)), "Mix by locality"),
                rename(placementMixTable(scope, day, List.of(MixDimension.PLACEMENT_TYPE)), "Mix by placement type"),
                placementMixTrendTable(scope, start, day), sufficiencyTable(scope, day), distanceFromHomeTable(scope, day),
                placementStabilityTable(scope, day), carerRecruitmentTable(scope, start, day), savingsTrackerTable(scope, start, day),
                mockingbirdOutcomesTable(scope, start, day));
        List<String> about = List.of("Children in care on " + day + "; trend and outcomes from " + start + " to " + day + ".",
                "Made by fostergraph from the council's own records. Each sheet is one table of the commissioning dashboard.",
                "Small numbers: a count from 1 to " + (disclosureThreshold - 1) + " reads c, as the DfE publishes, and so does any "
                        + "further cell that would let it be worked out; shares and costs of hidden groups are left blank.",
                "Money is pounds a week or a year as the column says; shares are percentages of the row's children.");
        return XlsxDownload.of("councillors-report-" + day + ".xlsx", day, "Children in care: the councillors' report, " + day, about,
                tables);
    }

    private static ReportTable rename(ReportTable table, String title) {
        return new ReportTable(title, table.fileName(), table.header(), table.rows());
    }
}
