package org.fostergraph.security;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * The pages' Content-Security-Policy. The pages run no script at all and load everything from this service, so the
 * policy can say exactly that: no inline script, no inline style, no plugin, no framing by any site (clickjacking),
 * forms posted only here. The one exception is the sign-out form: the answer to it sends the browser on to the
 * identity provider's end-session endpoint, and browsers hold a form's redirects to {@code form-action} too, so each
 * configured provider's origin is allowed there.
 */
final class PageHeaders {

    /** One year, in seconds: long enough that a returning user's browser never tries plain HTTP first. */
    static final long HSTS_MAX_AGE_SECONDS = 31_536_000;

    private PageHeaders() {
    }

    static String contentSecurityPolicy(ClientRegistrationRepository registrations) {
        Set<String> formTargets = new LinkedHashSet<>();
        formTargets.add("'self'");
        if (registrations instanceof Iterable<?> all) {
            for (Object item : all) {
                if (item instanceof ClientRegistration registration) {
                    formTargets.add(origin(registration.getProviderDetails().getAuthorizationUri()));
                    Object endSession = registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
                    if (endSession != null) {
                        formTargets.add(origin(endSession.toString()));
                    }
                }
            }
        }
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
                + "base-uri 'none'; frame-ancestors 'none'; form-action " + String.join(" ", formTargets);
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
