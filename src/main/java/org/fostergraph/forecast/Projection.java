package org.fostergraph.forecast;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.fostergraph.report.AgeBand;

/**
 * Month by month from the children in care at the cut-off, by home locality, age in months and care state: each month
 * the model's rates (by the child's age band) move children between states or out of care, every child grows a month
 * older and leaves care on reaching 18, entrants arrive at their age (spread evenly over its twelve months) split by
 * locality as in the reference period, and the scenario's levers move children from agency to in-house carers.
 * Nothing else creates or removes a child, so each month's change is entries − exits exactly.
 */
final class Projection {

    private static final int STATES = TransitionModel.STATES;
    /** Ages in months a child in care can be: 0 to 215; at 216 (18) they leave. */
    static final int AGE_MONTHS = ChildHistory.LEAVING_AGE * 12;
    private static final int IFA = CareState.IFA.ordinal();
    private static final int IN_HOUSE = CareState.IN_HOUSE_FOSTERING.ordinal();
    private static final String POOLED = "";

    /** One projected month end. {@code fosteringDemand}: children fostered in-house or by agencies, by locality and band. */
    record Month(LocalDate end, double[] byState, double[] byBand, double entries, double exits, double movedInHouse,
            double weeklyCost, Map<String, double[]> fosteringDemand, Map<String, Double> inHouseSupply) {

        double total() {
            double total = 0;
            for (double children : byState) {
                total += children;
            }
            return total;
        }
    }

    private Projection() {
    }

    /**
     * @param start children in care at the cut-off: [age in months][state] for each home locality
     * @param weeklyCosts by {@link CareState} ordinal
     * @param supply in-house places for placements today, by locality
     */
    static List<Month> run(TransitionModel model, Map<String, double[][]> start, LocalDate cutOff, int months, Scenario scenario,
            double[] weeklyCosts, Map<String, Double> supply, double placesPerConstellationPerYear) {
        Map<String, double[][]> now = new TreeMap<>();
        start.forEach((locality, counts) -> now.put(locality, copy(counts)));
        model.entrantShares().keySet().forEach(locality -> now.computeIfAbsent(locality, l -> new double[AGE_MONTHS][STATES]));
        return project(model, now, locality -> model.entrantShares().getOrDefault(locality, 0.0), cutOff, months, scenario,
                weeklyCosts, supply, placesPerConstellationPerYear);
    }

    /** As {@link #run}, with every locality's children and entrants as one: the totals, at a tenth of the work. */
    static List<Month> runPooled(TransitionModel model, Map<String, double[][]> start, LocalDate cutOff, int months,
            Scenario scenario, double[] weeklyCosts, double placesPerConstellationPerYear) {
        Map<String, double[][]> now = new TreeMap<>(Map.of(POOLED, pooled(start)));
        return project(model, now, locality -> model.entrantShares().isEmpty() ? 0.0 : 1.0, cutOff, months, scenario,
                weeklyCosts, Map.of(), placesPerConstellationPerYear);
    }

    private static List<Month> project(TransitionModel model, Map<String, double[][]> now,
            java.util.function.ToDoubleFunction<String> entrantShare, LocalDate cutOff, int months, Scenario scenario,
            double[] weeklyCosts, Map<String, Double> supply, double placesPerConstellationPerYear) {
        double supplyToday = supply.values().stream().mapToDouble(Double::doubleValue).sum();
        double newPlacesPerMonth = (scenario.extraInHousePlacesPerYear()
                + scenario.newConstellations() * placesPerConstellationPerYear) / 12;
        double stepDownPerMonth = 1 - Math.pow(1 - scenario.stepDownShareOfIfaPerYear(), 1.0 / 12);
        double[][][] rates = model.rates();
        CareState[] states = CareState.values();
        List<Month> projected = new ArrayList<>();
        for (int t = 1; t <= months; t++) {
            double entries = 0;
            double exits = 0;
            for (Map.Entry<String, double[][]> locality : now.entrySet()) {
                double[][] from = locality.getValue();
                double[][] to = new double[AGE_MONTHS][STATES];
                for (int m = 0; m < AGE_MONTHS; m++) {
                    exits += ageOneMonth(rates, m, from[m], m + 1 < AGE_MONTHS ? to[m + 1] : null);
                }
                double share = entrantShare.applyAsDouble(locality.getKey());
                for (int age = 0; age < TransitionModel.AGES; age++) {
                    for (int j = 0; j < STATES; j++) {
                        double arriving = model.entrantsPerMonth(age, states[j]) * (1 + scenario.entryRateChange()) * share;
                        if (arriving == 0) {
                            continue;
                        }
                        for (int m = age * 12; m < age * 12 + 12; m++) {
                            to[m][j] += arriving / 12;
                        }
                        entries += arriving;
                    }
                }
                locality.setValue(to);
            }
            double moved = moveFromAgencies(now, newPlacesPerMonth, stepDownPerMonth);
            projected.add(month(cutOff, t, now, entries, exits, moved, weeklyCosts, supply, supplyToday, newPlacesPerMonth));
        }
        return projected;
    }

    /**
     * One month for the children aged {@code age} months in each state: where the rates of their band take them, added
     * to {@code older} (a month older), or out of care; at 18 ({@code older} null) every one of them leaves.
     *
     * @return the children who left care
     */
    private static double ageOneMonth(double[][][] rates, int age, double[] now, double[] older) {
        double[][] bandRates = rates[AgeBand.of(age / 12).ordinal()];
        double left = 0;
        for (int i = 0; i < STATES; i++) {
            double children = now[i];
            if (children == 0) {
                continue;
            }
            if (older == null) {
                left += children;
                continue;
            }
            for (int j = 0; j < STATES; j++) {
                older[j] += children * bandRates[i][j];
            }
            left += children * bandRates[i][TransitionModel.LEFT_CARE];
        }
        return left;
    }

    /**
     * [month][column]: the sum, over the children in care at the cut-off, of the square of each one's chance of being in
     * one of the column's states at that month end (each column a set of states: one state, a category, all of them).
     * With the baseline's expected count it gives the variance the children's own paths and the entries add to a
     * forecast (docs/FORECAST.md, "Method", 5): every child moves independently by the rates, so the children there
     * from the start vary by the sum of q(1 − q), and entrants, arriving at random at the fitted rate, by their expected
     * number; together, the expected count less this sum.
     */
    static double[][] sumOfSquaredChances(TransitionModel model, Map<String, double[][]> start, int months, boolean[][] columns) {
        double[][] pooled = pooled(start);
        double[][][] rates = model.rates();
        double[][] sums = new double[months][columns.length];
        for (int m0 = 0; m0 < AGE_MONTHS; m0++) {
            for (int i0 = 0; i0 < STATES; i0++) {
                double children = pooled[m0][i0];
                if (children == 0) {
                    continue;
                }
                // One child's chances by state, followed along their own ages; all of those in the cell share them.
                double[] chances = new double[STATES];
                chances[i0] = 1;
                for (int t = 1; t <= months && m0 + t - 1 < AGE_MONTHS; t++) {
                    int age = m0 + t - 1;
                    double[] next = new double[STATES];
                    ageOneMonth(rates, age, chances, age + 1 < AGE_MONTHS ? next : null);
                    chances = next;
                    for (int c = 0; c < columns.length; c++) {
                        double chance = 0;
                        for (int j = 0; j < STATES; j++) {
                            if (columns[c][j]) {
                                chance += chances[j];
                            }
                        }
                        sums[t - 1][c] += children * chance * chance;
                    }
                }
            }
        }
        return sums;
    }

    /**
     * Moves children from agency carers to in-house ones: the new places of the month, and the step-down share of
     * those with agencies, never more than are with agencies; spread over localities and ages as they are.
     */
    private static double moveFromAgencies(Map<String, double[][]> now, double newPlaces, double stepDownShare) {
        double withAgencies = 0;
        for (double[][] counts : now.values()) {
            for (double[] age : counts) {
                withAgencies += age[IFA];
            }
        }
        double moving = Math.min(withAgencies, newPlaces + stepDownShare * withAgencies);
        if (moving <= 0) {
            return 0;
        }
        double fraction = moving / withAgencies;
        for (double[][] counts : now.values()) {
            for (double[] age : counts) {
                double move = age[IFA] * fraction;
                age[IFA] -= move;
                age[IN_HOUSE] += move;
            }
        }
        return moving;
    }

    private static Month month(LocalDate cutOff, int t, Map<String, double[][]> now, double entries, double exits, double moved,
            double[] weeklyCosts, Map<String, Double> supply, double supplyToday, double newPlacesPerMonth) {
        double[] byState = new double[STATES];
        double[] byBand = new double[TransitionModel.BANDS];
        Map<String, double[]> demand = new TreeMap<>();
        for (Map.Entry<String, double[][]> locality : now.entrySet()) {
            double[] fostered = new double[TransitionModel.BANDS];
            for (int m = 0; m < AGE_MONTHS; m++) {
                int b = AgeBand.of(m / 12).ordinal();
                for (int j = 0; j < STATES; j++) {
                    byState[j] += locality.getValue()[m][j];
                    byBand[b] += locality.getValue()[m][j];
                }
                fostered[b] += locality.getValue()[m][IN_HOUSE] + locality.getValue()[m][IFA];
            }
            demand.put(locality.getKey(), fostered);
        }
        double cost = 0;
        for (int j = 0; j < STATES; j++) {
            cost += byState[j] * weeklyCosts[j];
        }
        // New places go where today's are, in proportion (evenly when there are none).
        Map<String, Double> places = new TreeMap<>();
        for (String locality : demand.keySet()) {
            double today = supply.getOrDefault(locality, 0.0);
            double share = supplyToday > 0 ? today / supplyToday : 1.0 / demand.size();
            places.put(locality, today + newPlacesPerMonth * t * share);
        }
        LocalDate end = cutOff.plusMonths(t).with(TemporalAdjusters.lastDayOfMonth());
        return new Month(end, byState, byBand, entries, exits, moved, cost, demand, places);
    }

    /** Every locality's children as one: [age in months][state]. */
    private static double[][] pooled(Map<String, double[][]> start) {
        double[][] pooled = new double[AGE_MONTHS][STATES];
        start.values().forEach(counts -> {
            for (int m = 0; m < AGE_MONTHS; m++) {
                for (int j = 0; j < STATES; j++) {
                    pooled[m][j] += counts[m][j];
                }
            }
        });
        return pooled;
    }

    private static double[][] copy(double[][] counts) {
        double[][] copy = new double[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }
}
