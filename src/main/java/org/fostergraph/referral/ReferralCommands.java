package org.fostergraph.referral;

import java.time.LocalDate;
import java.util.List;
import org.fostergraph.history.ClientKeyed;

/** The GraphQL inputs of referral changes. */
public final class ReferralCommands {

    private ReferralCommands() {
    }

    /** @param risks who the children can live alongside: matching's risks (NO_YOUNGER_CHILDREN, …), for every home judged */
    public record OpenReferral(List<String> childIds, LocalDate received, String urgency, String placementType, List<String> risks,
            String clientKey) implements ClientKeyed {
    }

    record CloseReferral(String referralId, LocalDate date, String outcome, String clientKey) implements ClientKeyed {
    }
}
