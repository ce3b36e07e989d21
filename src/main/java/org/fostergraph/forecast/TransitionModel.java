package org.fostergraph.forecast;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.fostergraph.report.AgeBand;

/**
 * Monthly rates estimated from the placement history over a reference period of month ends up to a cut-off:
 * for each age band, the share of children in each care state at one month end who are in each state (or have
 * left care) at the next; and the children entering care each month, by age in years and state, and by home
 * locality. A band and state no child was in during the period keeps its children where they are.
 *
 * <p>Three choices make it forecast better than a rate per band over the whole period (docs/FORECAST.md, "Method"):
 * <ul>
 * <li>A child who left care because they turned 18 (on or within a month before the birthday) is not a leaver in the
 * rates: the projection ages every child out on their 18th birthday from their own age, so fitting a rate to it would
 * count it twice.</li>
 * <li>Entrants are counted by age in years, so the projection places each at their age, not spread over a band.</li>
 * <li>Entries are averaged over the last {@code entryMonths} of the period only (12 by default): the number of
 * children coming into care moves with local policy and demand from one year to the next far more than the chance a
 * child already in care moves or leaves, so the latest year says more about next year's entries.</li>
 * </ul>
 * A month end on which a child's state is unknown (a later return refused them) tells nothing: the months either side
 * of it count neither a move nor an entry for them.
 */
final class TransitionModel {

    static final int BANDS = AgeBand.values().length;
    static final int STATES = CareState.values().length;
    /** Ages in whole years a child in care can be: 0 to 17. */
    static final int AGES = ChildHistory.LEAVING_AGE;
    /** The column of {@link #rates} for leaving care. */
    static final int LEFT_CARE = STATES;
    static final String UNKNOWN_LOCALITY = "Unknown";

    /**
     * What one month of the reference period showed: moves between month ends ([band][from][to or LEFT_CARE]),
     * entrants ([age][state]) and whether the month is one whose entries are averaged.
     */
    record Month(LocalDate end, double[][][] moves, double[][] entrants, Map<String, Double> entrantsByLocality,
            boolean countsEntries) {
    }

    /** [band][from][to, or LEFT_CARE]: the monthly probability. */
    private final double[][][] rates = new double[BANDS][STATES][STATES + 1];
    /** [band][from]: children observed, the denominator of the rates. */
    private final double[][] observed = new double[BANDS][STATES];
    /** [age][state]: children entering care per month. */
    private final double[][] entrants = new double[AGES][STATES];
    private final Map<String, Double> entrantShares = new TreeMap<>();

    private TransitionModel(List<Month> months) {
        double[][][] moves = new double[BANDS][STATES][STATES + 1];
        Map<String, Double> byLocality = new TreeMap<>();
        // A resample that drew none of the entry months averages entries over the months it drew.
        boolean anyEntryMonth = months.stream().anyMatch(Month::countsEntries);
        long entryMonths = months.stream().filter(month -> month.countsEntries() || !anyEntryMonth).count();
        for (Month month : months) {
            for (int b = 0; b < BANDS; b++) {
                for (int i = 0; i < STATES; i++) {
                    for (int j = 0; j <= STATES; j++) {
                        moves[b][i][j] += month.moves()[b][i][j];
                    }
                }
            }
            if (month.countsEntries() || !anyEntryMonth) {
                for (int a = 0; a < AGES; a++) {
                    for (int i = 0; i < STATES; i++) {
                        entrants[a][i] += month.entrants()[a][i] / entryMonths;
                    }
                }
                month.entrantsByLocality().forEach((locality, count) -> byLocality.merge(locality, count, Double::sum));
            }
        }
        for (int b = 0; b < BANDS; b++) {
            for (int i = 0; i < STATES; i++) {
                for (int j = 0; j <= STATES; j++) {
                    observed[b][i] += moves[b][i][j];
                }
                for (int j = 0; j <= STATES; j++) {
                    rates[b][i][j] = observed[b][i] == 0 ? (j == i ? 1 : 0) : moves[b][i][j] / observed[b][i];
                }
            }
        }
        double allEntrants = byLocality.values().stream().mapToDouble(Double::doubleValue).sum();
        byLocality.forEach((locality, count) -> entrantShares.put(locality, count / allEntrants));
    }

    /**
     * The months of the reference period, each observed from the histories: the raw material of {@link #fit}. The last
     * {@code entryMonths} of them are the ones whose entries are averaged.
     */
    static List<Month> observe(List<ChildHistory> histories, LocalDate cutOff, int referenceMonths, int entryMonths) {
        List<Month> months = new ArrayList<>();
        LocalDate last = cutOff.with(TemporalAdjusters.lastDayOfMonth());
        for (int k = referenceMonths - 1; k >= 0; k--) {
            LocalDate end = last.minusMonths(k).with(TemporalAdjusters.lastDayOfMonth());
            LocalDate before = end.minusMonths(1).with(TemporalAdjusters.lastDayOfMonth());
            double[][][] moves = new double[BANDS][STATES][STATES + 1];
            double[][] entrants = new double[AGES][STATES];
            Map<String, Double> byLocality = new TreeMap<>();
            for (ChildHistory child : histories) {
                CareState from = child.stateOn(before);
                CareState to = child.stateOn(end);
                if ((from == null && child.unknownOn(before)) || (to == null && child.unknownOn(end))) {
                    continue;
                }
                if (from != null && !child.dateOfBirth().isAfter(before)) {
                    if (to == null && child.agedOutBy(end)) {
                        continue;
                    }
                    moves[AgeBand.on(child.dateOfBirth(), before).ordinal()][from.ordinal()][to == null ? LEFT_CARE : to.ordinal()]++;
                }
                else if (from == null && to != null) {
                    entrants[Math.min(AGES - 1, Math.max(0, child.ageOn(end)))][to.ordinal()]++;
                    byLocality.merge(child.locality() == null ? UNKNOWN_LOCALITY : child.locality(), 1.0, Double::sum);
                }
            }
            months.add(new Month(end, moves, entrants, byLocality, k < entryMonths));
        }
        return months;
    }

    static TransitionModel fit(List<Month> months) {
        return new TransitionModel(months);
    }

    double rate(AgeBand band, CareState from, CareState to) {
        return rates[band.ordinal()][from.ordinal()][to.ordinal()];
    }

    double leavingRate(AgeBand band, CareState from) {
        return rates[band.ordinal()][from.ordinal()][LEFT_CARE];
    }

    double observed(AgeBand band, CareState from) {
        return observed[band.ordinal()][from.ordinal()];
    }

    /** Children entering care a month at this age in years (0–17) into this state. */
    double entrantsPerMonth(int age, CareState state) {
        return entrants[age][state.ordinal()];
    }

    /** Children entering care a month in the band into this state. */
    double entrantsPerMonth(AgeBand band, CareState state) {
        double sum = 0;
        for (int age = 0; age < AGES; age++) {
            if (AgeBand.of(age) == band) {
                sum += entrants[age][state.ordinal()];
            }
        }
        return sum;
    }

    /** Each home locality's share of the entrants (empty when nobody entered care in the period). */
    Map<String, Double> entrantShares() {
        return entrantShares;
    }

    double[][][] rates() {
        return rates;
    }
}
