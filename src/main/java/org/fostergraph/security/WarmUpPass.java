package org.fostergraph.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * The one credential of the start-up warm-up's HTTP requests ({@link HttpWarmUp}): a random 256-bit key made for one
 * warm-up, held only in this process's memory, accepted only on a GraphQL request from this machine and only until the
 * warm-up ends, after which no request is admitted by it. Why a credential of its own: a deployment has no password
 * users (its callers sign in through the council's identity provider), and the warm-up must pass through the same
 * filters, authentication included, that their requests do. It signs in the warm-up's own caller, which reads no
 * child's record.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Component
class WarmUpPass {

    static final String HEADER = "X-Fostergraph-Warm-Up";
    static final String PATH = "/graphql";

    private static final SecureRandom RANDOM = new SecureRandom();

    private record Open(byte[] key, Caller caller) {
    }

    private final AtomicReference<Open> open = new AtomicReference<>();

    /** Makes a new key for {@code caller}, replacing any before it; answers the header's value. */
    String open(Caller caller) {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        open.set(new Open(key, caller));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }

    /** From now on no request is admitted, whatever it carries. */
    void close() {
        open.set(null);
    }

    /** The warm-up's caller when the request carries the open key, to the GraphQL endpoint, from this machine. */
    Optional<Caller> callerOf(HttpServletRequest request) {
        Open current = open.get();
        String presented = request.getHeader(HEADER);
        if (current == null || presented == null || !PATH.equals(request.getRequestURI()) || !fromThisMachine(request)) {
            return Optional.empty();
        }
        byte[] key;
        try {
            key = Base64.getUrlDecoder().decode(presented);
        }
        catch (IllegalArgumentException notAKey) {
            return Optional.empty();
        }
        return MessageDigest.isEqual(key, current.key()) ? Optional.of(current.caller()) : Optional.empty();
    }

    private static boolean fromThisMachine(HttpServletRequest request) {
        try {
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        }
        catch (UnknownHostException notAnAddress) {
            return false;
        }
    }
}
