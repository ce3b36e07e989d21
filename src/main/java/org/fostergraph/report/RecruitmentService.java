package org.fostergraph.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fostergraph.api.errors.InvalidArgumentException;
import org.fostergraph.security.Scope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Carers recruited and lost per financial year. */
@Service
@Transactional(readOnly = true)
public class RecruitmentService {

    private final RecruitmentRepository recruitment;
    private final Reporting reporting;

    RecruitmentService(RecruitmentRepository recruitment, Reporting reporting) {
        this.recruitment = recruitment;
        this.reporting = reporting;
    }

    /**
     * Enquiries, first approvals and de-registrations of in-house ("MAINSTREAM") and connected-person carers,
     * per financial year from the one holding {@code from} to the one holding {@code to}. Carers' households are
     * counted, not children, so nothing is suppressed.
     */
    public List<Recruitment> carerRecruitment(Scope scope, LocalDate from, LocalDate to) {
        LocalDate today = reporting.today();
        LocalDate last = to == null ? today : to;
        if (last.isAfter(today)) {
            throw new InvalidArgumentException("to", last, "reports describe days up to today (" + today + "), not the future");
        }
        if (from.isAfter(last)) {
            throw new InvalidArgumentException("from", from, "the report runs from a day up to a later one (to is " + last + ")");
        }
        LocalDate start = LocalDate.of(from.getMonthValue() >= 4 ? from.getYear() : from.getYear() - 1, 4, 1);
        if (start.plusYears(Reporting.MAX_TREND_MONTHS / 12).isBefore(last)) {
            throw new InvalidArgumentException("from", from, "the report covers at most " + Reporting.MAX_TREND_MONTHS / 12 + " years");
        }
        List<RecruitmentRepository.Step> steps = recruitment.steps(scope, start, last);
        List<Recruitment> years = new ArrayList<>();
        for (LocalDate yearStart = start; !yearStart.isAfter(last); yearStart = yearStart.plusYears(1)) {
            LocalDate yearEnd = yearStart.plusYears(1).minusDays(1);
            String label = yearStart.getYear() + "/" + String.valueOf(yearStart.getYear() + 1).substring(2);
            for (String type : List.of("MAINSTREAM", "CONNECTED_PERSON")) {
                String provision = type.equals("MAINSTREAM") ? "IN_HOUSE_FOSTERING" : "CONNECTED_PERSON";
                LocalDate first = yearStart;
                List<RecruitmentRepository.Step> inYear = steps.stream().filter(step -> step.provision().equals(provision)
                        && !step.date().isBefore(first) && !step.date().isAfter(yearEnd)).toList();
                years.add(new Recruitment(label, yearStart, yearEnd, type,
                        (int) inYear.stream().filter(step -> step.status().equals("ENQUIRY")).count(),
                        (int) inYear.stream().filter(step -> step.status().equals("APPROVED")
                                && !"ON_HOLD".equals(step.previousStatus())).count(),
                        (int) inYear.stream().filter(step -> step.status().equals("DEREGISTERED")).count()));
            }
        }
        return years;
    }
}
