package org.fostergraph.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The {@link Caller} behind an authentication, whichever way they signed in. */
public final class Callers {

    private Callers() {
    }

    public static Optional<Caller> of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        if (authentication instanceof CallerToken token) {
            return Optional.of(token.caller());
        }
        if (authentication.getPrincipal() instanceof SignedInCaller principal) {
            return Optional.of(principal.caller());
        }
        return Optional.empty();
    }

    /** The caller of the request this thread serves; empty for the command line, the seed and background work. */
    public static Optional<Caller> current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }
}
