package org.fostergraph.provider;

import java.time.OffsetDateTime;
import java.util.List;

import org.fostergraph.security.ProviderOwned;

/**
 * A council's referral as sent to one provider: what the provider sees of it, and how the provider answered.
 *
 * @param sentTo the provider it was sent to
 * @param referralId the council's referral; never shown to the provider
 * @param childIds the children referred, for the read audit only; never shown to the provider
 * @param recordedStatus the status as last written; {@link #statusAt} also reads the clock and the referral
 * @param referralClosed the day the council closed its referral, or null while it is open
 * @param homeArea the locality the lead child's home is in, by name (never an address)
 * @param maxDistanceMiles how far from the child's home a home may be, as the officer sent it
 * @param risks who the children can live alongside, as the referral records it (matching's risks)
 */
public record ProviderReferral(String id, ProviderSummary sentTo, String council, String councilName,
        String referralId, List<String> childIds, OffsetDateTime sent, OffsetDateTime respondBy, SendingStatus recordedStatus,
        String declineReason, String declineDetail, String closedMessage, java.time.LocalDate referralClosed, String urgency,
        String placementType, List<String> risks, String homeArea, double maxDistanceMiles, List<SharedChild> children,
        String offerId)
        implements ProviderOwned {

    @Override
    public String provider() {
        return sentTo.id();
    }

    @Override
    public List<String> childrenShown() {
        return childIds;
    }

    /** The status on this instant: an unanswered sending expires at its deadline; a closed referral closes the rest. */
    public SendingStatus statusAt(OffsetDateTime now) {
        if (recordedStatus == SendingStatus.AWAITING && referralClosed == null && !now.isBefore(respondBy)) {
            return SendingStatus.EXPIRED;
        }
        if ((recordedStatus == SendingStatus.AWAITING || recordedStatus == SendingStatus.OFFERED) && referralClosed != null) {
            return SendingStatus.CLOSED;
        }
        return recordedStatus;
    }

    /** What the provider is told when the council closed the referral without taking their offer. */
    public String closedMessageAt(OffsetDateTime now) {
        if (closedMessage != null) {
            return closedMessage;
        }
        return statusAt(now) == SendingStatus.CLOSED ? "The council closed this referral on " + referralClosed
                + ": the children no longer need a home from you. Thank you." : null;
    }
}
