package org.fostergraph.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import org.dataloader.DataLoaderRegistry;
import org.fostergraph.api.errors.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Keeps each user to their own councils' records. An id that names no record of the caller's councils is refused before
 * the field runs, in one set of words whether the record is another council's or does not exist at all, so a user cannot
 * even learn that it exists. Whose a record is, each feature answers for its own kinds ({@link OwnedRecords}).
 */
@Component
class CouncilScope {

    /** The schema's {@code Owned} value for a history's subject: any kind a history can be about. */
    static final String RECORD = "RECORD";
    static final String CHILD = "CHILD";

    private final Map<String, OwnedRecords> byKind = new LinkedHashMap<>();
    private final List<OwnedRecords> historySubjects = new ArrayList<>();

    CouncilScope(List<OwnedRecords> lookups) {
        for (OwnedRecords lookup : lookups) {
            if (byKind.putIfAbsent(lookup.kind(), lookup) != null) {
                throw new IllegalStateException("Two ownership lookups for kind " + lookup.kind());
            }
            if (lookup.historySubject()) {
                historySubjects.add(lookup);
            }
        }
    }

    /** Whether records of this kind can be looked up: the schema's {@code @owned} values each need one. */
    boolean knows(String kind) {
        return RECORD.equals(kind) || byKind.containsKey(kind);
    }

    /**
     * What the ids in a field's arguments name: the first that is another council's, as the error to answer, and the
     * children they name that exist in the caller's councils (a read about them is a read of their record).
     */
    record Checked(Optional<NotFoundException> refusal, Set<String> childrenNamed) {

        static final Checked NOTHING_NAMED = new Checked(Optional.empty(), Set.of());
    }

    /** A mutation's check: the records are read as they are before the change, and left nowhere. */
    Checked check(Caller caller, Map<String, Object> arguments, List<OwnedArgument> owned) {
        return check(caller, arguments, owned, OwnedRecords::councilsOf);
    }

    /**
     * A query's check: what it reads of a kind its fields read through a DataLoader is left in the request's loader
     * (OwnedRecords#readWhole), so the field that answers the record named does not read it again.
     */
    Checked check(Caller caller, Map<String, Object> arguments, List<OwnedArgument> owned, DataLoaderRegistry requestLoaders) {
        return check(caller, arguments, owned, (lookup, ids) -> lookup.councilsOf(ids, requestLoaders));
    }

    private Checked check(Caller caller, Map<String, Object> arguments, List<OwnedArgument> owned,
            BiFunction<OwnedRecords, Collection<String>, Map<String, String>> councilsOf) {
        Map<List<String>, String> fields = new LinkedHashMap<>();
        Map<String, Set<String>> idsByKind = new LinkedHashMap<>();
        for (OwnedArgument argument : owned) {
            for (String id : argument.idsIn(arguments)) {
                fields.putIfAbsent(List.of(argument.kind(), id), argument.fieldName());
                idsByKind.computeIfAbsent(argument.kind(), kind -> new LinkedHashSet<>()).add(id);
            }
        }
        if (fields.isEmpty()) {
            return Checked.NOTHING_NAMED;
        }
        Map<List<String>, String> owners = owners(idsByKind, councilsOf);
        Set<String> children = new LinkedHashSet<>();
        for (Map.Entry<List<String>, String> named : fields.entrySet()) {
            String council = owners.get(named.getKey());
            // An id the graph does not hold is refused in the same words as another council's: a field left to answer it
            // in its own words (an empty list, an ignored filter) would tell the two apart.
            String kind = named.getKey().get(0);
            boolean mine = council != null && (RECORD.equals(kind) ? caller.belongsTo(council) : byKind.get(kind).mayName(caller, council));
            if (!mine) {
                String noun = RECORD.equals(kind) ? "record" : byKind.get(kind).noun();
                return new Checked(Optional.of(new NotFoundException(named.getValue(), named.getKey().get(1), noun)), Set.of());
            }
            if (CHILD.equals(named.getKey().get(0))) {
                children.add(named.getKey().get(1));
            }
        }
        return new Checked(Optional.empty(), children);
    }

    /** The council of each (kind, id) that exists: one look-up per kind named; a history's subject, kind by kind. */
    private Map<List<String>, String> owners(Map<String, Set<String>> idsByKind,
            BiFunction<OwnedRecords, Collection<String>, Map<String, String>> councilsOf) {
        Map<List<String>, String> owners = new HashMap<>();
        idsByKind.forEach((kind, ids) -> {
            if (RECORD.equals(kind)) {
                Set<String> left = new LinkedHashSet<>(ids);
                for (OwnedRecords lookup : historySubjects) {
                    if (left.isEmpty()) {
                        break;
                    }
                    councilsOf.apply(lookup, left).forEach((id, council) -> {
                        owners.put(List.of(kind, id), council);
                        left.remove(id);
                    });
                }
            }
            else {
                councilsOf.apply(byKind.get(kind), ids).forEach((id, council) -> owners.put(List.of(kind, id), council));
            }
        });
        return owners;
    }

    static boolean mayRead(Caller caller, CouncilOwned record) {
        return caller.belongsTo(record.council());
    }
}
