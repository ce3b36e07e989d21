package org.fostergraph.referral;

import org.fostergraph.security.CouncilOwned;

import java.time.LocalDate;
import java.util.List;

/**
 * A request for a placement for a child, or a sibling group to be placed together, from the day it was received
 * until it was closed. Open while {@code closed} is null.
 *
 * @param placementType the kind of care asked for (an approval type), or null when the referral does not say
 */
public record Referral(String id, LocalDate received, String urgency, String placementType, List<String> risks,
        LocalDate closed, String outcome, List<String> childIds, String council) implements CouncilOwned {
}
