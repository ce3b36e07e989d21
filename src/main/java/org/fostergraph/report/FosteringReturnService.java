package org.fostergraph.report;

import java.time.LocalDate;
import java.util.List;

import org.fostergraph.api.errors.InvalidArgumentException;
import org.fostergraph.report.SufficiencyService.FosteringPlaces;
import org.fostergraph.security.Scope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures a council's fostering service gives Ofsted's annual fostering data collection ("Fostering in England"),
 * for one financial year: its own mainstream carers' places on 31 March (approved, filled, vacant, and of the vacant
 * those not available, by reason), and the households approved and de-registered in the year, mainstream and
 * connected-person apart.
 */
@Service
@Transactional(readOnly = true)
public class FosteringReturnService {

    /**
     * @param to the day the places are counted: 31 March, or today while the year runs
     * @param complete whether the year has ended; until then the figures are the year's so far
     */
    public record FosteringReturn(String year, LocalDate from, LocalDate to, boolean complete, FosteringPlaces places,
            Recruitment mainstream, Recruitment connectedPerson) {
    }

    private final SufficiencyService sufficiency;
    private final RecruitmentService recruitment;
    private final Reporting reporting;

    FosteringReturnService(SufficiencyService sufficiency, RecruitmentService recruitment, Reporting reporting) {
        this.sufficiency = sufficiency;
        this.recruitment = recruitment;
        this.reporting = reporting;
    }

    public FosteringReturn fosteringReturn(Scope scope, String year) {
        FinancialYear financialYear = FinancialYear.named("year", year);
        LocalDate today = reporting.today();
        if (financialYear.from().isAfter(today)) {
            throw new InvalidArgumentException("year", year, "a year that has begun: today (" + today + ") is in "
                    + FinancialYear.holding(today).label());
        }
        boolean complete = financialYear.to().isBefore(today);
        LocalDate counted = complete ? financialYear.to() : today;
        LocalDate day = reporting.checkedDay(scope, "year", counted);
        List<Recruitment> carers = recruitment.inYear(scope, financialYear, counted);
        return new FosteringReturn(financialYear.label(), financialYear.from(), counted, complete,
                sufficiency.fosteringPlacesOn(scope, day), carers.get(0), carers.get(1));
    }
}
