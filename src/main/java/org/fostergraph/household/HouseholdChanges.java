package org.fostergraph.household;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.fostergraph.api.errors.InvalidArgumentException;
import org.fostergraph.care.PlacesNotAvailable;
import org.fostergraph.api.errors.NotFoundException;
import org.fostergraph.api.errors.RuleViolationException;
import org.fostergraph.history.ChangeLog;
import org.fostergraph.history.CurrentActor;
import org.fostergraph.history.Recorded;
import org.fostergraph.history.Recorded.Subject;
import org.fostergraph.support.Days;
import org.fostergraph.support.Ids;

import org.springframework.stereotype.Service;

/**
 * The fostering team's changes to households: registering an enquiry, moving it through the recruitment
 * lifecycle, setting terms of approval and attributes. Every change locks the household, keeps the old
 * state as history (status changes as nodes, the rest in the change log) and never deletes anything.
 */
@Service
public class HouseholdChanges {

    static final int MAX_PLACES = 10;
    static final int MAX_AGE = 25;

    private final HouseholdRepository households;
    private final HouseholdService householdService;
    private final ChangeLog changeLog;
    private final CurrentActor actor;
    private final Clock clock;

    HouseholdChanges(HouseholdRepository households, HouseholdService householdService, ChangeLog changeLog,
            CurrentActor actor, Clock clock) {
        this.households = households;
        this.householdService = householdService;
        this.changeLog = changeLog;
        this.actor = actor;
        this.clock = clock;
    }

    public Household register(HouseholdCommands.RegisterHousehold command) {
        if (command.name() == null || command.name().isBlank() || command.name().length() > 200) {
            throw new InvalidArgumentException("name", command.name(), "a household's name is 1 to 200 characters");
        }
        Days.notAfterToday("enquiryDate", command.enquiryDate(), clock);
        if (command.location() != null) {
            command.location().checked("location");
        }
        boolean internal = command.provision().isInternal();
        if (internal && command.providerId() != null) {
            throw new InvalidArgumentException("providerId", command.providerId(),
                    "the council's own households have no external provider");
        }
        if (!internal && command.providerId() == null) {
            throw new InvalidArgumentException("providerId", null, "an external household needs the provider that runs it");
        }
        return changeLog.apply("registerHousehold", command, () -> {
            if (command.localityId() != null && !households.localityExists(command.localityId())) {
                throw new NotFoundException("localityId", command.localityId(), "locality");
            }
            if (command.providerId() != null && !households.providerExists(command.providerId())) {
                throw new NotFoundException("providerId", command.providerId(), "provider");
            }
            String id = Ids.next("HH");
            households.register(id, Ids.next("SC"), command, actor.name(), actor.council(), ZonedDateTime.now(clock));
            return new Recorded(id, "Household " + id + " registered as an enquiry on " + command.enquiryDate(),
                    Map.of(Subject.Household, List.of(id)));
        }, this::read);
    }

    public Household changeStatus(HouseholdCommands.ChangeHouseholdStatus command) {
        Days.notAfterToday("date", command.date(), clock);
        return changeLog.apply("changeHouseholdStatus", command, () -> {
            LockedHousehold locked = householdService.lockForChange("householdId", command.householdId(), null);
            Household household = locked.household();
            if (!HouseholdStatusRules.allowed(household.status(), command.status())) {
                throw new RuleViolationException("INVALID_TRANSITION", "status", command.status(), "status: household "
                        + household.id() + " is " + household.status() + ", which can move only to "
                        + HouseholdStatusRules.next(household.status()));
            }
            if (household.statusSince() != null && command.date().isBefore(household.statusSince())) {
                throw new InvalidArgumentException("date", command.date(), "household " + household.id() + " has been "
                        + household.status() + " since " + household.statusSince() + "; a change cannot come before that");
            }
            if (command.status() == HouseholdStatus.APPROVED && household.approvedPlaces() < 1) {
                throw new RuleViolationException("NO_TERMS_OF_APPROVAL", "status", command.status(), "status: set household "
                        + household.id() + "'s terms of approval (at least one place) before approving it");
            }
            if (command.status() == HouseholdStatus.DEREGISTERED) {
                if (locked.occupancy().openPlacements() > 0) {
                    throw new RuleViolationException("HOUSEHOLD_HAS_CHILDREN", "status", command.status(), "status: household "
                            + household.id() + " has " + locked.occupancy().openPlacements()
                            + " open placement(s); end or move them before de-registering");
                }
                if (household.constellationRole() == ConstellationRole.HUB) {
                    throw new RuleViolationException("HOUSEHOLD_IS_HUB", "status", command.status(), "status: household "
                            + household.id() + " is the hub of constellation " + household.constellationId()
                            + "; give the constellation another hub first");
                }
            }
            households.changeStatus(household.id(), Ids.next("SC"), command.status(), command.date(), command.reason(),
                    actor.name(), ZonedDateTime.now(clock));
            return new Recorded(household.id(), "Household " + household.id() + " moved from " + household.status() + " to "
                    + command.status() + " on " + command.date(), Map.of(Subject.Household, List.of(household.id())));
        }, this::read);
    }

    public Household setTerms(HouseholdCommands.SetTermsOfApproval command) {
        inRange("approvedPlaces", command.approvedPlaces(), 0, MAX_PLACES);
        inRange("ageMin", command.ageMin(), 0, MAX_AGE);
        inRange("ageMax", command.ageMax(), command.ageMin(), MAX_AGE);
        if (command.bedrooms() != null) {
            inRange("bedrooms", command.bedrooms(), 0, 20);
        }
        return changeLog.apply("setTermsOfApproval", command, () -> {
            LockedHousehold locked = householdService.lockForChange("householdId", command.householdId(), null);
            Household before = locked.household();
            int filled = locked.occupancy().openPlacements() + locked.occupancy().heldPlaces();
            if (command.approvedPlaces() < filled) {
                throw new RuleViolationException("PLACES_BELOW_OCCUPANCY", "approvedPlaces", command.approvedPlaces(),
                        "approvedPlaces: household " + before.id() + " has " + filled
                                + " places filled or held today; end or move placements first");
            }
            Map<String, Object> terms = new LinkedHashMap<>();
            terms.put("approvedPlaces", command.approvedPlaces());
            terms.put("ageMin", command.ageMin());
            terms.put("ageMax", command.ageMax());
            terms.put("approvalTypes", command.approvalTypes().stream().map(Enum::name).distinct().toList());
            if (command.bedrooms() != null) {
                terms.put("bedrooms", command.bedrooms());
            }
            households.setProperties(before.id(), terms, actor.name(), ZonedDateTime.now(clock));
            return new Recorded(before.id(), "Terms of approval of household " + before.id() + " changed from "
                    + before.approvedPlaces() + " places, ages " + before.ageMin() + "-" + before.ageMax() + ", "
                    + before.approvalTypes() + (before.bedrooms() == null ? "" : ", " + before.bedrooms() + " bedrooms")
                    + " to " + describe(terms), Map.of(Subject.Household, List.of(before.id())));
        }, this::read);
    }

    /** The longest period places may be marked not available for at once. */
    static final int MAX_NOT_AVAILABLE_DAYS = 366;

    /**
     * Marks some of a household's approved places not available for a period, with the reason (Ofsted's "vacant but not
     * available"): from then they are neither offered nor held ({@code care.Beds}). A period starting today may take only
     * places free today; nothing is ever deleted, and a period ends on its {@code until}.
     *
     * @param householdField the input field that named the household, for the errors
     * @param councilsOwn whether the household must be one of the council's own carers (the fostering team's change; a
     *        provider marks its own homes' places)
     */
    public String markPlacesNotAvailable(HouseholdCommands.MarkPlacesNotAvailable command, String householdField,
            boolean councilsOwn) {
        LocalDate today = LocalDate.now(clock);
        if (command.reason() == null || !PlacesNotAvailable.REASONS.contains(command.reason())) {
            throw new InvalidArgumentException("reason", command.reason(), "one of " + PlacesNotAvailable.REASONS);
        }
        String detail = command.detail() == null || command.detail().isBlank() ? null : command.detail().strip();
        if ("OTHER".equals(command.reason()) && detail == null) {
            throw new InvalidArgumentException("detail", command.detail(), "say in words why, when the reason is OTHER");
        }
        if (detail != null && detail.length() > 2000) {
            throw new InvalidArgumentException("detail", detail.length() + " characters", "at most 2,000 characters");
        }
        if (command.from() == null || command.from().isBefore(today) || command.from().isAfter(today.plusDays(MAX_NOT_AVAILABLE_DAYS))) {
            throw new InvalidArgumentException("from", command.from(), "from today (" + today + ") to a year ahead");
        }
        if (command.until() == null || !command.until().isAfter(command.from())
                || command.until().isAfter(command.from().plusDays(MAX_NOT_AVAILABLE_DAYS))) {
            throw new InvalidArgumentException("until", command.until(), "the day the places are available again: after "
                    + "from, and at most a year later");
        }
        inRange("places", command.places(), 1, MAX_PLACES);
        return changeLog.apply("markPlacesNotAvailable", command, () -> {
            LockedHousehold locked = householdService.lockForChange(householdField, command.householdId(), null);
            Household household = locked.household();
            if (councilsOwn && !household.internal()) {
                throw new RuleViolationException("NOT_THE_COUNCILS_CARER", householdField, household.id(), householdField
                        + ": household " + household.id() + " is " + household.provision() + "; its provider marks its places");
            }
            if (household.status() != HouseholdStatus.APPROVED) {
                throw new RuleViolationException("HOUSEHOLD_NOT_APPROVED", householdField, household.id(), householdField
                        + ": household " + household.id() + " is " + household.status() + "; only approved places can be out of use");
            }
            int free = command.from().equals(today) ? locked.occupancy().freeBeds() : household.approvedPlaces();
            if (command.places() > free) {
                throw new RuleViolationException("NOT_THAT_MANY_PLACES", "places", command.places(), "places: household "
                        + household.id() + " has " + free + (command.from().equals(today) ? " places free today (the rest filled, "
                                + "held or already out of use)" : " approved places"));
            }
            String id = Ids.next("PNA");
            households.markPlacesNotAvailable(id, household.id(), command, detail, actor.name(), ZonedDateTime.now(clock));
            return new Recorded(household.id(), command.places() + " place(s) of household " + household.id()
                    + " not available from " + command.from() + " until " + command.until() + " (" + command.reason() + ")",
                    Map.of(Subject.Household, List.of(household.id())));
        }, id -> id);
    }

    public Household setAttributes(HouseholdCommands.SetHouseholdAttributes command) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        if (command.languages() != null) {
            attributes.put("languages", cleanList("languages", command.languages()));
        }
        if (command.religion() != null) {
            attributes.put("religion", command.religion().isBlank() ? null : command.religion().strip());
        }
        if (command.skills() != null) {
            attributes.put("skills", cleanList("skills", command.skills()));
        }
        if (command.pets() != null) {
            attributes.put("pets", command.pets());
        }
        return changeLog.apply("setHouseholdAttributes", command, () -> {
            Household before = householdService.lockForChange("householdId", command.householdId(), null).household();
            households.setProperties(before.id(), attributes, actor.name(), ZonedDateTime.now(clock));
            return new Recorded(before.id(), "Attributes of household " + before.id() + " changed from languages "
                    + before.languages() + ", religion " + before.religion() + ", skills " + before.skills() + ", pets "
                    + before.pets() + " to " + describe(attributes), Map.of(Subject.Household, List.of(before.id())));
        }, this::read);
    }

    private Household read(String id) {
        return householdService.findById(id).orElseThrow();
    }


    private static void inRange(String field, Integer value, int min, int max) {
        if (value == null || value < min || value > max) {
            throw new InvalidArgumentException(field, value, "from " + min + " to " + max);
        }
    }

    private static List<String> cleanList(String field, List<String> values) {
        List<String> cleaned = values.stream().map(String::strip).distinct().toList();
        cleaned.stream().filter(value -> value.isEmpty() || value.length() > 100).findFirst().ifPresent(bad -> {
            throw new InvalidArgumentException(field, bad, "each entry is 1 to 100 characters");
        });
        return cleaned;
    }

    private static String describe(Map<String, Object> values) {
        return values.entrySet().stream().filter(entry -> Objects.nonNull(entry.getKey()))
                .map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining(", "));
    }
}
