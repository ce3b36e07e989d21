package org.fostergraph.security;

/** A page session's principal, whichever way its user signed in: it carries the {@link Caller} the rules see. */
interface SignedInCaller {

    Caller caller();
}
