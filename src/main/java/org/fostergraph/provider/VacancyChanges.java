package org.fostergraph.provider;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import org.fostergraph.security.ProviderScope;
import org.fostergraph.support.Ids;

import org.springframework.stereotype.Service;

/** A provider publishing a vacancy at one of its homes ahead of the day it is free, and withdrawing it. */
@Service
public class VacancyChanges {

    /** The most notice a vacancy is published with: as far ahead as a home is offered. */
    static final int MAX_NOTICE_DAYS = ProviderReferralChanges.MAX_DAYS_AHEAD;
    static final int MAX_PLACES = 10;

    private final VacancyRepository vacancies;
    private final VacancyService reads;
    private final HouseholdService households;
    private final ChangeLog changeLog;
    private final CurrentActor actor;
    private final java.time.Clock clock;

    VacancyChanges(VacancyRepository vacancies, VacancyService reads, HouseholdService households, ChangeLog changeLog,
            CurrentActor actor, java.time.Clock clock) {
        this.vacancies = vacancies;
        this.reads = reads;
        this.households = households;
        this.changeLog = changeLog;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * Publishes places at one of the provider's approved homes, free from a day (today or up to 90 days ahead), with the
     * carers' profile. A vacancy from today takes only places free today; one ahead, at most the home's approved places.
     */
    public Vacancy publish(VacancyCommands.Publish command) {
        LocalDate today = reads.today();
        if (command.places() == null || command.places() < 1 || command.places() > MAX_PLACES) {
            throw new InvalidArgumentException("places", command.places(), "from 1 to " + MAX_PLACES);
        }
        if (command.availableFrom() == null || command.availableFrom().isBefore(today)
                || command.availableFrom().isAfter(today.plusDays(MAX_NOTICE_DAYS))) {
            throw new InvalidArgumentException("availableFrom", command.availableFrom(), "the day the places are free: today ("
                    + today + ") to " + MAX_NOTICE_DAYS + " days ahead");
        }
        String profile = command.carerProfile() == null ? "" : command.carerProfile().strip();
        if (profile.isEmpty()) {
            throw new InvalidArgumentException("carerProfile", command.carerProfile(), "say who the carers are: their "
                    + "experience, skills and the children they care for best");
        }
        if (profile.length() > ProviderReferralChanges.MAX_TEXT) {
            throw new InvalidArgumentException("carerProfile", profile.length() + " characters", "at most "
                    + ProviderReferralChanges.MAX_TEXT + " characters");
        }
        return changeLog.apply("publishVacancy", command, () -> {
            LockedHousehold locked = households.lockForChange("householdId", command.householdId(), null);
            Household home = locked.household();
            if (home.status() != HouseholdStatus.APPROVED) {
                throw new RuleViolationException("HOUSEHOLD_NOT_APPROVED", "householdId", home.id(), "householdId: home "
                        + home.id() + " is " + home.status() + "; only an approved home's places are published");
            }
            boolean fromToday = command.availableFrom().equals(today);
            int most = fromToday ? locked.occupancy().vacancies() : home.approvedPlaces();
            if (command.places() > most) {
                throw new RuleViolationException("NOT_THAT_MANY_PLACES", "places", command.places(), "places: home "
                        + home.id() + " has " + most + (fromToday ? " places free today (the rest filled, held or not "
                                + "available)" : " approved places"));
            }
            String id = Ids.next("VAC");
            vacancies.publish(id, home.id(), command.places(), command.availableFrom(), profile, actor.name(),
                    java.time.OffsetDateTime.now(clock));
            return new Recorded(id, command.places() + " place(s) at home " + home.id() + " published as free from "
                    + command.availableFrom(), Map.of(Subject.Household, List.of(home.id())));
        }, this::read);
    }

    /** Withdraws a vacancy that still stands: councils' officers stop seeing it. */
    public Vacancy withdraw(ProviderScope scope, VacancyCommands.Withdraw command) {
        return changeLog.apply("withdrawVacancy", command, () -> {
            Vacancy vacancy = vacancies.lock(command.vacancyId()).filter(found -> scope.providers().contains(found.provider()))
                    .orElseThrow(() -> new NotFoundException("vacancyId", command.vacancyId(), "vacancy"));
            if (!vacancy.standsOn(reads.today())) {
                throw new RuleViolationException("VACANCY_NOT_STANDING", "vacancyId", vacancy.id(), "vacancyId: vacancy "
                        + vacancy.id() + " is " + vacancy.statusOn(reads.today()).name().toLowerCase(java.util.Locale.ROOT)
                        + " already");
            }
            vacancies.withdraw(vacancy.id(), actor.name(), java.time.OffsetDateTime.now(clock));
            return new Recorded(vacancy.id(), "Vacancy " + vacancy.id() + " at home " + vacancy.householdId() + " withdrawn",
                    Map.of(Subject.Household, List.of(vacancy.householdId())));
        }, this::read);
    }

    private Vacancy read(String id) {
        return reads.findByIds(List.of(id)).get(0);
    }
}
