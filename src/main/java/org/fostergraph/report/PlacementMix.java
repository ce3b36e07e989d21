package org.fostergraph.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Children in care on a day, internal vs external, with weekly costs in pounds; groups as published (counts
 * as text: a suppressed cell reads {@code c}).
 *
 * @param total children looked after on the day, as the DfE counts them: not those on an agreed series of short breaks
 * @param shortBreaks children on an agreed series of short breaks only (legal status V3 or V4), counted apart
 */
public record PlacementMix(LocalDate asOf, int total, int internal, int external, double weeklyCostInternal,
        double weeklyCostExternal, List<MixDimension> groupBy, List<MixGroup> groups, int shortBreaks) {

    public double annualCostInternal() {
        return Math.round(weeklyCostInternal * 52 * 100) / 100.0;
    }

    public double annualCostExternal() {
        return Math.round(weeklyCostExternal * 52 * 100) / 100.0;
    }

    public Double internalShare() {
        return total == 0 ? null : Math.round(1000.0 * internal / total) / 1000.0;
    }

    /**
     * One group: its key (one value per dimension grouped by), its counts as published, the share placed
     * internally (null when a count it rests on is hidden) and its weekly spend (null when any of its counts is hidden,
     * and for one more group when only one would be).
     */
    public record MixGroup(List<String> key, String total, String internal, String external, Double internalShare,
            Double weeklyCost) {

        public Double annualCost() {
            return weeklyCost == null ? null : Math.round(weeklyCost * 52 * 100) / 100.0;
        }
    }

    /** The totals at one month end. */
    public record Point(LocalDate asOf, int total, int internal, int external, double weeklyCostInternal,
            double weeklyCostExternal) {
    }
}
