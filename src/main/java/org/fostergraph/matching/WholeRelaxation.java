package org.fostergraph.matching;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

import org.fostergraph.matching.StepDownPlanner.Programme;
import org.fostergraph.matching.StepDownPlanner.Row;

/**
 * The step-down plan read off its linear relaxation, when the relaxation's optimum is already a plan.
 *
 * <p>Where children move one at a time, the relaxation of the assignment (each variable anywhere from 0 to 1, not 0 or
 * 1) often has a whole optimum already: on the largest national council (143 single children) it does in both passes,
 * and GLOP, OR-Tools' simplex solver, finds it in about a tenth of the time CP-SAT's search takes to prove the same plan
 * best (docs/PERFORMANCE.md). A whole optimum of the relaxation is the best plan, because no plan can beat the
 * relaxation. Where brothers and sisters compete for a home's last places the optimum is often fractional (a pair half
 * placed); then this answers nothing, having cost a few milliseconds, and the search decides.
 *
 * <p>The simplex works in floating point, so its answer is not taken on trust: the plan must be whole, must keep every
 * row when counted in whole numbers, and must reach the bound that the simplex's dual values give by weak duality,
 * worked out in exact decimal arithmetic (any non-negative multipliers bound the relaxation, so a rounding in the duals
 * can only make the proof fail, never make it wrong). If any check fails the plan is left to the search.
 */
final class WholeRelaxation {

    /** How far a variable may sit from 0 or 1 and still be read as that value (then counted exactly). */
    private static final double WHOLE = 1e-6;

    private WholeRelaxation() {
    }

    /**
     * The plan that saves the most and, of those, scores highest, if each is the relaxation's whole optimum and proved so.
     *
     * @return the chosen options, indexed as {@link Programme#choices()}; empty to leave the plan to the search
     */
    static Optional<boolean[]> bestPlan(Programme programme) {
        MPSolver solver = MPSolver.createSolver("GLOP");
        if (solver == null) {
            return Optional.empty();
        }
        try {
            Relaxation relaxation = new Relaxation(solver, programme);
            return relaxation.provedBest(programme.saving()).flatMap(mostSaving -> {
                // The second pass keeps that saving (−Σ saving × x ≤ −best) in the same model, so the simplex starts
                // from the first pass's optimum, which the new row leaves feasible, instead of from nothing.
                relaxation.add(new Row(IntStream.range(0, mostSaving.length).toArray(),
                        Arrays.stream(programme.saving()).map(s -> -s).toArray(),
                        -Programme.total(programme.saving(), mostSaving)));
                return relaxation.provedBest(programme.score());
            });
        } finally {
            solver.delete();
        }
    }

    /** The programme's rows, 0 ≤ x ≤ 1, in one GLOP model that both passes solve. */
    private static final class Relaxation {

        private final MPSolver solver;
        private final MPVariable[] x;
        private final List<Row> rows = new ArrayList<>();
        private final List<MPConstraint> constraints = new ArrayList<>();

        Relaxation(MPSolver solver, Programme programme) {
            this.solver = solver;
            this.x = new MPVariable[programme.saving().length];
            for (int i = 0; i < x.length; i++) {
                x[i] = solver.makeNumVar(0, 1, "");
            }
            programme.rows().forEach(this::add);
        }

        void add(Row row) {
            MPConstraint constraint = solver.makeConstraint(Double.NEGATIVE_INFINITY, row.limit());
            for (int k = 0; k < row.variables().length; k++) {
                constraint.setCoefficient(x[row.variables()[k]], row.coefficients()[k]);
            }
            rows.add(row);
            constraints.add(constraint);
        }

        /** Maximises Σ objective × x over the rows; answers the optimum only if it is whole and proved. */
        Optional<boolean[]> provedBest(long[] objective) {
            MPObjective goal = solver.objective();
            for (int i = 0; i < x.length; i++) {
                goal.setCoefficient(x[i], objective[i]);
            }
            goal.setMaximization();
            if (solver.solve() != MPSolver.ResultStatus.OPTIMAL) {
                return Optional.empty();
            }
            boolean[] chosen = new boolean[x.length];
            for (int i = 0; i < x.length; i++) {
                double value = x[i].solutionValue();
                if (Math.abs(value - Math.rint(value)) > WHOLE) {
                    return Optional.empty();
                }
                chosen[i] = Math.rint(value) == 1;
            }
            if (!rows.stream().allMatch(row -> row.total(chosen) <= row.limit())) {
                return Optional.empty();
            }
            double[] duals = constraints.stream().mapToDouble(MPConstraint::dualValue).toArray();
            // Every plan's objective is a whole number no greater than the bound, so a plan within 1 of it is the best.
            BigDecimal achieved = BigDecimal.valueOf(Programme.total(objective, chosen));
            return dualBound(rows, objective, duals).compareTo(achieved.add(BigDecimal.ONE)) < 0
                    ? Optional.of(chosen) : Optional.empty();
        }
    }

    /**
     * Weak duality for max c·x subject to Ax ≤ b, 0 ≤ x ≤ 1: for any y ≥ 0, c·x = y·Ax + (c − yA)·x ≤ y·b + Σ max(0, (c −
     * yA)ⱼ). The simplex's duals, with any negative one taken as 0, are such a y; the sum is exact.
     */
    static BigDecimal dualBound(List<Row> rows, long[] objective, double[] duals) {
        BigDecimal[] reduced = new BigDecimal[objective.length];
        for (int i = 0; i < objective.length; i++) {
            reduced[i] = BigDecimal.valueOf(objective[i]);
        }
        BigDecimal bound = BigDecimal.ZERO;
        for (int r = 0; r < rows.size(); r++) {
            if (!(duals[r] > 0)) {
                continue;
            }
            Row row = rows.get(r);
            BigDecimal y = new BigDecimal(duals[r]);
            bound = bound.add(y.multiply(BigDecimal.valueOf(row.limit())));
            for (int k = 0; k < row.variables().length; k++) {
                int i = row.variables()[k];
                reduced[i] = reduced[i].subtract(y.multiply(BigDecimal.valueOf(row.coefficients()[k])));
            }
        }
        for (BigDecimal value : reduced) {
            if (value.signum() > 0) {
                bound = bound.add(value);
            }
        }
        return bound;
    }
}
