package org.fostergraph.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.fostergraph.graphql.DomainException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The commissioners' reports as CSV files for Excel: the same numbers, suppression and errors as GraphQL. */
@RestController
@RequestMapping("/api/reports")
class ReportCsvController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final ReportService reports;

    ReportCsvController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/placement-mix.csv")
    ResponseEntity<String> placementMix(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) List<MixDimension> groupBy) {
        PlacementMix mix = reports.placementMix(asOf, groupBy);
        List<String> header = new ArrayList<>(List.of("as_of"));
        mix.groupBy().forEach(dimension -> header.add(dimension.name().toLowerCase()));
        header.addAll(List.of("total", "internal", "external"));
        List<List<Object>> rows = new ArrayList<>();
        List<Object> all = new ArrayList<>(List.of(mix.asOf()));
        mix.groupBy().forEach(dimension -> all.add("All"));
        all.addAll(List.of(mix.total(), mix.internal(), mix.external()));
        rows.add(all);
        for (PlacementMix.MixGroup group : mix.groups()) {
            List<Object> row = new ArrayList<>(List.of(mix.asOf()));
            row.addAll(group.key());
            row.addAll(List.of(group.total(), group.internal(), group.external()));
            rows.add(row);
        }
        return csv("placement-mix-" + mix.asOf() + ".csv", header, rows);
    }

    @GetMapping("/placement-mix-trend.csv")
    ResponseEntity<String> placementMixTrend(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        List<List<Object>> rows = reports.placementMixTrend(from, to).stream().<List<Object>>map(point -> List.of(point.asOf(),
                point.total(), point.internal(), point.external(), point.weeklyCostInternal(), point.weeklyCostExternal())).toList();
        return csv("placement-mix-trend.csv", List.of("as_of", "total", "internal", "external", "weekly_cost_internal",
                "weekly_cost_external"), rows);
    }

    @GetMapping("/sufficiency.csv")
    ResponseEntity<String> sufficiency(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        Sufficiency report = reports.sufficiency(asOf);
        List<List<Object>> rows = new ArrayList<>();
        for (Sufficiency.LocalityRow locality : report.localities()) {
            for (Sufficiency.BandDemand band : locality.demand()) {
                rows.add(List.of(report.asOf(), locality.name(), band.ageBand(), locality.supply().approvedPlaces(),
                        locality.supply().filled(), locality.supply().vacant(), locality.supply().sleepoverBeds(),
                        band.placedExternally(), band.vacanciesThatFit(), band.gap()));
            }
        }
        return csv("sufficiency-" + report.asOf() + ".csv", List.of("as_of", "locality", "age_band", "approved_places",
                "filled", "vacant", "sleepover_beds", "placed_externally", "vacancies_that_fit", "gap"), rows);
    }

    @GetMapping("/carer-recruitment.csv")
    ResponseEntity<String> carerRecruitment(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        List<List<Object>> rows = reports.carerRecruitment(from, to).stream().<List<Object>>map(year -> List.of(year.year(),
                year.carerType(), year.enquiries(), year.approvals(), year.deregistrations(), year.netGain())).toList();
        return csv("carer-recruitment.csv", List.of("year", "carer_type", "enquiries", "approvals", "deregistrations",
                "net_gain"), rows);
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail refused(DomainException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refused.getMessage());
        problem.setProperty("code", refused.code());
        problem.setProperty("field", refused.field());
        problem.setProperty("value", refused.value());
        return problem;
    }

    private static ResponseEntity<String> csv(String fileName, List<String> header, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new))
                .setRecordSeparator("\n").get())) {
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .body(out.toString());
    }
}
