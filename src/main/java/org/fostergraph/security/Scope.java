package org.fostergraph.security;

import java.util.List;
import java.util.TreeSet;

/**
 * The councils whose records a request may see, resolved once when the request arrives and passed down to every read
 * that lists or counts records: no repository reads the caller from the thread. A GraphQL controller takes it as
 * {@code @ContextValue Scope scope} (the caller interceptor puts it in the request's context); a REST controller from
 * {@link #ofCurrentRequest}. A consortium commissioner's scope is their councils together.
 */
public record Scope(List<String> councils) {

    /** Nobody's: a read outside a request (the command line, start-up work) sees no council's records by default. */
    public static final Scope NONE = new Scope(List.of());

    /** The name a GraphQL request's context holds it under. */
    public static final String CONTEXT_KEY = "scope";

    public Scope {
        councils = List.copyOf(new TreeSet<>(councils));
    }

    public static Scope of(Caller caller) {
        return new Scope(List.copyOf(caller.councils()));
    }

    /** The scope of the signed-in caller of the request this thread serves, for REST controllers. */
    public static Scope ofCurrentRequest() {
        return Callers.current().map(Scope::of).orElse(NONE);
    }
}
