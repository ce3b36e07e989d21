package org.fostergraph.security;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fostergraph.api.errors.NotFoundException;
import org.fostergraph.security.OwnershipRepository.OwnedId;
import org.springframework.stereotype.Component;

/**
 * Keeps each user to their own councils' records. An id that names no record of the caller's councils is refused before
 * the field runs, in one set of words whether the record is another council's or does not exist at all, so a user cannot
 * even learn that it exists.
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
            // An id the graph does not hold is refused in the same words as another council's: a field left to answer it
            // in its own words (an empty list, an ignored filter) would tell the two apart.
            if (councils == null || councils.stream().noneMatch(caller::belongsTo)) {
                OwnedId id = named.getKey();
                return new Checked(Optional.of(new NotFoundException(named.getValue(), id.id(), id.kind().noun())), Set.of());
            }
            if (named.getKey().kind() == OwnedKind.CHILD) {
                children.add(named.getKey().id());
            }
        }
        return new Checked(Optional.empty(), children);
    }

    static boolean mayRead(Caller caller, CouncilOwned record) {
        return caller.belongsTo(record.council());
    }
}
