package org.fostergraph.security;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fostergraph.graphql.NotFoundException;
import org.fostergraph.security.OwnershipRepository.OwnedId;
import org.springframework.stereotype.Component;

/**
 * Keeps each user to their own councils' records. An id of another council's record is refused before the field
 * runs, with the very error an id that does not exist gets, so a user cannot even learn that it exists.
 */
@Component
class CouncilScope {

    private final OwnershipRepository ownership;

    CouncilScope(OwnershipRepository ownership) {
        this.ownership = ownership;
    }

    /**
     * What the ids in a field's arguments name: the first that is another council's, as the error to answer, and the
     * children they name that exist in the caller's councils (a read about them is a read of their record).
     */
    record Checked(Optional<NotFoundException> refusal, Set<String> childrenNamed) {

        static final Checked NOTHING_NAMED = new Checked(Optional.empty(), Set.of());
    }

    Checked check(Caller caller, Map<String, Object> arguments, List<OwnedArgument> owned) {
        Map<OwnedId, String> fields = new LinkedHashMap<>();
        for (OwnedArgument argument : owned) {
            for (String id : argument.idsIn(arguments)) {
                fields.putIfAbsent(new OwnedId(argument.kind(), id), argument.fieldName());
            }
        }
        if (fields.isEmpty()) {
            return Checked.NOTHING_NAMED;
        }
        Map<OwnedId, Set<String>> owners = ownership.owners(fields.keySet());
        Set<String> children = new LinkedHashSet<>();
        for (Map.Entry<OwnedId, String> named : fields.entrySet()) {
            Set<String> councils = owners.get(named.getKey());
            // An id the graph does not hold is left to the field, which answers it in its own words.
            if (councils != null && councils.stream().noneMatch(caller::belongsTo)) {
                OwnedId id = named.getKey();
                return new Checked(Optional.of(new NotFoundException(named.getValue(), id.id(), id.kind().noun())), Set.of());
            }
            if (councils != null && named.getKey().kind() == OwnedKind.CHILD) {
                children.add(named.getKey().id());
            }
        }
        return new Checked(Optional.empty(), children);
    }

    static boolean mayRead(Caller caller, CouncilOwned record) {
        return caller.belongsTo(record.council());
    }
}
