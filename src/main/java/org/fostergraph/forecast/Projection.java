package org.fostergraph.forecast;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.fostergraph.report.AgeBand;

/**
 * Month by month from the children in care at the cut-off, by home locality, age band and care state: each month the
 * model's rates move children between states or out of care, a share of each band ages into the next (children's
 * ages spread evenly through a band: 1/12 of under-1s a month, 1/48 of 1–4s, …; leaving at 18 is in the rates of
 * 16 and over), entrants arrive split by locality as in the reference period, and the scenario's levers move
 * children from agency to in-house carers. Nothing else creates or removes a child, so each month's change is
 * entries − exits exactly.
 */
final class Projection {

    private static final int BANDS = TransitionModel.BANDS;
    private static final int STATES = TransitionModel.STATES;
    private static final double[] AGEING = {1.0 / 12, 1.0 / 48, 1.0 / 60, 1.0 / 72, 0};
    private static final int IFA = CareState.IFA.ordinal();
    private static final int IN_HOUSE = CareState.IN_HOUSE_FOSTERING.ordinal();

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
     * @param start children in care at the cut-off: [band][state] for each home locality
     * @param weeklyCosts by {@link CareState} ordinal
     * @param supply in-house places for placements today, by locality
     */
    static List<Month> run(TransitionModel model, Map<String, double[][]> start, LocalDate cutOff, int months, Scenario scenario,
            double[] weeklyCosts, Map<String, Double> supply, double placesPerConstellationPerYear) {
        Map<String, double[][]> now = new TreeMap<>();
        start.forEach((locality, counts) -> now.put(locality, copy(counts)));
        model.entrantShares().keySet().forEach(locality -> now.computeIfAbsent(locality, l -> new double[BANDS][STATES]));
        double supplyToday = supply.values().stream().mapToDouble(Double::doubleValue).sum();
        double newPlacesPerMonth = (scenario.extraInHousePlacesPerYear()
                + scenario.newConstellations() * placesPerConstellationPerYear) / 12;
        double stepDownPerMonth = 1 - Math.pow(1 - scenario.stepDownShareOfIfaPerYear(), 1.0 / 12);
        double[][][] rates = model.rates();
        List<Month> projected = new ArrayList<>();
        for (int t = 1; t <= months; t++) {
            double entries = 0;
            double exits = 0;
            for (Map.Entry<String, double[][]> locality : now.entrySet()) {
                double[][] from = locality.getValue();
                double[][] to = new double[BANDS][STATES];
                for (int b = 0; b < BANDS; b++) {
                    for (int i = 0; i < STATES; i++) {
                        for (int j = 0; j < STATES; j++) {
                            to[b][j] += from[b][i] * rates[b][i][j];
                        }
                        exits += from[b][i] * rates[b][i][TransitionModel.LEFT_CARE];
                    }
                }
                for (int b = BANDS - 2; b >= 0; b--) {
                    for (int j = 0; j < STATES; j++) {
                        double ageing = to[b][j] * AGEING[b];
                        to[b][j] -= ageing;
                        to[b + 1][j] += ageing;
                    }
                }
                double share = model.entrantShares().getOrDefault(locality.getKey(), 0.0);
                for (int b = 0; b < BANDS; b++) {
                    for (int j = 0; j < STATES; j++) {
                        double arriving = model.entrantsPerMonth(AgeBand.values()[b], CareState.values()[j])
                                * (1 + scenario.entryRateChange()) * share;
                        to[b][j] += arriving;
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
     * Moves children from agency carers to in-house ones: the new places of the month, and the step-down share of
     * those with agencies, never more than are with agencies; spread over localities and bands as they are.
     */
    private static double moveFromAgencies(Map<String, double[][]> now, double newPlaces, double stepDownShare) {
        double withAgencies = 0;
        for (double[][] counts : now.values()) {
            for (double[] band : counts) {
                withAgencies += band[IFA];
            }
        }
        double moving = Math.min(withAgencies, newPlaces + stepDownShare * withAgencies);
        if (moving <= 0) {
            return 0;
        }
        double fraction = moving / withAgencies;
        for (double[][] counts : now.values()) {
            for (double[] band : counts) {
                double move = band[IFA] * fraction;
                band[IFA] -= move;
                band[IN_HOUSE] += move;
            }
        }
        return moving;
    }

    private static Month month(LocalDate cutOff, int t, Map<String, double[][]> now, double entries, double exits, double moved,
            double[] weeklyCosts, Map<String, Double> supply, double supplyToday, double newPlacesPerMonth) {
        double[] byState = new double[STATES];
        double[] byBand = new double[BANDS];
        Map<String, double[]> demand = new TreeMap<>();
        for (Map.Entry<String, double[][]> locality : now.entrySet()) {
            double[] fostered = new double[BANDS];
            for (int b = 0; b < BANDS; b++) {
                for (int j = 0; j < STATES; j++) {
                    byState[j] += locality.getValue()[b][j];
                    byBand[b] += locality.getValue()[b][j];
                }
                fostered[b] = locality.getValue()[b][IN_HOUSE] + locality.getValue()[b][IFA];
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

    private static double[][] copy(double[][] counts) {
        double[][] copy = new double[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }
}
