package org.fostergraph.history;

/**
 * A change as its caller sent it, with the optional key that makes a retry answer the first result instead of acting
 * twice. The change's other components are its input: a key sent again with different input is refused.
 */
public interface ClientKeyed {

    String clientKey();
}
