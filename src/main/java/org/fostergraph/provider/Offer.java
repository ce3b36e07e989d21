package org.fostergraph.provider;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.fostergraph.matching.HomeAssessment;
import org.fostergraph.security.CouncilOwned;

/**
 * A provider's offer of one of its homes for a referral: from when, at what weekly cost for the whole group (split as the
 * placements standard working group asks: the core fee, additional support, education), with notes.
 *
 * @param council the referring council's code: the offer is its record as much as the provider's
 * @param status OPEN, ACCEPTED or CLOSED as last written; a closed referral closes its open offers ({@link #statusOn})
 * @param assessment how the council's matching judges the home at the offered cost, when it was asked; else null
 */
public record Offer(String id, String council, ProviderSummary provider, String providerReferralId,
        String referralId, String householdId, OffsetDateTime made, String madeBy, LocalDate start, double weeklyCore,
        double weeklyAdditional, double weeklyEducation, String notes, String status, String closedMessage,
        LocalDate referralClosed, HomeAssessment assessment) implements CouncilOwned {

    public static final String OPEN = "OPEN";
    public static final String ACCEPTED = "ACCEPTED";
    public static final String CLOSED = "CLOSED";

    /** The whole weekly cost for the group: core, additional and education together. */
    public double weeklyCost() {
        return Math.round((weeklyCore + weeklyAdditional + weeklyEducation) * 100) / 100.0;
    }

    Offer assessed(HomeAssessment judged) {
        return new Offer(id, council, provider, providerReferralId, referralId, householdId, made, madeBy, start,
                weeklyCore, weeklyAdditional, weeklyEducation, notes, status, closedMessage, referralClosed, judged);
    }

    /** The status now: an open offer of a referral the council has closed is closed. */
    public String statusOn() {
        return OPEN.equals(status) && referralClosed != null ? CLOSED : status;
    }
}
