package org.fostergraph.household;

/**
 * The carer recruitment lifecycle: ENQUIRY → ASSESSMENT → APPROVED ↔ ON_HOLD → DEREGISTERED. UNREGISTERED is
 * outside it: a home known only because an imported SSDA903 return placed a child there.
 */
public enum HouseholdStatus {
    ENQUIRY, ASSESSMENT, APPROVED, ON_HOLD, DEREGISTERED, UNREGISTERED
}
