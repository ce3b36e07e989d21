package org.fostergraph.constellation;

import java.time.LocalDate;
import org.fostergraph.history.ClientKeyed;

/** The fostering team's changes to constellations, as the GraphQL inputs carry them. */
final class ConstellationCommands {

    private ConstellationCommands() {
    }

    record CreateConstellation(String name, String hubId, LocalDate launched, String liaisonWorkerId, String clientKey) implements ClientKeyed {
    }

    record AddSatellite(String constellationId, String householdId, LocalDate since, String clientKey) implements ClientKeyed {
    }

    record RemoveSatellite(String constellationId, String householdId, LocalDate until, String reason, String clientKey) implements ClientKeyed {
    }

    /** One satellite leaving a constellation and joining another on the same day: one change, never half done. */
    record MoveSatellite(String householdId, String fromConstellationId, String toConstellationId, LocalDate on, String reason,
            String clientKey) implements ClientKeyed {
    }

    enum EventKind {
        MEETING, SOCIAL_ACTIVITY
    }

    record RecordConstellationEvent(String constellationId, EventKind kind, LocalDate date, Integer householdsAttending,
            String note, String clientKey) implements ClientKeyed {
    }

    enum StayKind {
        SLEEPOVER, SHORT_BREAK
    }

    enum Urgency {
        PLANNED, EMERGENCY
    }

    record RecordSleepover(String constellationId, String childId, StayKind kind, Urgency urgency, LocalDate start,
            Integer nights, String clientKey) implements ClientKeyed {
    }
}
