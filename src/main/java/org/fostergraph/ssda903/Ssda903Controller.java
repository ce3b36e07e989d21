package org.fostergraph.ssda903;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fostergraph.api.errors.TextRules;
import org.fostergraph.audit.AuditLog;
import org.fostergraph.security.Caller;
import org.fostergraph.security.Callers;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * {@code POST /api/ssda903} imports a council's return (multipart parts {@code header} and {@code episodes}) and
 * answers the summary; {@code GET /api/ssda903/header.csv} and {@code /episodes.csv} export the graph as a return.
 */
@RestController
@RequestMapping("/api/ssda903")
class Ssda903Controller {

    private final Ssda903Importer importer;
    private final Ssda903Exporter exporter;
    private final AuditLog auditLog;

    Ssda903Controller(Ssda903Importer importer, Ssda903Exporter exporter, AuditLog auditLog) {
        this.importer = importer;
        this.exporter = exporter;
        this.auditLog = auditLog;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Ssda903ImportSummary importReturn(@RequestPart("header") MultipartFile header,
            @RequestPart("episodes") MultipartFile episodes, @RequestParam(defaultValue = "false") boolean allowOlderYear) {
        return importer.importReturn(administrator().councilForChanges(), source("header", header), source("episodes", episodes),
                Ssda903Importer.Progress.NONE, allowOlderYear);
    }

    /** {@code ?year=2026}: the 2025/26 return (the year it ends in, as the DfE's validator names it); without, the whole history. */
    @GetMapping("/header.csv")
    void header(@RequestParam(required = false) String year, HttpServletResponse response) throws IOException {
        Optional<ReturnYear> returnYear = returnYear(year);
        String council = auditedExport("GET /api/ssda903/header.csv", returnYear);
        try (Writer out = csv(response, "header.csv")) {
            exporter.writeHeader(council, returnYear, out);
        }
    }

    @GetMapping("/episodes.csv")
    void episodes(@RequestParam(required = false) String year, HttpServletResponse response) throws IOException {
        Optional<ReturnYear> returnYear = returnYear(year);
        String council = auditedExport("GET /api/ssda903/episodes.csv", returnYear);
        try (Writer out = csv(response, "episodes.csv")) {
            exporter.writeEpisodes(council, returnYear, out);
        }
    }

    /** An export reads every child it holds: each read is audited before a byte is sent. */
    private String auditedExport(String operation, Optional<ReturnYear> year) {
        Caller caller = administrator();
        String council = caller.councilForChanges();
        auditLog.recordReads(caller.name(), exporter.childIds(council, year).stream()
                .collect(Collectors.toMap(Function.identity(), id -> Set.of(operation))));
        return council;
    }

    private static Optional<ReturnYear> returnYear(String year) {
        try {
            return ReturnYear.parse(year);
        }
        catch (IllegalArgumentException notAYear) {
            throw new BadYearException(year, notAYear.getMessage());
        }
    }

    /** A {@code year} that names no collection year. */
    static final class BadYearException extends RuntimeException {

        private final String value;

        BadYearException(String value, String message) {
            super(message);
            this.value = value;
        }
    }

    @ExceptionHandler(BadYearException.class)
    ProblemDetail badYear(BadYearException refused) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refused.getMessage());
        detail.setProperty("field", "year");
        detail.setProperty("value", TextRules.shown(refused.value));
        return detail;
    }

    private static Caller administrator() {
        return Callers.current().orElseThrow(() -> new IllegalStateException("The SSDA903 endpoints need a signed-in user"));
    }

    @ExceptionHandler(Ssda903FileException.class)
    ProblemDetail unreadable(Ssda903FileException refused) {
        Ssda903Problem problem = refused.problem();
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refused.getMessage());
        detail.setProperty("file", problem.file());
        detail.setProperty("row", problem.row());
        detail.setProperty("column", problem.column());
        detail.setProperty("value", problem.value());
        return detail;
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ProblemDetail missingPart(MissingServletRequestPartException missing) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The multipart part '"
                + missing.getRequestPartName() + "' is missing: send the Header file as 'header' and the Episodes file as 'episodes'");
        detail.setProperty("field", missing.getRequestPartName());
        return detail;
    }

    private static Ssda903Source source(String part, MultipartFile file) {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? part : file.getOriginalFilename();
        return new Ssda903Source(name, file::getInputStream);
    }

    private static Writer csv(HttpServletResponse response, String fileName) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
        return new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
    }
}
