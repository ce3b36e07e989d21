package org.fostergraph.security;

import java.util.Set;
import java.util.TreeSet;

/**
 * A change asked for by a user who works for several councils: every record a change makes or touches is one
 * council's, and the sign-in does not say which. Refused by name (403 over REST, FORBIDDEN in GraphQL) before anything
 * is read or written.
 */
public class OneCouncilNeededException extends RuntimeException {

    public OneCouncilNeededException(Set<String> councils) {
        super("A change is made for one council, and this sign-in is for " + councils.size() + " ("
                + String.join(", ", new TreeSet<>(councils)) + "); sign in for the council whose records you are changing");
    }
}
