package org.fostergraph.security;

import java.util.Map;
import java.util.Set;

/**
 * Where the reads of children's records a request made are written before its answer leaves (the read audit). Security
 * notes the reads; the audit feature keeps them, so that the two depend one way only.
 */
public interface ChildReadsLog {

    /** Records one read per child and operation, all at once; nothing when no child was read. */
    void recordReads(String by, Map<String, ? extends Set<String>> operationsByChild);
}
