package org.fostergraph.referral;

import java.time.LocalDate;
import java.util.List;

/** The GraphQL inputs of referral changes. */
final class ReferralCommands {

    private ReferralCommands() {
    }

    record OpenReferral(List<String> childIds, LocalDate received, String urgency, String placementType, String clientKey) {
    }

    record CloseReferral(String referralId, LocalDate date, String outcome, String clientKey) {
    }
}
