package org.fostergraph.report;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.fostergraph.api.errors.InvalidArgumentException;
import org.fostergraph.neo4j.CouncilFanOut;
import org.fostergraph.security.Scope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The placement mix on a day, grouped and suppressed, and its totals month by month. */
@Service
@Transactional(readOnly = true)
public class PlacementMixService {

    private final ReportRepository reports;
    private final CouncilFanOut councils;
    private final Reporting reporting;

    PlacementMixService(ReportRepository reports, CouncilFanOut councils, Reporting reporting) {
        this.reports = reports;
        this.councils = councils;
        this.reporting = reporting;
    }

    public PlacementMix placementMix(Scope scope, LocalDate asOf, List<MixDimension> groupBy) {
        LocalDate day = reporting.checkedDay(scope, "asOf", asOf);
        List<MixDimension> dimensions = groupBy == null ? List.of() : groupBy.stream().distinct().toList();
        List<MixCube.Entry> entries = councils.read(scope.councils(), some -> reports.mixOn(day, some)).stream()
                .map(Reporting::entry).toList();
        int total = 0;
        int internal = 0;
        double internalCost = 0;
        double externalCost = 0;
        for (MixCube.Entry entry : entries) {
            total += entry.children();
            internal += entry.internal() ? entry.children() : 0;
            internalCost += entry.internal() ? entry.weeklyCost() : 0;
            externalCost += entry.internal() ? 0 : entry.weeklyCost();
        }
        List<PlacementMix.MixGroup> groups = new ArrayList<>();
        if (!dimensions.isEmpty()) {
            reporting.mixCube(entries).table(dimensions, Reporting.keyOrder(dimensions)).forEach((key, cell) -> groups.add(
                    new PlacementMix.MixGroup(key, cell.total().shown(), cell.internal().shown(), cell.external().shown(),
                            cell.splitHidden() ? null : Reporting.share(cell.internal().value(), cell.total().value()),
                            cell.spendHidden() ? null : ReportRepository.round(cell.spend()))));
        }
        int shortBreaks = councils.read(scope.councils(), some -> List.of(reports.shortBreaksOn(day, some))).stream()
                .mapToInt(Integer::intValue).sum();
        return new PlacementMix(day, total, internal, total - internal, ReportRepository.round(internalCost),
                ReportRepository.round(externalCost), dimensions, groups, shortBreaks);
    }

    /** The totals at each month end from {@code from} to {@code to}. */
    public List<PlacementMix.Point> placementMixTrend(Scope scope, LocalDate from, LocalDate to) {
        LocalDate last = reporting.checkedPeriod(scope, from, to);
        List<LocalDate> monthEnds = new ArrayList<>();
        for (LocalDate end = from.with(TemporalAdjusters.lastDayOfMonth()); !end.isAfter(last);
                end = end.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth())) {
            monthEnds.add(end);
        }
        if (monthEnds.size() > Reporting.MAX_TREND_MONTHS) {
            throw new InvalidArgumentException("from", from, "a trend covers at most " + Reporting.MAX_TREND_MONTHS + " month ends");
        }
        return monthEnds.isEmpty() ? List.of() : reports.totalsOn(scope, monthEnds);
    }
}
