package org.fostergraph.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Which roles may read every field of each GraphQL type, as the schema's {@code @allow} directives say (the
 * intersection of its fields' roles): a child's full record is an officer's, though the fostering team sees a child's
 * id, age and sex. Filled in as {@link AccessRules} guards the schema, read when a request runs.
 */
@Component
public class TypeReaders {

    private final Map<String, Set<Role>> everyFieldReaders = new ConcurrentHashMap<>();

    void field(String type, Set<Role> allowed) {
        everyFieldReaders.merge(type, EnumSet.copyOf(allowed.isEmpty() ? EnumSet.noneOf(Role.class) : allowed), (known, more) -> {
            EnumSet<Role> both = EnumSet.copyOf(known);
            both.retainAll(more);
            return both;
        });
    }

    /** The types of which the caller's roles may read every field. */
    public Set<String> readableInFull(Caller caller) {
        Set<String> types = new TreeSet<>();
        everyFieldReaders.forEach((type, readers) -> {
            if (caller.hasAnyOf(readers)) {
                types.add(type);
            }
        });
        return types;
    }

    /** Whether the caller's roles include one that may read every field of each of these types. */
    boolean mayReadEveryField(Caller caller, Collection<String> types) {
        for (String type : types) {
            Set<Role> readers = everyFieldReaders.get(type);
            if (readers == null || !caller.hasAnyOf(readers)) {
                return false;
            }
        }
        return true;
    }
}
