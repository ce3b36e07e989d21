package org.fostergraph.security;

/** The kinds of record an {@code @owned} argument names, as in the schema's {@code Owned} enum. */
enum OwnedKind {
    CHILD("child"),
    HOUSEHOLD("household"),
    CONSTELLATION("constellation"),
    REFERRAL("referral"),
    PLACEMENT("placement"),
    HOLD("hold"),
    LOCALITY("locality"),
    SOCIAL_WORKER("social worker"),
    RECORD("record");

    private final String noun;

    OwnedKind(String noun) {
        this.noun = noun;
    }

    /** As the services' own "there is no … with id" errors say it. */
    String noun() {
        return noun;
    }
}
