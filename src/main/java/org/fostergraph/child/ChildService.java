package org.fostergraph.child;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
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

    /** Children living in each household today, by household id. */
    public Map<String, List<Child>> placedIn(Collection<String> householdIds) {
        return householdIds.isEmpty() ? Map.of() : children.placedIn(householdIds, today());
    }

    public Map<String, List<Child>> siblingsOf(Collection<String> childIds) {
        return childIds.isEmpty() ? Map.of() : children.siblingsOf(childIds);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
