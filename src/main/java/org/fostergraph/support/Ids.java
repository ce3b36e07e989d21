package org.fostergraph.support;

import java.util.Locale;
import java.util.UUID;

/** Ids for what the API creates: a readable prefix and 12 random hex digits (the unique constraints catch a clash). */
public final class Ids {

    private Ids() {
    }

    public static String next(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
    }

    /**
     * The same id for the same key every time (the first 16 hex digits of its SHA-256), for what an import derives
     * from a file: importing the file again finds the same nodes, and the key (which may hold a child's id) is not
     * readable from the id.
     */
    public static String stable(String prefix, String key) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return prefix + "-" + java.util.HexFormat.of().withUpperCase().formatHex(digest, 0, 8);
        }
        catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
