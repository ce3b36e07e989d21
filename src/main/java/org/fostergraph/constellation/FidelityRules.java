package org.fostergraph.constellation;

import java.util.ArrayList;
import java.util.List;

import org.fostergraph.household.HouseholdStatus;
import org.fostergraph.household.Occupancy;

/**
 * The Mockingbird fidelity checks that the graph can answer: 6–10 satellites, a hub that is approved and
 * keeps its two sleepover beds free of placements, and a liaison worker.
 */
final class FidelityRules {

    static final int MIN_SATELLITES = 6;
    static final int MAX_SATELLITES = 10;

    private FidelityRules() {
    }

    static Fidelity check(Constellation constellation, Occupancy hub) {
        int satellites = constellation.satelliteIds().size();
        boolean withinRange = satellites >= MIN_SATELLITES && satellites <= MAX_SATELLITES;
        List<String> issues = new ArrayList<>();
        if (satellites < MIN_SATELLITES) {
            issues.add("Has " + satellites + " satellite " + households(satellites) + "; the Mockingbird model needs "
                    + MIN_SATELLITES + " to " + MAX_SATELLITES + ".");
        }
        else if (satellites > MAX_SATELLITES) {
            issues.add("Has " + satellites + " satellite households; the Mockingbird model supports at most "
                    + MAX_SATELLITES + ".");
        }
        if (hub.status() != HouseholdStatus.APPROVED) {
            issues.add("The hub household is " + hub.status().name().toLowerCase().replace('_', ' ')
                    + ", so it cannot offer sleepovers.");
        }
        else if (hub.sleepoverBedsKept() < Occupancy.HUB_SLEEPOVER_BEDS) {
            int taken = Occupancy.HUB_SLEEPOVER_BEDS - hub.sleepoverBedsKept();
            issues.add("The hub keeps " + hub.sleepoverBedsKept() + " of its " + Occupancy.HUB_SLEEPOVER_BEDS
                    + " sleepover beds free; placements fill the other " + (taken == 1 ? "bed" : taken + " beds") + ".");
        }
        if (constellation.liaisonWorker() == null) {
            issues.add("No liaison worker is assigned.");
        }
        return new Fidelity(satellites, withinRange, hub.sleepoverBedsKept(), List.copyOf(issues));
    }

    private static String households(int count) {
        return count == 1 ? "household" : "households";
    }
}
