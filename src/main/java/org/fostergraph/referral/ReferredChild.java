package org.fostergraph.referral;

import java.time.LocalDate;

/** A child waiting in a referral on a day, as the sufficiency report counts them: where home is, and their age. */
public record ReferredChild(String childId, String homeLocalityId, LocalDate dateOfBirth) {
}
