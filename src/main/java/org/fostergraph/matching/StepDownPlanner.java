package org.fostergraph.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;

/**
 * The council-wide step-down plan: which children in costly external placements move to which in-house homes, so that
 * no free place is used twice, brothers and sisters who live together move together, and every home stays within its
 * places, its foster-child limit and its bedrooms with everyone the plan sends it.
 *
 * <p>It maximises the total annual cashable saving; among plans that save the same, the highest total match score. The
 * options it is given are each unit's best few matches ({@link MatchingProperties#planChoices}), so that no child is
 * sent far down their own list to make room for another.
 * Solved exactly as a 0–1 integer programme (one variable for each child or sibling group and each home that could take
 * them), twice: once for the best saving, then for the best score at that saving. Each pass is first read off its linear
 * relaxation, which is proved best when its optimum is whole ({@link WholeRelaxation}); otherwise Google OR-Tools'
 * CP-SAT solver searches for it.
 */
final class StepDownPlanner {

    /** Past this the solver answers the best plan it has found, marked not proven best. */
    private static final double TIME_LIMIT_SECONDS = 20;

    static {
        Loader.loadNativeLibraries();
    }

    private StepDownPlanner() {
    }

    /**
     * A child, or brothers and sisters who live together and move together.
     *
     * @param halfRooms the bedrooms the unit needs, in halves: two for a child over 3, one for a younger child (two
     *        under-4s share a room)
     * @param options the homes that could take the unit, best first, each with a positive saving
     */
    record Unit(String id, int children, int halfRooms, List<Option> options) {
    }

    /**
     * A home a unit could move to.
     *
     * @param annualSaving in pounds, to the 10p (the solver works in whole 10ps)
     * @param score the match score, to one decimal (likewise)
     * @param ownHolds the home's live holds that are for the unit's own children (they hold places for it, not against it)
     */
    record Option(String householdId, double annualSaving, double score, int ownHolds) {
    }

    /**
     * What a home has room for, before the plan.
     *
     * @param placesLessHolds places for placements not filled today, less every live hold (negative when holds
     *        outnumber the places: only the children held for can then be placed)
     * @param moreFosterChildren how many more foster children the limit allows (null: no limit, not a fostering home)
     * @param halfRoomsFree bedrooms not needed by the children there now, in halves (null: bedrooms not recorded)
     */
    record Capacity(int placesLessHolds, Integer moreFosterChildren, Integer halfRoomsFree) {
    }

    /**
     * @param assignments each planned unit's id and the option it takes, in the units' order
     * @param proof how the plan was proved best; {@link Proof#NONE} only if the search ran out of time
     */
    record Plan(Map<String, Option> assignments, double annualSaving, double score, Proof proof) {

        boolean optimal() {
            return proof != Proof.NONE;
        }
    }

    static Plan solve(List<Unit> units, Map<String, Capacity> capacity) {
        Programme programme = Programme.of(units, capacity);
        if (programme.choices().isEmpty()) {
            // Nothing to choose: the empty plan is the relaxation's only point, and so trivially its whole optimum.
            return new Plan(Map.of(), 0, 0, Proof.LINEAR_RELAXATION);
        }
        return WholeRelaxation.bestPlan(programme)
                .map(chosen -> programme.plan(chosen, Proof.LINEAR_RELAXATION))
                .orElseGet(() -> search(programme));
    }

    /** How the plan was proved best, if it was. */
    enum Proof {
        /** The linear relaxation's optimum was already whole, and a dual bound checked in exact arithmetic proves it. */
        LINEAR_RELAXATION,
        /** CP-SAT's search proved it. */
        SEARCH,
        /** Not proved: the search ran out of time and answered the best plan it had found. */
        NONE
    }

    /**
     * Each unit's options as 0–1 variables, and every limit as a row Σ coefficient × variable ≤ limit: at most one option
     * a unit, and each home's places, foster-child limit and bedrooms. Both solvers read this one statement of the plan's
     * rules.
     *
     * @param saving each choice's annual saving in 10ps; {@code score} each choice's match score in tenths
     */
    record Programme(List<Choice> choices, long[] saving, long[] score, List<Row> rows) {

        static Programme of(List<Unit> units, Map<String, Capacity> capacity) {
            List<Choice> choices = new ArrayList<>();
            for (Unit unit : units) {
                for (Option option : unit.options()) {
                    choices.add(new Choice(unit, option));
                }
            }
            long[] saving = new long[choices.size()];
            long[] score = new long[choices.size()];
            Map<String, List<Integer>> byUnit = new LinkedHashMap<>();
            Map<String, List<Integer>> byHome = new LinkedHashMap<>();
            for (int i = 0; i < choices.size(); i++) {
                Choice choice = choices.get(i);
                saving[i] = Math.round(choice.option().annualSaving() * 10);
                score[i] = Math.round(choice.option().score() * 10);
                byUnit.computeIfAbsent(choice.unit().id(), id -> new ArrayList<>()).add(i);
                byHome.computeIfAbsent(choice.option().householdId(), id -> new ArrayList<>()).add(i);
            }
            List<Row> rows = new ArrayList<>();
            byUnit.values().forEach(indexes -> rows.add(Row.of(indexes, i -> 1, 1)));
            byHome.forEach((home, indexes) -> {
                Capacity room = capacity.get(home);
                if (room == null) {
                    throw new IllegalArgumentException("no capacity given for household " + home);
                }
                // Holds outnumbering the places leave room for nobody new: matching has then offered the home to no one.
                rows.add(Row.of(indexes, i -> choices.get(i).unit().children() - choices.get(i).option().ownHolds(),
                        Math.max(0, room.placesLessHolds())));
                if (room.moreFosterChildren() != null) {
                    rows.add(Row.of(indexes, i -> choices.get(i).unit().children(), room.moreFosterChildren()));
                }
                if (room.halfRoomsFree() != null) {
                    rows.add(Row.of(indexes, i -> choices.get(i).unit().halfRooms(), room.halfRoomsFree()));
                }
            });
            return new Programme(choices, saving, score, rows);
        }

        static long total(long[] weights, boolean[] chosen) {
            long total = 0;
            for (int i = 0; i < chosen.length; i++) {
                total += chosen[i] ? weights[i] : 0;
            }
            return total;
        }

        Plan plan(boolean[] chosen, Proof proof) {
            Map<String, Option> assignments = new LinkedHashMap<>();
            double totalPounds = 0;
            double totalPoints = 0;
            for (int i = 0; i < choices.size(); i++) {
                if (chosen[i]) {
                    Choice choice = choices.get(i);
                    assignments.put(choice.unit().id(), choice.option());
                    totalPounds += choice.option().annualSaving();
                    totalPoints += choice.option().score();
                }
            }
            return new Plan(assignments, totalPounds, totalPoints, proof);
        }
    }

    /** Σ coefficients[k] × x[variables[k]] ≤ limit. */
    record Row(int[] variables, long[] coefficients, long limit) {

        static Row of(List<Integer> indexes, IntUnaryOperator coefficient, long limit) {
            return new Row(indexes.stream().mapToInt(Integer::intValue).toArray(),
                    indexes.stream().mapToLong(coefficient::applyAsInt).toArray(), limit);
        }

        long total(boolean[] chosen) {
            long total = 0;
            for (int k = 0; k < variables.length; k++) {
                total += chosen[variables[k]] ? coefficients[k] : 0;
            }
            return total;
        }
    }

    /** The exact search, for a plan whose linear relaxation is not whole (or not proved so). */
    static Plan search(Programme programme) {
        CpModel model = new CpModel();
        BoolVar[] x = new BoolVar[programme.choices().size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = model.newBoolVar("x" + i);
        }
        for (Row row : programme.rows()) {
            BoolVar[] vars = new BoolVar[row.variables().length];
            for (int k = 0; k < vars.length; k++) {
                vars[k] = x[row.variables()[k]];
            }
            model.addLessOrEqual(LinearExpr.weightedSum(vars, row.coefficients()), row.limit());
        }
        LinearExpr totalSaving = LinearExpr.weightedSum(x, programme.saving());
        LinearExpr totalScore = LinearExpr.weightedSum(x, programme.score());

        CpSolver solver = new CpSolver();
        // A council's plan is a small assignment (hundreds of units, ten options each at most): the model presolve and a
        // second search worker cost more than they save at that size. Measured (docs/PERFORMANCE.md): the largest
        // national council's plan 230–260 ms → 90 ms, a capacity-bound 300-unit plan 210–250 ms → 95–140 ms, the same
        // plans proven best; and one worker a solve leaves the other core to the other requests.
        solver.getParameters().setMaxTimeInSeconds(TIME_LIMIT_SECONDS).setNumWorkers(1).setCpModelPresolve(false)
                .setRandomSeed(1);
        model.maximize(totalSaving);
        CpSolverStatus first = solver.solve(model);
        if (first != CpSolverStatus.OPTIMAL && first != CpSolverStatus.FEASIBLE) {
            throw new IllegalStateException("the step-down plan could not be solved: " + first);
        }
        long bestSaving = Math.round(solver.objectiveValue());
        // Second pass: the same saving, the best matches for it, starting from the first pass's plan.
        for (int i = 0; i < x.length; i++) {
            model.addHint(x[i], solver.booleanValue(x[i]));
        }
        model.addGreaterOrEqual(totalSaving, bestSaving);
        model.clearObjective();
        model.maximize(totalScore);
        CpSolverStatus second = solver.solve(model);
        if (second != CpSolverStatus.OPTIMAL && second != CpSolverStatus.FEASIBLE) {
            throw new IllegalStateException("the step-down plan's matches could not be chosen: " + second);
        }
        boolean[] chosen = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            chosen[i] = solver.booleanValue(x[i]);
        }
        return programme.plan(chosen,
                first == CpSolverStatus.OPTIMAL && second == CpSolverStatus.OPTIMAL ? Proof.SEARCH : Proof.NONE);
    }

    record Choice(Unit unit, Option option) {
    }
}
