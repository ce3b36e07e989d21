package org.fostergraph.report;

import java.time.LocalDate;

/**
 * The carer pipeline in one financial year (1 April to 31 March), for one kind of carer: households that
 * enquired, were approved for the first time (not a return from hold) and were de-registered.
 */
public record Recruitment(String year, LocalDate from, LocalDate to, String carerType, int enquiries, int approvals,
        int deregistrations) {

    /** Approvals less de-registrations: the change in the number of carers. */
    public int netGain() {
        return approvals - deregistrations;
    }
}
