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
        FinancialYear first = FinancialYear.holding(from);
        if (first.from().plusYears(Reporting.MAX_TREND_MONTHS / 12).isBefore(last)) {
            throw new InvalidArgumentException("from", from, "the report covers at most " + Reporting.MAX_TREND_MONTHS / 12 + " years");
        }
        List<RecruitmentRepository.Step> steps = recruitment.steps(scope, first.from(), last);
        List<Recruitment> years = new ArrayList<>();
        for (FinancialYear year = first; !year.from().isAfter(last); year = year.next()) {
            years.add(inYear(steps, year, "MAINSTREAM"));
            years.add(inYear(steps, year, "CONNECTED_PERSON"));
        }
        return years;
    }

    /** One financial year's figures up to a day, mainstream then connected-person carers (Ofsted asks the two apart). */
    List<Recruitment> inYear(Scope scope, FinancialYear year, LocalDate upTo) {
        List<RecruitmentRepository.Step> steps = recruitment.steps(scope, year.from(), upTo);
        return List.of(inYear(steps, year, "MAINSTREAM"), inYear(steps, year, "CONNECTED_PERSON"));
    }

    /** One financial year's figures of one kind of carer. */
    private static Recruitment inYear(List<RecruitmentRepository.Step> steps, FinancialYear year, String carerType) {
        String provision = carerType.equals("MAINSTREAM") ? "IN_HOUSE_FOSTERING" : "CONNECTED_PERSON";
        List<RecruitmentRepository.Step> inYear = steps.stream().filter(step -> step.provision().equals(provision)
                && !step.date().isBefore(year.from()) && !step.date().isAfter(year.to())).toList();
        return new Recruitment(year.label(), year.from(), year.to(), carerType,
                (int) inYear.stream().filter(step -> step.status().equals("ENQUIRY")).count(),
                // A return from hold is not an approval: the carers were approved before.
                (int) inYear.stream().filter(step -> step.status().equals("APPROVED")
                        && !"ON_HOLD".equals(step.previousStatus())).count(),
                (int) inYear.stream().filter(step -> step.status().equals("DEREGISTERED")).count());
    }
}
