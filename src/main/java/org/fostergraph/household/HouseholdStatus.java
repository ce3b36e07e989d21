package org.fostergraph.household;

/** The carer recruitment lifecycle: ENQUIRY → ASSESSMENT → APPROVED ↔ ON_HOLD → DEREGISTERED. */
public enum HouseholdStatus {
    ENQUIRY, ASSESSMENT, APPROVED, ON_HOLD, DEREGISTERED
}
