package org.fostergraph.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * them) by Google OR-Tools' CP-SAT solver, twice: once for the best saving, then for the best score at that saving.
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
     * @param optimal whether the solver proved the plan best (false only if it ran out of time)
     */
    record Plan(Map<String, Option> assignments, double annualSaving, double score, boolean optimal) {
    }

    static Plan solve(List<Unit> units, Map<String, Capacity> capacity) {
        List<Choice> choices = new ArrayList<>();
        for (Unit unit : units) {
            for (Option option : unit.options()) {
                choices.add(new Choice(unit, option));
            }
        }
        if (choices.isEmpty()) {
            return new Plan(Map.of(), 0, 0, true);
        }
        CpModel model = new CpModel();
        BoolVar[] x = new BoolVar[choices.size()];
        long[] saving = new long[choices.size()];
        long[] score = new long[choices.size()];
        Map<String, List<Integer>> byUnit = new LinkedHashMap<>();
        Map<String, List<Integer>> byHome = new LinkedHashMap<>();
        for (int i = 0; i < choices.size(); i++) {
            Choice choice = choices.get(i);
            x[i] = model.newBoolVar("x" + i);
            saving[i] = Math.round(choice.option().annualSaving() * 10);
            score[i] = Math.round(choice.option().score() * 10);
            byUnit.computeIfAbsent(choice.unit().id(), id -> new ArrayList<>()).add(i);
            byHome.computeIfAbsent(choice.option().householdId(), id -> new ArrayList<>()).add(i);
        }
        byUnit.values().forEach(indexes -> model.addLessOrEqual(sum(x, indexes, i -> 1), 1));
        byHome.forEach((home, indexes) -> {
            Capacity room = capacity.get(home);
            if (room == null) {
                throw new IllegalArgumentException("no capacity given for household " + home);
            }
            // Holds outnumbering the places leave room for nobody new: matching has then offered the home to no one.
            model.addLessOrEqual(sum(x, indexes, i -> choices.get(i).unit().children() - choices.get(i).option().ownHolds()),
                    Math.max(0, room.placesLessHolds()));
            if (room.moreFosterChildren() != null) {
                model.addLessOrEqual(sum(x, indexes, i -> choices.get(i).unit().children()), room.moreFosterChildren());
            }
            if (room.halfRoomsFree() != null) {
                model.addLessOrEqual(sum(x, indexes, i -> choices.get(i).unit().halfRooms()), room.halfRoomsFree());
            }
        });
        LinearExpr totalSaving = LinearExpr.weightedSum(x, saving);
        LinearExpr totalScore = LinearExpr.weightedSum(x, score);

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
        Map<String, Option> assignments = new LinkedHashMap<>();
        double totalPounds = 0;
        double totalPoints = 0;
        for (int i = 0; i < choices.size(); i++) {
            if (solver.booleanValue(x[i])) {
                Choice choice = choices.get(i);
                assignments.put(choice.unit().id(), choice.option());
                totalPounds += choice.option().annualSaving();
                totalPoints += choice.option().score();
            }
        }
        return new Plan(assignments, totalPounds, totalPoints,
                first == CpSolverStatus.OPTIMAL && second == CpSolverStatus.OPTIMAL);
    }

    private static LinearExpr sum(BoolVar[] x, List<Integer> indexes, java.util.function.IntUnaryOperator coefficient) {
        BoolVar[] vars = new BoolVar[indexes.size()];
        long[] coefficients = new long[indexes.size()];
        for (int k = 0; k < indexes.size(); k++) {
            vars[k] = x[indexes.get(k)];
            coefficients[k] = coefficient.applyAsInt(indexes.get(k));
        }
        return LinearExpr.weightedSum(vars, coefficients);
    }

    private record Choice(Unit unit, Option option) {
    }
}
