package org.fostergraph.household;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The carer recruitment lifecycle: ENQUIRY → ASSESSMENT → APPROVED ↔ ON_HOLD, and DEREGISTERED from any stage. */
final class HouseholdStatusRules {

    private static final Map<HouseholdStatus, Set<HouseholdStatus>> NEXT = Map.of(
            HouseholdStatus.ENQUIRY, EnumSet.of(HouseholdStatus.ASSESSMENT, HouseholdStatus.DEREGISTERED),
            HouseholdStatus.ASSESSMENT, EnumSet.of(HouseholdStatus.APPROVED, HouseholdStatus.DEREGISTERED),
            HouseholdStatus.APPROVED, EnumSet.of(HouseholdStatus.ON_HOLD, HouseholdStatus.DEREGISTERED),
            HouseholdStatus.ON_HOLD, EnumSet.of(HouseholdStatus.APPROVED, HouseholdStatus.DEREGISTERED),
            HouseholdStatus.DEREGISTERED, EnumSet.noneOf(HouseholdStatus.class),
            HouseholdStatus.UNREGISTERED, EnumSet.noneOf(HouseholdStatus.class));

    private HouseholdStatusRules() {
    }

    static Set<HouseholdStatus> next(HouseholdStatus from) {
        return NEXT.get(from);
    }

    static boolean allowed(HouseholdStatus from, HouseholdStatus to) {
        return NEXT.get(from).contains(to);
    }
}
