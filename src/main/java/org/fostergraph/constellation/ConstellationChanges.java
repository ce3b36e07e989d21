package org.fostergraph.constellation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fostergraph.child.ChildService;
import org.fostergraph.api.errors.InvalidArgumentException;
import org.fostergraph.api.errors.NotFoundException;
import org.fostergraph.api.errors.RuleViolationException;
import org.fostergraph.history.ChangeLog;
import org.fostergraph.history.CurrentActor;
import org.fostergraph.history.Recorded;
import org.fostergraph.history.Recorded.Subject;
import org.fostergraph.household.Household;
import org.fostergraph.household.HouseholdService;
import org.fostergraph.household.HouseholdStatus;
import org.fostergraph.household.LockedHousehold;
import org.fostergraph.household.Occupancy;
import org.fostergraph.care.Provision;
import org.fostergraph.support.Days;
import org.fostergraph.support.Ids;

import org.springframework.stereotype.Service;

/**
 * Building and running constellations: creating one around a hub, satellites joining and leaving (the
 * membership stays as history), meetings and social activities, and sleepovers and short breaks in the
 * hub's two sleepover beds.
 */
@Service
public class ConstellationChanges {

    static final int MAX_SLEEPOVER_NIGHTS = 14;
    /** Kinship (connected-person) homes belong to constellations as well as mainstream ones. */
    static final Set<Provision> SATELLITE_PROVISIONS = EnumSet.of(Provision.IN_HOUSE_FOSTERING, Provision.CONNECTED_PERSON);

    private final ConstellationRepository constellations;
    private final ConstellationService constellationService;
    private final HouseholdService households;
    private final ChildService children;
    private final ChangeLog changeLog;
    private final CurrentActor actor;
    private final Clock clock;

    ConstellationChanges(ConstellationRepository constellations, ConstellationService constellationService,
            HouseholdService households, ChildService children, ChangeLog changeLog, CurrentActor actor, Clock clock) {
        this.constellations = constellations;
        this.constellationService = constellationService;
        this.households = households;
        this.children = children;
        this.changeLog = changeLog;
        this.actor = actor;
        this.clock = clock;
    }

    public Constellation create(ConstellationCommands.CreateConstellation command) {
        if (command.name() == null || command.name().isBlank() || command.name().length() > 200) {
            throw new InvalidArgumentException("name", command.name(), "a constellation's name is 1 to 200 characters");
        }
        Days.notAfterToday("launched", command.launched(), clock);
        return changeLog.apply("createConstellation", command, () -> {
            LockedHousehold hub = households.lockForChange("hubId", command.hubId(), null);
            Household household = hub.household();
            if (household.provision() != Provision.IN_HOUSE_FOSTERING || household.status() != HouseholdStatus.APPROVED) {
                throw new RuleViolationException("HUB_NOT_ELIGIBLE", "hubId", command.hubId(), "hubId: a hub is an approved "
                        + "in-house fostering household; household " + household.id() + " is " + household.provision()
                        + ", " + household.status());
            }
            alreadyInAConstellation("hubId", household);
            if (hub.occupancy().freeBeds() < Occupancy.HUB_SLEEPOVER_BEDS) {
                throw new RuleViolationException("HUB_NOT_ELIGIBLE", "hubId", command.hubId(), "hubId: a hub keeps two "
                        + "sleepover beds free; household " + household.id() + " has " + hub.occupancy().freeBeds()
                        + " bed(s) free of placements and holds");
            }
            if (command.liaisonWorkerId() != null && !constellations.socialWorkerExists(command.liaisonWorkerId())) {
                throw new NotFoundException("liaisonWorkerId", command.liaisonWorkerId(), "social worker");
            }
            String id = Ids.next("CON");
            constellations.create(id, command, actor.name(), ZonedDateTime.now(clock));
            return new Recorded(id, "Constellation " + id + " created with hub " + household.id() + ", launched "
                    + command.launched(), Map.of(Subject.Constellation, List.of(id), Subject.Household, List.of(household.id())));
        }, this::read);
    }

    public Constellation addSatellite(ConstellationCommands.AddSatellite command) {
        Days.notAfterToday("since", command.since(), clock);
        return changeLog.apply("addSatellite", command, () -> {
            Constellation constellation = lock(command.constellationId());
            Household household = households.lockForChange("householdId", command.householdId(), null).household();
            eligibleAsSatellite(household);
            alreadyInAConstellation("householdId", household);
            roomToJoin("constellationId", constellation, "since", command.since());
            constellations.addSatellite(constellation.id(), household.id(), command.since(), actor.name(), ZonedDateTime.now(clock));
            return new Recorded(constellation.id(), "Household " + household.id() + " joined constellation "
                    + constellation.id() + " on " + command.since(), Map.of(Subject.Constellation, List.of(constellation.id()),
                            Subject.Household, List.of(household.id())));
        }, this::read);
    }

    public Constellation removeSatellite(ConstellationCommands.RemoveSatellite command) {
        Days.notAfterToday("until", command.until(), clock);
        return changeLog.apply("removeSatellite", command, () -> {
            Constellation constellation = lock(command.constellationId());
            leaving(constellation, command.householdId(), "until", command.until());
            constellations.removeSatellite(constellation.id(), command.householdId(), command.until(), command.reason(),
                    actor.name(), ZonedDateTime.now(clock));
            return new Recorded(constellation.id(), "Household " + command.householdId() + " left constellation "
                    + constellation.id() + " on " + command.until(), Map.of(Subject.Constellation, List.of(constellation.id()),
                            Subject.Household, List.of(command.householdId())));
        }, this::read);
    }

    public Constellation moveSatellite(ConstellationCommands.MoveSatellite command) {
        Days.notAfterToday("on", command.on(), clock);
        if (command.fromConstellationId().equals(command.toConstellationId())) {
            throw new InvalidArgumentException("toConstellationId", command.toConstellationId(),
                    "a constellation other than the one household " + command.householdId() + " leaves");
        }
        return changeLog.apply("moveSatellite", command, () -> {
            // Both constellations locked in id order, so two moves in opposite directions wait for each other
            // instead of deadlocking; then the household, as every change to a household locks it.
            boolean fromFirst = command.fromConstellationId().compareTo(command.toConstellationId()) < 0;
            Constellation first = lock(fromFirst ? command.fromConstellationId() : command.toConstellationId(),
                    fromFirst ? "fromConstellationId" : "toConstellationId");
            Constellation second = lock(fromFirst ? command.toConstellationId() : command.fromConstellationId(),
                    fromFirst ? "toConstellationId" : "fromConstellationId");
            Constellation from = fromFirst ? first : second;
            Constellation to = fromFirst ? second : first;
            Household household = households.lockForChange("householdId", command.householdId(), null).household();
            leaving(from, household.id(), "on", command.on());
            eligibleAsSatellite(household);
            roomToJoin("toConstellationId", to, "on", command.on());
            ZonedDateTime at = ZonedDateTime.now(clock);
            constellations.removeSatellite(from.id(), household.id(), command.on(), command.reason(), actor.name(), at);
            constellations.addSatellite(to.id(), household.id(), command.on(), actor.name(), at);
            return new Recorded(to.id(), "Household " + household.id() + " moved from constellation " + from.id()
                    + " to constellation " + to.id() + " on " + command.on(), Map.of(Subject.Constellation,
                            List.of(from.id(), to.id()), Subject.Household, List.of(household.id())));
        }, this::read);
    }

    public ConstellationEvent recordEvent(ConstellationCommands.RecordConstellationEvent command) {
        Days.notAfterToday("date", command.date(), clock);
        if (command.householdsAttending() != null
                && (command.householdsAttending() < 0 || command.householdsAttending() > FidelityRules.MAX_SATELLITES + 1)) {
            throw new InvalidArgumentException("householdsAttending", command.householdsAttending(),
                    "from 0 to " + (FidelityRules.MAX_SATELLITES + 1) + " (the hub and up to ten satellites)");
        }
        if (command.note() != null && command.note().length() > 1000) {
            throw new InvalidArgumentException("note", command.note().substring(0, 20) + "…", "at most 1000 characters");
        }
        return changeLog.apply("recordConstellationEvent", command, () -> {
            Constellation constellation = lock(command.constellationId());
            String id = Ids.next("EV");
            constellations.recordEvent(id, command, actor.name(), ZonedDateTime.now(clock));
            return new Recorded(id, command.kind() + " of constellation " + constellation.id() + " on "
                    + command.date(), Map.of(Subject.Constellation, List.of(constellation.id())));
        }, id -> constellationService.events(List.of(command.constellationId()))
                .getOrDefault(command.constellationId(), List.of()).stream()
                .filter(event -> event.id().equals(id)).findFirst().orElseThrow());
    }

    public Sleepover recordSleepover(ConstellationCommands.RecordSleepover command) {
        int nights = command.nights() == null ? 1 : command.nights();
        if (nights < 1 || nights > MAX_SLEEPOVER_NIGHTS) {
            throw new InvalidArgumentException("nights", command.nights(), "from 1 to " + MAX_SLEEPOVER_NIGHTS);
        }
        ConstellationCommands.RecordSleepover stay = new ConstellationCommands.RecordSleepover(command.constellationId(),
                command.childId(), command.kind(), command.urgency(), command.start(), nights, command.clientKey());
        return changeLog.apply("recordSleepover", command, () -> {
            Constellation constellation = lock(command.constellationId());
            households.lockForChange("constellationId", constellation.hubId(), null);
            children.lockForChange("childId", command.childId());
            for (LocalDate night = command.start(); night.isBefore(command.start().plusDays(nights)); night = night.plusDays(1)) {
                if (households.occupancyOn(constellation.hubId(), night).sleepoverBedsFree() < 1) {
                    throw new RuleViolationException("NO_SLEEPOVER_BED", "start", command.start(), "start: the hub of "
                            + "constellation " + constellation.id() + " has no sleepover bed free on the night of " + night);
                }
            }
            String id = Ids.next("SL");
            constellations.recordSleepover(id, constellation.hubId(), stay, actor.name(), ZonedDateTime.now(clock));
            return new Recorded(id, command.urgency() + " " + command.kind() + " at the hub of constellation "
                    + constellation.id() + " for child " + command.childId() + " from " + command.start() + ", " + nights
                    + " night(s)", Map.of(Subject.Sleepover, List.of(id), Subject.Constellation, List.of(constellation.id()),
                            Subject.Household, List.of(constellation.hubId()), Subject.Child, List.of(command.childId())));
        }, id -> constellationService.sleepovers(List.of(command.constellationId()), command.start().minusDays(1))
                .getOrDefault(command.constellationId(), List.of()).stream()
                .filter(sleepover -> sleepover.id().equals(id)).findFirst().orElseThrow());
    }

    private Constellation lock(String constellationId) {
        return lock(constellationId, "constellationId");
    }

    private Constellation lock(String constellationId, String field) {
        return constellations.lock(constellationId)
                .orElseThrow(() -> new NotFoundException(field, constellationId, "constellation"));
    }

    private static void eligibleAsSatellite(Household household) {
        if (!SATELLITE_PROVISIONS.contains(household.provision()) || household.status() != HouseholdStatus.APPROVED) {
            throw new RuleViolationException("SATELLITE_NOT_ELIGIBLE", "householdId", household.id(), "householdId: "
                    + "a satellite is an approved in-house or connected-person fostering household; household "
                    + household.id() + " is " + household.provision() + ", " + household.status());
        }
    }

    /** A constellation a satellite joins has room for it (the model's ten at most) and had launched by the day. */
    private static void roomToJoin(String field, Constellation constellation, String dayField, LocalDate day) {
        if (constellation.satelliteIds().size() >= FidelityRules.MAX_SATELLITES) {
            throw new RuleViolationException("CONSTELLATION_FULL", field, constellation.id(),
                    field + ": constellation " + constellation.id() + " already has "
                            + FidelityRules.MAX_SATELLITES + " satellites, the most the Mockingbird model supports");
        }
        if (constellation.launched() != null && day.isBefore(constellation.launched())) {
            throw new InvalidArgumentException(dayField, day, "constellation " + constellation.id()
                    + " launched on " + constellation.launched());
        }
    }

    /** The household is a current satellite of the constellation it leaves, and leaves no earlier than it joined. */
    private void leaving(Constellation constellation, String householdId, String dayField, LocalDate day) {
        LocalDate since = constellations.currentMembershipSince(constellation.id(), householdId)
                .orElseThrow(() -> new RuleViolationException("NOT_A_SATELLITE", "householdId", householdId,
                        "householdId: household " + householdId + " is not a current satellite of constellation "
                                + constellation.id()));
        if (day.isBefore(since)) {
            throw new InvalidArgumentException(dayField, day, "household " + householdId + " joined on " + since);
        }
    }

    private static void alreadyInAConstellation(String field, Household household) {
        if (household.constellationId() != null) {
            throw new RuleViolationException("ALREADY_IN_CONSTELLATION", field, household.id(), field + ": household "
                    + household.id() + " already belongs to constellation " + household.constellationId() + " as "
                    + household.constellationRole().name().toLowerCase() + "; a household belongs to one at most");
        }
    }


    private Constellation read(String id) {
        return constellationService.findById(id).orElseThrow();
    }
}
