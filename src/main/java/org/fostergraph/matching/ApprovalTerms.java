package org.fostergraph.matching;

import java.util.List;

import org.fostergraph.care.Provision;

/**
 * What a household is and is approved for, apart from who lives there today: all that the first of matching's rules
 * judge ({@link MatchRules#termsExclusion}). Matching one child reads these for every household within reach and the
 * household's occupancy (children, holds, places out of use) only for those whose terms let them take the child: on
 * the national graph about a third, and the occupancy is most of what reading a household costs (docs/PERFORMANCE.md).
 */
interface ApprovalTerms {

    String id();

    Provision provision();

    String status();

    String localityId();

    String postcodeSector();

    Integer ageMin();

    Integer ageMax();

    List<String> approvalTypes();
}
