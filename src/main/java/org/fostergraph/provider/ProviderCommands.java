package org.fostergraph.provider;

import java.time.LocalDate;
import java.util.List;

import org.fostergraph.history.ClientKeyed;

/** The GraphQL inputs of referrals to providers. */
final class ProviderCommands {

    private ProviderCommands() {
    }

    /** @param providerIds whom to send it to; null for every provider with a home that fits */
    record SendReferral(String referralId, List<String> providerIds, Double maxDistanceMiles, String clientKey)
            implements ClientKeyed {
    }

    record MakeOffer(String providerReferralId, String householdId, LocalDate start, Double weeklyCore,
            Double weeklyAdditional, Double weeklyEducation, String notes, String clientKey) implements ClientKeyed {
    }

    record DeclineReferral(String providerReferralId, String reason, String detail, String clientKey) implements ClientKeyed {
    }

    /**
     * @param start the day the children move in: today unless given
     * @param placeCode when the match cannot say
     * @param moveReasonCode why a child placed now moves (SSDA903 REASON_PLACE_CHANGE); needed only then
     */
    record AcceptOffer(String offerId, LocalDate start, String placeCode, String moveReasonCode, String clientKey)
            implements ClientKeyed {
    }
}
