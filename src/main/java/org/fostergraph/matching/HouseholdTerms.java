package org.fostergraph.matching;

import java.util.List;

import org.fostergraph.care.Provision;

/** A household's {@link ApprovalTerms} alone, as read before its occupancy. */
record HouseholdTerms(String id, Provision provision, String status, String localityId, String postcodeSector, Integer ageMin,
        Integer ageMax, List<String> approvalTypes) implements ApprovalTerms {

    static HouseholdTerms of(ApprovalTerms terms) {
        return new HouseholdTerms(terms.id(), terms.provision(), terms.status(), terms.localityId(), terms.postcodeSector(),
                terms.ageMin(), terms.ageMax(), terms.approvalTypes());
    }
}
