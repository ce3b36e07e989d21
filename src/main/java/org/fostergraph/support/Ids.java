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
}
