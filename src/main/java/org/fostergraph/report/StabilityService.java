package org.fostergraph.report;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.fostergraph.security.Scope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The DfE's placement stability measures. */
@Service
@Transactional(readOnly = true)
public class StabilityService {

    private final ReportRepository reports;
    private final Reporting reporting;

    StabilityService(ReportRepository reports, Reporting reporting) {
        this.reports = reports;
        this.reporting = reporting;
    }

    /**
     * DfE stability: children in care on the day with 3 or more placements open at some time in the 12 months
     * to it; and of the under-16s looked after for 2½ years without a break, those in the same placement for
     * 2 years. A break in care is a day between one placement's end and the next one's start.
     */
    public Stability stability(Scope scope, LocalDate asOf) {
        LocalDate day = reporting.checkedDay(scope, "asOf", asOf);
        List<ReportRepository.History> histories = reports.historiesOfChildrenInCare(scope, day);
        LocalDate yearBefore = day.minusYears(1);
        int threeOrMore = 0;
        int eligible = 0;
        int stable = 0;
        for (ReportRepository.History history : histories) {
            List<LocalDate[]> placements = history.placements();
            long inYear = placements.stream().filter(p -> p[1] == null || p[1].isAfter(yearBefore)).count();
            threeOrMore += inYear >= 3 ? 1 : 0;
            LocalDate[] current = placements.get(placements.size() - 1);
            LocalDate careStart = current[0];
            for (int i = placements.size() - 2; i >= 0 && placements.get(i)[1] != null
                    && !placements.get(i)[1].isBefore(careStart); i--) {
                careStart = placements.get(i)[0].isBefore(careStart) ? placements.get(i)[0] : careStart;
            }
            boolean underSixteen = Period.between(history.dateOfBirth(), day).getYears() < 16;
            if (underSixteen && !careStart.isAfter(day.minusMonths(30))) {
                eligible++;
                stable += !current[0].isAfter(day.minusYears(2)) ? 1 : 0;
            }
        }
        PublishedCount threeOrMoreShown = reporting.alone(threeOrMore);
        PublishedCount eligibleShown = reporting.alone(eligible);
        PublishedCount stableShown = reporting.alone(stable);
        // The share of a hidden count would give it away.
        return new Stability(day, histories.size(), threeOrMoreShown.shown(), threeOrMoreShown.hidden() ? null
                : Reporting.share(threeOrMore, histories.size()), eligibleShown.shown(), stableShown.shown(),
                stableShown.hidden() || eligibleShown.hidden() ? null : Reporting.share(stable, eligible));
    }
}
