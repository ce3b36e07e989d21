package org.fostergraph.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The local profile's users. The password is the name, stored as {@code {noop}}: these users exist so that a
 * developer's {@code ./mvnw spring-boot:run} answers, and hashing a known password on every request would only
 * slow the benchmark.
 */
final class LocalUsers implements UserDetailsService {

    private final Map<String, Caller> callers;

    LocalUsers(List<SecurityProperties.LocalUser> users) {
        this.callers = users.stream()
                .map(user -> new Caller(user.name(), user.roles().isEmpty() ? Set.of() : EnumSet.copyOf(user.roles()),
                        Set.copyOf(user.councils()), Set.copyOf(user.providers())))
                .collect(Collectors.toUnmodifiableMap(Caller::name, Function.identity()));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Caller caller = callers.get(username);
        if (caller == null) {
            throw new UsernameNotFoundException("No local user of that name");
        }
        // A fresh principal each time: Spring Security erases credentials after sign-in.
        return new CallerPrincipal(caller, "{noop}" + caller.name());
    }
}
