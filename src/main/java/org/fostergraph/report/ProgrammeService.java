package org.fostergraph.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.fostergraph.care.PlacementEnding;
import org.fostergraph.security.Scope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the programme achieves: moves home and their saving, new entrants, and Mockingbird's outcomes. */
@Service
@Transactional(readOnly = true)
public class ProgrammeService {

    private final ProgrammeRepository programme;
    private final Reporting reporting;

    ProgrammeService(ProgrammeRepository programme, Reporting reporting) {
        this.programme = programme;
        this.reporting = reporting;
    }

    /** SSDA903 reasons for a placement change that mean it broke down rather than ended as the care plan meant. */
    static final Set<String> UNPLANNED_ENDINGS = PlacementEnding.unplannedCodes();

    /**
     * In a period: moves from external placements straight to internal ones and the saving they realise a year,
     * and the placements that began a period of care, internal vs external.
     */
    public Programme.Savings savings(Scope scope, LocalDate from, LocalDate to) {
        LocalDate last = reporting.checkedPeriod(scope, from, to);
        List<ProgrammeRepository.TransferHome> transfers = programme.transfersHome(scope, from, last);
        List<Boolean> entrants = programme.entrantsInternal(scope, from, last);
        int entrantsInternal = (int) entrants.stream().filter(Boolean::booleanValue).count();
        PublishedCount transfersHome = reporting.alone(transfers.size());
        PublishedCount internal = reporting.alone(entrantsInternal);
        PublishedCount external = reporting.alone(entrants.size() - entrantsInternal);
        double saving = transfers.stream()
                .mapToDouble(move -> (move.externalWeeklyCost() - move.internalWeeklyCost()) * 52).sum();
        boolean entrantsHidden = internal.hidden() || external.hidden();
        return new Programme.Savings(from, last, transfersHome.shown(),
                transfersHome.hidden() ? null : ReportRepository.round(saving),
                internal.shown(), external.shown(), entrantsHidden ? null : Reporting.share(entrantsInternal, entrants.size()));
    }

    /**
     * Unplanned endings of in-house fostering placements and carer de-registrations in a period, for households
     * inside a constellation at the time and outside: the measures Mockingbird is evaluated on.
     */
    public Programme.MockingbirdOutcomes mockingbirdOutcomes(Scope scope, LocalDate from, LocalDate to) {
        LocalDate last = reporting.checkedPeriod(scope, from, to);
        List<ProgrammeRepository.Ending> endings = programme.endingsBetween(scope, from, last);
        List<ProgrammeRepository.CarerHousehold> deregistered = programme.deregistrationsBetween(scope, from, last);
        List<ProgrammeRepository.CarerHousehold> registered = programme.registeredOn(scope, from);
        return new Programme.MockingbirdOutcomes(from, last, outcome(endings, deregistered, registered, true),
                outcome(endings, deregistered, registered, false));
    }

    private Programme.Outcome outcome(List<ProgrammeRepository.Ending> endings, List<ProgrammeRepository.CarerHousehold> deregistered,
            List<ProgrammeRepository.CarerHousehold> registered, boolean inside) {
        List<ProgrammeRepository.Ending> here = endings.stream().filter(ending -> ending.inConstellation() == inside).toList();
        int unplanned = (int) here.stream().filter(ending -> UNPLANNED_ENDINGS.contains(ending.reason())).count();
        PublishedCount ended = reporting.alone(here.size());
        PublishedCount endedUnplanned = reporting.alone(unplanned);
        boolean hidden = ended.hidden() || endedUnplanned.hidden();
        int households = (int) registered.stream().filter(household -> household.inConstellation() == inside).count();
        int lost = (int) deregistered.stream().filter(household -> household.inConstellation() == inside).count();
        return new Programme.Outcome(ended.shown(), endedUnplanned.shown(), hidden ? null : Reporting.share(unplanned, here.size()),
                households, lost, Reporting.share(lost, households));
    }
}
