package org.fostergraph.child;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fostergraph.security.Scope;
import org.fostergraph.api.paging.Connection;
import org.fostergraph.api.errors.NotFoundException;
import org.fostergraph.api.paging.PageRequest;
import org.fostergraph.neo4j.BatchResults;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class ChildService {

    private final ChildRepository children;
    private final Clock clock;

    ChildService(ChildRepository children, Clock clock) {
        this.children = children;
        this.clock = clock;
    }

    public Optional<Child> findById(String id) {
        return children.findByIds(List.of(id)).stream().findFirst();
    }

    /** One page of the caller's councils' children, by id. */
    public Connection<Child> page(Scope scope, ChildFilter filter, PageRequest page) {
        LocalDate today = today();
        List<Child> items = children.page(scope, filter, page.isFirstPage() ? null : page.after().get(0), page.size() + 1, today);
        return Connection.of(page, items, () -> children.count(scope, filter, today), child -> List.of(child.id()));
    }

    public Map<String, Child> findByIds(Collection<String> ids) {
        return ids.isEmpty() ? Map.of() : BatchResults.index(children.findByIds(ids), Child::id);
    }

    /** Children living in each household today, by household id. */
    public Map<String, List<Child>> placedIn(Collection<String> householdIds) {
        return householdIds.isEmpty() ? Map.of() : children.placedIn(householdIds, today());
    }

    public Map<String, List<Child>> siblingsOf(Collection<String> childIds) {
        return childIds.isEmpty() ? Map.of() : children.siblingsOf(childIds);
    }

    /** Inside a write transaction: locks the child against concurrent changes to their placements. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Child lockForChange(String field, String childId) {
        return children.lock(childId).orElseThrow(() -> new NotFoundException(field, childId, "child"));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
