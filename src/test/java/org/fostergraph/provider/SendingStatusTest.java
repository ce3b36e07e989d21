package org.fostergraph.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** When a sending expires or closes, read from the clock and the council's referral, never from a job that ran. */
class SendingStatusTest {

    private static final OffsetDateTime SENT = OffsetDateTime.parse("2026-11-24T09:00:00Z");
    private static final OffsetDateTime DEADLINE = OffsetDateTime.parse("2026-11-27T09:00:00Z");

    @Test
    void anUnansweredSendingAwaitsUntilItsDeadlineAndThenHasExpired() {
        ProviderReferral sending = sending(SendingStatus.AWAITING, null);
        assertThat(sending.statusAt(SENT)).isEqualTo(SendingStatus.AWAITING);
        assertThat(sending.statusAt(DEADLINE.minusNanos(1))).isEqualTo(SendingStatus.AWAITING);
        assertThat(sending.statusAt(DEADLINE)).as("at the deadline itself").isEqualTo(SendingStatus.EXPIRED);
        assertThat(sending.closedMessageAt(DEADLINE)).isNull();
    }

    @Test
    void aClosedReferralClosesWhatStillAwaitedOrWasOfferedAndSaysSo() {
        assertThat(sending(SendingStatus.AWAITING, LocalDate.parse("2026-11-25")).statusAt(SENT)).isEqualTo(SendingStatus.CLOSED);
        ProviderReferral offered = sending(SendingStatus.OFFERED, LocalDate.parse("2026-11-25"));
        assertThat(offered.statusAt(DEADLINE.plusDays(1))).isEqualTo(SendingStatus.CLOSED);
        assertThat(offered.closedMessageAt(SENT)).isEqualTo("The council closed this referral on 2026-11-25: the children no "
                + "longer need a home from you. Thank you.");
        // An answer given stays as it was.
        assertThat(sending(SendingStatus.DECLINED, LocalDate.parse("2026-11-25")).statusAt(SENT)).isEqualTo(SendingStatus.DECLINED);
        assertThat(sending(SendingStatus.ACCEPTED, LocalDate.parse("2026-11-25")).statusAt(SENT)).isEqualTo(SendingStatus.ACCEPTED);
        assertThat(sending(SendingStatus.OFFERED, null).statusAt(DEADLINE.plusDays(9)))
                .as("an offer made in time stands after the deadline").isEqualTo(SendingStatus.OFFERED);
    }

    @Test
    void anOffersWeeklyCostIsItsThreePartsToThePenny() {
        Offer offer = new Offer("OFR-1", "DEMO", new ProviderSummary("P", "Agency", "INDEPENDENT_FOSTERING_AGENCY"), "PRF-1",
                "REF-1", "HH-1", SENT, "agency", LocalDate.parse("2026-11-24"), 1234.56, 100.10, 0.21, null, Offer.OPEN, null,
                null, null);
        assertThat(offer.weeklyCost()).isEqualTo(1334.87);
        assertThat(offer.statusOn()).isEqualTo(Offer.OPEN);
        Offer ofAClosedReferral = new Offer("OFR-2", "DEMO", offer.provider(), "PRF-1", "REF-1", "HH-1", SENT, "agency",
                LocalDate.parse("2026-11-24"), 900, 0, 0, null, Offer.OPEN, null, LocalDate.parse("2026-11-26"), null);
        assertThat(ofAClosedReferral.statusOn()).isEqualTo(Offer.CLOSED);
    }

    private static ProviderReferral sending(SendingStatus recorded, LocalDate referralClosed) {
        return new ProviderReferral("PRF-1", new ProviderSummary("P", "Agency", "INDEPENDENT_FOSTERING_AGENCY"), "DEMO",
                "Test council", "REF-1", List.of("K1"), SENT, DEADLINE, recorded, null, null, null, referralClosed, "PLANNED",
                "SHORT_TERM", List.of(), "Northtown", 30, List.of(new SharedChild(8, "FEMALE", List.of())), null);
    }
}
