package org.fostergraph.household;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fostergraph.api.errors.NotFoundException;
import org.fostergraph.neo4j.BatchResults;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class HouseholdService {

    private final HouseholdRepository households;
    private final Clock clock;

    HouseholdService(HouseholdRepository households, Clock clock) {
        this.households = households;
        this.clock = clock;
    }

    public Optional<Household> findById(String id) {
        return households.findByIds(List.of(id)).stream().findFirst();
    }

    public Map<String, Household> findByIds(Collection<String> ids) {
        return ids.isEmpty() ? Map.of() : BatchResults.index(households.findByIds(ids), Household::id);
    }

    /** Today's occupancy of each household, from which vacancies and sleepover beds are derived. */
    public Map<String, Occupancy> occupancy(Collection<String> householdIds) {
        return householdIds.isEmpty() ? Map.of()
                : BatchResults.index(households.occupancy(householdIds, LocalDate.now(clock), ZonedDateTime.now(clock)),
                        Occupancy::householdId);
    }

    /**
     * Inside a write transaction: locks the household against concurrent changes and answers it with its
     * occupancy today, not counting a hold for {@code placingChildId}. Everything the caller checks after
     * this sees every change committed before it, and none can slip in until it commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public LockedHousehold lockForChange(String field, String householdId, String placingChildId) {
        return households.lockAndRead(householdId, LocalDate.now(clock), ZonedDateTime.now(clock), placingChildId)
                .orElseThrow(() -> new NotFoundException(field, householdId, "household"));
    }

    /** A household's occupancy on {@code day} (holds as they stand now), for checking nights ahead. */
    public Occupancy occupancyOn(String householdId, LocalDate day) {
        return households.occupancy(List.of(householdId), day, ZonedDateTime.now(clock)).get(0);
    }

    /** The most placements open on any day from {@code from} to today. */
    public int mostOpenPlacementsSince(String householdId, LocalDate from) {
        return households.mostOpenPlacementsBetween(householdId, from, LocalDate.now(clock));
    }

    public Map<String, List<StatusChange>> statusHistory(Collection<String> householdIds) {
        return householdIds.isEmpty() ? Map.of() : households.statusHistory(householdIds);
    }

    public Map<String, List<Carer>> carers(Collection<String> householdIds) {
        return householdIds.isEmpty() ? Map.of() : households.carers(householdIds);
    }
}
