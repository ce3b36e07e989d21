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
 * left care) at the next; and the children entering care each month, by age band and state, and by home locality.
 * A band and state no child was in during the period keeps its children where they are.
 */
final class TransitionModel {

    static final int BANDS = AgeBand.values().length;
    static final int STATES = CareState.values().length;
    /** The column of {@link #rates} for leaving care. */
    static final int LEFT_CARE = STATES;
    static final String UNKNOWN_LOCALITY = "Unknown";

    /** What one month of the reference period showed: moves between month ends, and entrants. */
    record Month(LocalDate end, double[][][] moves, double[][] entrants, Map<String, Double> entrantsByLocality) {
    }

    /** [band][from][to, or LEFT_CARE]: the monthly probability. */
    private final double[][][] rates = new double[BANDS][STATES][STATES + 1];
    /** [band][from]: children observed, the denominator of the rates. */
    private final double[][] observed = new double[BANDS][STATES];
    /** [band][state]: children entering care per month. */
    private final double[][] entrants = new double[BANDS][STATES];
    private final Map<String, Double> entrantShares = new TreeMap<>();

    private TransitionModel(List<Month> months) {
        double[][][] moves = new double[BANDS][STATES][STATES + 1];
        Map<String, Double> byLocality = new TreeMap<>();
        for (Month month : months) {
            for (int b = 0; b < BANDS; b++) {
                for (int i = 0; i < STATES; i++) {
                    for (int j = 0; j <= STATES; j++) {
                        moves[b][i][j] += month.moves()[b][i][j];
                    }
                    entrants[b][i] += month.entrants()[b][i] / months.size();
                }
            }
            month.entrantsByLocality().forEach((locality, count) -> byLocality.merge(locality, count, Double::sum));
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

    /** The months of the reference period, each observed from the histories: the raw material of {@link #fit}. */
    static List<Month> observe(List<ChildHistory> histories, LocalDate cutOff, int referenceMonths) {
        List<Month> months = new ArrayList<>();
        LocalDate last = cutOff.with(TemporalAdjusters.lastDayOfMonth());
        for (int k = referenceMonths - 1; k >= 0; k--) {
            LocalDate end = last.minusMonths(k).with(TemporalAdjusters.lastDayOfMonth());
            LocalDate before = end.minusMonths(1).with(TemporalAdjusters.lastDayOfMonth());
            double[][][] moves = new double[BANDS][STATES][STATES + 1];
            double[][] entrants = new double[BANDS][STATES];
            Map<String, Double> byLocality = new TreeMap<>();
            for (ChildHistory child : histories) {
                CareState from = child.stateOn(before);
                CareState to = child.stateOn(end);
                if (from != null && !child.dateOfBirth().isAfter(before)) {
                    moves[AgeBand.on(child.dateOfBirth(), before).ordinal()][from.ordinal()][to == null ? LEFT_CARE : to.ordinal()]++;
                }
                else if (from == null && to != null) {
                    entrants[AgeBand.on(child.dateOfBirth(), end).ordinal()][to.ordinal()]++;
                    byLocality.merge(child.locality() == null ? UNKNOWN_LOCALITY : child.locality(), 1.0, Double::sum);
                }
            }
            months.add(new Month(end, moves, entrants, byLocality));
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

    double entrantsPerMonth(AgeBand band, CareState state) {
        return entrants[band.ordinal()][state.ordinal()];
    }

    /** Each home locality's share of the entrants (empty when nobody entered care in the period). */
    Map<String, Double> entrantShares() {
        return entrantShares;
    }

    double[][][] rates() {
        return rates;
    }
}
