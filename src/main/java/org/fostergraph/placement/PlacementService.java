package org.fostergraph.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fostergraph.api.paging.Connection;
import org.fostergraph.api.paging.PageRequest;
import org.fostergraph.security.Scope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class PlacementService {

    private final PlacementRepository placements;
    private final HoldRepository holds;
    private final Clock clock;

    PlacementService(PlacementRepository placements, HoldRepository holds, Clock clock) {
        this.placements = placements;
        this.holds = holds;
        this.clock = clock;
    }

    public List<Placement> findByIds(Collection<String> ids) {
        return ids.isEmpty() ? List.of() : placements.findByIds(ids);
    }

    public Optional<Hold> findHold(String id) {
        return holds.findByIds(List.of(id)).stream().findFirst();
    }

    /** One page of the councils' holds, soonest to expire first; {@code by} null for everyone's. */
    public Connection<Hold> holds(Scope scope, Boolean active, String by, PageRequest page) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime afterExpires = page.isFirstPage() ? null : ZonedDateTime.parse(page.after().get(0));
        String afterId = page.isFirstPage() ? null : page.after().get(1);
        List<Hold> items = holds.page(scope.councils(), active, by, now, afterExpires, afterId, page.size() + 1);
        return Connection.of(page, items, () -> holds.count(scope.councils(), active, by, now),
                hold -> List.of(hold.expiresAt().toZonedDateTime().toString(), hold.id()));
    }

    /** Every placement of each child, oldest first, by child id. */
    public Map<String, List<Placement>> historyOf(Collection<String> childIds) {
        return childIds.isEmpty() ? Map.of() : placements.historyOf(childIds);
    }

    /** The placement each child lives in today, by child id; children not placed today are absent. */
    public Map<String, Placement> currentOf(Collection<String> childIds) {
        Map<String, Placement> current = new LinkedHashMap<>();
        historyOf(childIds).forEach((childId, history) -> currentIn(history).ifPresent(placement -> current.put(childId, placement)));
        return current;
    }

    /** Of one child's placements in order of start, the one they live in today: the latest-starting open today. */
    Optional<Placement> currentIn(List<Placement> history) {
        LocalDate today = LocalDate.now(clock);
        return history.stream().filter(placement -> placement.isOpenOn(today)).reduce((earlier, later) -> later);
    }
}
