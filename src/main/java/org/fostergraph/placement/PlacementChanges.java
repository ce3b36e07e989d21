package org.fostergraph.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fostergraph.care.Beds;
import org.fostergraph.care.PlaceKind;
import org.fostergraph.care.PlaceProvider;
import org.fostergraph.care.WeeklyCosts;
import org.fostergraph.child.Child;
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
import org.fostergraph.care.Ssda903Codes;
import org.fostergraph.care.Ssda903Codes.CodeList;
import org.fostergraph.support.Ids;

import org.springframework.stereotype.Service;

/**
 * Starting, ending and moving placements and holding vacancies. Each change locks what it checks (the
 * household, then the child) before reading, inside one transaction, so that two officers racing for the
 * last bed are serialised and the second sees the first's placement: exactly one gets the bed.
 */
@Service
public class PlacementChanges {

    static final double MAX_WEEKLY_COST = WeeklyCosts.MAX_AGREED_WEEKLY;

    private final PlacementRepository placements;
    private final HoldRepository holds;
    private final HouseholdService households;
    private final ChildService children;
    private final Ssda903Codes codes;
    private final ChangeLog changeLog;
    private final CurrentActor actor;
    private final HoldProperties holdProperties;
    private final Clock clock;

    PlacementChanges(PlacementRepository placements, HoldRepository holds, HouseholdService households,
            ChildService children, Ssda903Codes codes, ChangeLog changeLog, CurrentActor actor,
            HoldProperties holdProperties, Clock clock) {
        this.placements = placements;
        this.holds = holds;
        this.households = households;
        this.children = children;
        this.codes = codes;
        this.changeLog = changeLog;
        this.actor = actor;
        this.holdProperties = holdProperties;
        this.clock = clock;
    }

    public Placement start(PlacementCommands.StartPlacement command) {
        checkStartArguments(command);
        return changeLog.apply("startPlacement", command, () -> {
            String id = startInTransaction(command);
            return new Recorded(id, "Placement " + id + " started on " + command.start() + " for child "
                    + command.childId() + " with household " + command.householdId(),
                    Map.of(Subject.Placement, List.of(id), Subject.Child, List.of(command.childId()),
                            Subject.Household, List.of(command.householdId())));
        }, this::read);
    }

    /**
     * A placement another feature's change starts (an accepted offer), with the cost agreed for this child.
     *
     * @param moveReasonCode for a child placed now: the SSDA903 REASON_PLACE_CHANGE their current placement ends with on
     *        the day this one starts (a move); null for a child with no placement
     */
    public record NewPlacement(String childId, String householdId, LocalDate start, String placeCode, String providerCode,
            double weeklyCost, String moveReasonCode) {
    }

    /**
     * Starts these placements inside a change another feature is making (its {@code ChangeLog.apply}, which records it),
     * with every check {@link #start} and {@link #move} make: children placed together, each child locked in id order after
     * the home; a child placed now moves (their placement ends the same day) when a reason is given. Answers the new
     * placements' ids in the order given.
     */
    public List<String> startWithin(List<NewPlacement> starts) {
        starts.forEach(start -> {
            checkStartArguments(command(start));
            if (start.moveReasonCode() != null) {
                checkEndArguments(start.start(), start.moveReasonCode(), "moveReasonCode");
            }
        });
        return starts.stream().map(start -> {
            if (start.moveReasonCode() != null) {
                // Household before child, as every change takes them.
                households.lockForChange("householdId", start.householdId(), start.childId());
                children.lockForChange("childId", start.childId());
                placements.openOnOrAfter(start.childId(), start.start()).stream().filter(placement -> placement.end() == null)
                        .findFirst().ifPresent(current -> endInTransaction(current, start.start(), start.moveReasonCode(),
                                "moveReasonCode"));
            }
            return startInTransaction(command(start));
        }).toList();
    }

    private static PlacementCommands.StartPlacement command(NewPlacement start) {
        return new PlacementCommands.StartPlacement(start.childId(), start.householdId(), start.start(), start.placeCode(),
                start.providerCode(), start.weeklyCost(), null, null, null, null);
    }

    public Placement end(PlacementCommands.EndPlacement command) {
        checkEndArguments(command.end(), command.reasonCode(), "reasonCode");
        return changeLog.apply("endPlacement", command, () -> {
            Placement placement = placements.lock(command.placementId())
                    .orElseThrow(() -> new NotFoundException("placementId", command.placementId(), "placement"));
            endInTransaction(placement, command.end(), command.reasonCode(), "end");
            return new Recorded(placement.id(), "Placement " + placement.id() + " ended on " + command.end() + " ("
                    + command.reasonCode() + ")", Map.of(Subject.Placement, List.of(placement.id()),
                            Subject.Child, List.of(placement.childId()), Subject.Household, List.of(placement.householdId())));
        }, this::read);
    }

    /** Ends the child's current placement and starts the next one on the same day, in one transaction. */
    public Placement move(PlacementCommands.MovePlacement command) {
        PlacementCommands.StartPlacement next = command.startAtNewHome();
        checkStartArguments(next);
        checkEndArguments(command.date(), command.reasonCode(), "reasonCode");
        return changeLog.apply("movePlacement", command, () -> {
            // Household before child, as every change takes them, so that two changes cannot wait on each other.
            households.lockForChange("householdId", command.householdId(), command.childId());
            children.lockForChange("childId", command.childId());
            Placement current = placements.openOnOrAfter(command.childId(), command.date()).stream()
                    .filter(placement -> placement.end() == null).findFirst()
                    .orElseThrow(() -> new RuleViolationException("NO_CURRENT_PLACEMENT", "childId", command.childId(),
                            "childId: the child has no open placement to move from; use startPlacement"));
            endInTransaction(current, command.date(), command.reasonCode(), "date");
            String id = startInTransaction(next);
            return new Recorded(id, "Child " + command.childId() + " moved on " + command.date() + " from placement "
                    + current.id() + " to placement " + id + " with household " + command.householdId(),
                    Map.of(Subject.Placement, List.of(current.id(), id), Subject.Child, List.of(command.childId()),
                            Subject.Household, List.of(current.householdId(), command.householdId())));
        }, this::read);
    }

    /**
     * Takes back a placement recorded today by mistake, with the reason: it leaves the child's history (kept as a
     * voided placement, and in the change log), and if it was a move, the placement it ended is open again. Only an
     * open placement recorded today through the service can be undone; anything older is corrected by a move or an
     * ending, as the SSDA903 return records it.
     */
    public Child undo(PlacementCommands.UndoPlacement command) {
        String reason = checkReason(command.reason());
        return changeLog.apply("undoPlacement", command, () -> {
            // The home a mistaken move left is locked with the others, households before the child as every change
            // takes them; then read again under the locks.
            Placement found = find(command.placementId());
            Optional<Placement> moved = placements.endedForMove(found.childId(), found.start(), startOfToday());
            Placement placement = lockCorrectable(found, moved.map(Placement::householdId).orElse(null));
            Optional<Placement> previous = placements.endedForMove(placement.childId(), placement.start(), startOfToday());
            ZonedDateTime now = ZonedDateTime.now(clock);
            placements.voidPlacement(placement.id(), reason, actor.name(), now);
            previous.ifPresent(before -> {
                LockedHousehold home = households.lockForChange("householdId", before.householdId(), before.childId());
                if (home.occupancy().freeBeds() < 1) {
                    throw new RuleViolationException("PLACE_TAKEN", "placementId", command.placementId(), "placementId: the "
                            + "child's previous placement " + before.id() + " cannot be opened again: its place at household "
                            + before.householdId() + " has been taken since, or the household is no longer approved; move the child instead");
                }
                placements.reopen(before.id(), actor.name(), now);
            });
            return new Recorded(placement.childId(), "Placement " + placement.id() + " undone on the day it was recorded"
                    + previous.map(before -> "; placement " + before.id() + " open again").orElse(""),
                    Map.of(Subject.Placement, previous.map(before -> List.of(placement.id(), before.id()))
                                    .orElse(List.of(placement.id())),
                            Subject.Child, List.of(placement.childId()), Subject.Household,
                            previous.map(before -> List.of(placement.householdId(), before.householdId()))
                                    .orElse(List.of(placement.householdId()))));
        }, childId -> children.findById(childId).orElseThrow());
    }

    /**
     * Replaces a placement recorded today with the one it should have been (another home, code or cost), from the
     * same day and with the reason, in one transaction: no 0-day placement is left in the child's history. The new
     * placement is checked as a start is; the one it replaces is kept as a voided placement.
     */
    public Placement amend(PlacementCommands.AmendPlacement command) {
        String reason = checkReason(command.reason());
        return changeLog.apply("amendPlacement", command, () -> {
            Placement placement = lockCorrectable(find(command.placementId()), command.householdId());
            PlacementCommands.StartPlacement corrected = new PlacementCommands.StartPlacement(placement.childId(),
                    command.householdId(), placement.start(), command.placeCode(), command.providerCode(),
                    command.weeklyCost(), command.ageExemptionReason(), command.legalStatus(), command.needCategory(), null);
            checkStartArguments(corrected);
            placements.voidPlacement(placement.id(), reason, actor.name(), ZonedDateTime.now(clock));
            String id = startInTransaction(corrected);
            return new Recorded(id, "Placement " + placement.id() + " replaced on the day it was recorded by placement " + id
                    + " with household " + command.householdId(),
                    Map.of(Subject.Placement, List.of(placement.id(), id), Subject.Child, List.of(placement.childId()),
                            Subject.Household, List.of(placement.householdId(), command.householdId())));
        }, this::read);
    }

    public Hold hold(PlacementCommands.HoldVacancy command) {
        int hours = command.hours() == null ? holdProperties.defaultHours() : command.hours();
        if (hours < 1 || hours > holdProperties.maxHours()) {
            throw new InvalidArgumentException("hours", command.hours(),
                    "a vacancy can be held for 1 to " + holdProperties.maxHours() + " hours");
        }
        return changeLog.apply("holdVacancy", command, () -> {
            LockedHousehold locked = households.lockForChange("householdId", command.householdId(), command.childId());
            children.lockForChange("childId", command.childId());
            ZonedDateTime now = ZonedDateTime.now(clock);
            if (holds.hasActiveHold(command.childId(), command.householdId(), now)) {
                throw new RuleViolationException("ALREADY_HELD", "childId", command.childId(),
                        "childId: a place at household " + command.householdId() + " is already held for this child");
            }
            checkApproved(locked.household());
            checkVacancy(locked, "a hold");
            String id = Ids.next("HOLD");
            holds.create(id, command, now.plusHours(hours), actor.name(), now);
            return new Recorded(id, "Place held at household " + command.householdId() + " for child "
                    + command.childId() + " until " + now.plusHours(hours).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS),
                    Map.of(Subject.Hold, List.of(id), Subject.Household, List.of(command.householdId()),
                            Subject.Child, List.of(command.childId())));
        }, this::readHold);
    }

    public Hold release(PlacementCommands.ReleaseHold command) {
        return changeLog.apply("releaseHold", command, () -> {
            Hold hold = holds.lock(command.holdId())
                    .orElseThrow(() -> new NotFoundException("holdId", command.holdId(), "hold"));
            ZonedDateTime now = ZonedDateTime.now(clock);
            if (!hold.activeAt(now.toOffsetDateTime())) {
                throw new RuleViolationException("HOLD_NOT_ACTIVE", "holdId", command.holdId(),
                        "holdId: the hold has already expired, been released or been used by a placement");
            }
            holds.release(hold.id(), actor.name(), now);
            return new Recorded(hold.id(), "Hold " + hold.id() + " released",
                    Map.of(Subject.Hold, List.of(hold.id()), Subject.Household, List.of(hold.householdId())));
        }, this::readHold);
    }

    /**
     * Locks a placement to correct, its household and {@code otherHouseholdId} (the home it is amended to, or the home
     * a move left), in id order, as every change takes households before the child; then the child. Refuses one that
     * is not open or was not recorded today.
     */
    private Placement lockCorrectable(Placement found, String otherHouseholdId) {
        String placementId = found.id();
        new java.util.TreeSet<>(otherHouseholdId == null ? List.of(found.householdId())
                : List.of(found.householdId(), otherHouseholdId))
                .forEach(household -> households.lockForChange("householdId", household, found.childId()));
        children.lockForChange("childId", found.childId());
        Placement placement = placements.lock(placementId)
                .orElseThrow(() -> new NotFoundException("placementId", placementId, "placement"));
        if (placement.end() != null) {
            throw new RuleViolationException("PLACEMENT_ALREADY_ENDED", "placementId", placementId,
                    "placementId: the placement ended on " + placement.end() + "; only an open placement can be corrected");
        }
        ZonedDateTime recorded = placements.recordedAt(placementId).orElse(null);
        if (recorded == null || recorded.isBefore(startOfToday())) {
            throw new RuleViolationException("NOT_RECORDED_TODAY", "placementId", placementId, "placementId: only a "
                    + "placement recorded today can be undone or amended; correct an older one by moving or ending it");
        }
        return placement;
    }

    private Placement find(String placementId) {
        return placements.findByIds(List.of(placementId)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("placementId", placementId, "placement"));
    }

    private ZonedDateTime startOfToday() {
        return LocalDate.now(clock).atStartOfDay(clock.getZone());
    }

    private static String checkReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidArgumentException("reason", reason, "say in words why the placement is corrected");
        }
        if (reason.length() > 500) {
            throw new InvalidArgumentException("reason", reason.length() + " characters", "at most 500 characters");
        }
        return reason.strip();
    }

    private String startInTransaction(PlacementCommands.StartPlacement command) {
        LockedHousehold locked = households.lockForChange("householdId", command.householdId(), command.childId());
        Child child = children.lockForChange("childId", command.childId());
        Household household = locked.household();
        placements.openOnOrAfter(command.childId(), command.start()).stream().findFirst().ifPresent(open -> {
            throw new RuleViolationException("CHILD_ALREADY_PLACED", "childId", command.childId(),
                    "childId: the child already has placement " + open.id() + " from " + open.start()
                            + (open.end() == null ? " (open)" : " to " + open.end())
                            + "; end it first, or use movePlacement");
        });
        if (command.start().isBefore(child.dateOfBirth())) {
            throw new InvalidArgumentException("start", command.start(), "the placement cannot start before the child was born");
        }
        checkApproved(household);
        if (household.statusSince() != null && command.start().isBefore(household.statusSince())) {
            throw new RuleViolationException("HOUSEHOLD_NOT_APPROVED", "start", command.start(), "start: household "
                    + household.id() + " has been approved only since " + household.statusSince());
        }
        PlaceKind type = PlaceKind.of(command.placeCode());
        if (!type.canBeWith(household.provision())) {
            throw new RuleViolationException("PLACEMENT_TYPE_MISMATCH", "placeCode", command.placeCode(), "placeCode: "
                    + command.placeCode() + " is a " + type.describe() + " placement, which household " + household.id()
                    + " (" + household.provision() + ") does not provide");
        }
        String expectedProvider = household.internal() ? PlaceProvider.PR1.name()
                : household.provider() == null ? null : household.provider().placeProviderCode();
        if (expectedProvider != null && !expectedProvider.equals(command.providerCode())) {
            throw new RuleViolationException("PROVIDER_MISMATCH", "providerCode", command.providerCode(), "providerCode: household "
                    + household.id() + " is " + (household.internal() ? "the council's own provision" : "provided by "
                    + household.provider().name()) + ", so the code is " + expectedProvider);
        }
        checkAge(child, household, command);
        if (command.start().isBefore(LocalDate.now(clock))) {
            int capacity = Beds.placesForPlacements(household.approvedPlaces(), locked.occupancy().hub());
            if (households.mostOpenPlacementsSince(household.id(), command.start()) >= capacity) {
                throw new RuleViolationException("NO_VACANCY", "householdId", household.id(), "householdId: household "
                        + household.id() + " had no vacancy on some day from " + command.start() + " to today");
            }
        }
        checkVacancy(locked, "a placement");
        String id = Ids.next("PL");
        placements.create(id, command, actor.name(), ZonedDateTime.now(clock));
        return id;
    }

    private void endInTransaction(Placement placement, LocalDate end, String reasonCode, String endField) {
        if (placement.end() != null) {
            throw new RuleViolationException("PLACEMENT_ALREADY_ENDED", "placementId", placement.id(),
                    "placementId: the placement already ended on " + placement.end());
        }
        if (end.isBefore(placement.start())) {
            throw new InvalidArgumentException(endField, end, "the placement started on " + placement.start()
                    + "; it cannot end before that");
        }
        placements.end(placement.id(), end, reasonCode, actor.name(), ZonedDateTime.now(clock));
    }

    private void checkStartArguments(PlacementCommands.StartPlacement command) {
        LocalDate today = LocalDate.now(clock);
        if (command.start().isAfter(today)) {
            throw new InvalidArgumentException("start", command.start(), "a placement is recorded on or after the day "
                    + "the child arrives, and today is " + today + "; hold the vacancy until then");
        }
        if (!codes.isValid(CodeList.PLACE, command.placeCode(), command.start())) {
            throw new InvalidArgumentException("placeCode", command.placeCode(),
                    "not an SSDA903 PLACE code for the year of " + command.start());
        }
        if (!codes.isValid(CodeList.PLACE_PROVIDER, command.providerCode(), command.start())) {
            throw new InvalidArgumentException("providerCode", command.providerCode(),
                    "not an SSDA903 PLACE_PROVIDER code (PR0 to PR5)");
        }
        if (command.legalStatus() != null && !codes.isValid(CodeList.LS, command.legalStatus(), command.start())) {
            throw new InvalidArgumentException("legalStatus", command.legalStatus(),
                    "not an SSDA903 LS code for the year of " + command.start() + " (for example C2, a full care order)");
        }
        if (command.needCategory() != null && !codes.isValid(CodeList.CIN, command.needCategory(), command.start())) {
            throw new InvalidArgumentException("needCategory", command.needCategory(), "not an SSDA903 CIN code (N1 to N8)");
        }
        if (command.weeklyCost() == null || command.weeklyCost().isNaN() || command.weeklyCost() < 0
                || command.weeklyCost() > MAX_WEEKLY_COST) {
            throw new InvalidArgumentException("weeklyCost", command.weeklyCost(),
                    "the agreed weekly cost is in pounds, from 0 to " + (int) MAX_WEEKLY_COST);
        }
        if (command.ageExemptionReason() != null && command.ageExemptionReason().isBlank()) {
            throw new InvalidArgumentException("ageExemptionReason", command.ageExemptionReason(),
                    "an exemption needs its reason in words");
        }
    }

    private void checkEndArguments(LocalDate end, String reasonCode, String reasonField) {
        LocalDate today = LocalDate.now(clock);
        if (end.isAfter(today)) {
            throw new InvalidArgumentException("end", end, "a placement is ended on or after the day the child leaves, "
                    + "and today is " + today);
        }
        if (!codes.isValid(CodeList.REASON_PLACE_CHANGE, reasonCode, end) && !codes.isValid(CodeList.REC, reasonCode, end)) {
            throw new InvalidArgumentException(reasonField, reasonCode,
                    "not an SSDA903 REASON_PLACE_CHANGE or REC code");
        }
    }

    private static void checkApproved(Household household) {
        if (household.status() != HouseholdStatus.APPROVED) {
            throw new RuleViolationException("HOUSEHOLD_NOT_APPROVED", "householdId", household.id(), "householdId: household "
                    + household.id() + " is " + household.status().name().toLowerCase().replace('_', ' ')
                    + ", not approved, so it cannot take a child");
        }
    }

    private static void checkVacancy(LockedHousehold locked, String what) {
        if (locked.occupancy().vacancies() < 1) {
            Household household = locked.household();
            throw new RuleViolationException("NO_VACANCY", "householdId", household.id(), "householdId: household "
                    + household.id() + " has no vacancy for " + what + " today"
                    + (locked.occupancy().hub() ? " (a hub keeps its two sleepover beds free)" : ""));
        }
    }

    private void checkAge(Child child, Household household, PlacementCommands.StartPlacement command) {
        int age = child.ageOn(command.start());
        boolean inside = (household.ageMin() == null || age >= household.ageMin())
                && (household.ageMax() == null || age <= household.ageMax());
        if (!inside && command.ageExemptionReason() == null) {
            throw new RuleViolationException("AGE_OUTSIDE_TERMS", "childId", command.childId(), "childId: the child's age on "
                    + command.start() + " is outside household " + household.id() + "'s terms of approval (ages "
                    + household.ageMin() + " to " + household.ageMax() + "); give ageExemptionReason to place anyway");
        }
    }

    private Placement read(String placementId) {
        return placements.findByIds(List.of(placementId)).get(0);
    }

    private Hold readHold(String holdId) {
        return holds.findByIds(List.of(holdId)).get(0);
    }
}
