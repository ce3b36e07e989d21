package org.fostergraph.security;

import java.util.List;
import java.util.TreeSet;

/**
 * The providers whose referrals and homes a request may see: the provider a provider's staff work for, none for a
 * council's user. Resolved once when the request arrives, as {@link Scope} is for councils; a GraphQL controller takes it
 * as {@code @ContextValue ProviderScope providerScope}.
 */
public record ProviderScope(List<String> providers) {

    /** The name a GraphQL request's context holds it under. */
    public static final String CONTEXT_KEY = "providerScope";

    public ProviderScope {
        providers = List.copyOf(new TreeSet<>(providers));
    }

    public static ProviderScope of(Caller caller) {
        return new ProviderScope(List.copyOf(caller.providers()));
    }
}
