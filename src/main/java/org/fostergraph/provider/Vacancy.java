package org.fostergraph.provider;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.fostergraph.security.CouncilOwned;
import org.fostergraph.security.ProviderOwned;

/**
 * A vacancy a provider publishes at one of its homes, ahead of the day it is free (the notice the East Midlands pilot
 * asks for) and with the carers' profile: the provider's record, which the council whose list the home is on reads too
 * (its officers see the vacancies that fit their open referrals).
 *
 * @param council the council whose list the home is on
 * @param withdrawn when the provider withdrew it; null while it stands
 * @param taken the day a council accepted an offer of the home after it was published; null until then
 */
public record Vacancy(String id, String provider, String providerName, String providerKind, String council, String householdId,
        int places, LocalDate availableFrom, String carerProfile, OffsetDateTime published, String publishedBy,
        OffsetDateTime withdrawn, LocalDate taken) implements ProviderOwned, CouncilOwned {

    /** How long a vacancy stands once its day has come, unless it is withdrawn or taken first. */
    static final int STANDS_FOR_DAYS = 28;

    public enum Status {
        /** Published ahead: the places are free from its day. */
        NOTICE,
        /** The places are free now. */
        AVAILABLE,
        /** A council accepted an offer of the home. */
        TAKEN,
        WITHDRAWN,
        /** Its day passed {@link #STANDS_FOR_DAYS} days ago and nobody took it. */
        LAPSED
    }

    public Status statusOn(LocalDate today) {
        if (withdrawn != null) {
            return Status.WITHDRAWN;
        }
        if (taken != null) {
            return Status.TAKEN;
        }
        if (today.isBefore(availableFrom)) {
            return Status.NOTICE;
        }
        return today.isAfter(lapsesAfter()) ? Status.LAPSED : Status.AVAILABLE;
    }

    public boolean standsOn(LocalDate today) {
        Status status = statusOn(today);
        return status == Status.NOTICE || status == Status.AVAILABLE;
    }

    /** The last day it stands, unless withdrawn or taken first. */
    public LocalDate lapsesAfter() {
        return availableFrom.plusDays(STANDS_FOR_DAYS);
    }

    /**
     * The places a home's standing vacancies say are free on a day: the most any of those free by then gives; null when
     * none is.
     */
    static Integer placesFreeOn(java.util.List<Vacancy> standing, LocalDate day) {
        return standing.stream().filter(vacancy -> !vacancy.availableFrom().isAfter(day)).map(Vacancy::places)
                .max(Integer::compare).orElse(null);
    }

    public ProviderSummary summary() {
        return new ProviderSummary(provider, providerName, providerKind);
    }
}
