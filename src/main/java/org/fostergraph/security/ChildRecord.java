package org.fostergraph.security;

/** A child's identifiable record: every time one is handed to a user, the read is audited. */
public interface ChildRecord extends CouncilOwned {
}
