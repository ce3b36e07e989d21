package org.fostergraph.matching;

import java.util.Collection;

import org.fostergraph.care.Provision;

/**
 * The order of preference for a looked-after child's placement, s22C Children Act 1989 as councils practise it
 * (facts.md): a connected person, then a foster carer (the council's own before an agency's or another council's), then
 * a children's home, then any other arrangement. Matching ranks by tier before score ({@link MatchRules#bestFirst}).
 */
public enum PreferenceTier {
    CONNECTED_PERSON("A connected person (a relative or friend) approved as a foster carer: first in the s22C order."),
    COUNCIL_FOSTER_CARER("The council's own foster carer: next in the s22C order after a connected person."),
    OTHER_FOSTER_CARER("A foster carer from an agency or another council: after the council's own carers in the s22C order."),
    CHILDRENS_HOME("A children's home: after every foster carer in the s22C order, unless only a home can meet the child's needs."),
    OTHER_ARRANGEMENT("Another arrangement (supported accommodation or other): last in the s22C order.");

    private final String explanation;

    PreferenceTier(String explanation) {
        this.explanation = explanation;
    }

    String explanation() {
        return explanation;
    }

    /** A household's tier, from its provision and, for another council's home, whether it is approved as residential. */
    static PreferenceTier of(Provision provision, Collection<String> approvalTypes) {
        return switch (provision) {
            case CONNECTED_PERSON -> CONNECTED_PERSON;
            case IN_HOUSE_FOSTERING -> COUNCIL_FOSTER_CARER;
            case IFA_FOSTERING -> OTHER_FOSTER_CARER;
            case OTHER_LA -> approvalTypes.contains("RESIDENTIAL") ? CHILDRENS_HOME : OTHER_FOSTER_CARER;
            case IN_HOUSE_RESIDENTIAL, PRIVATE_RESIDENTIAL, VOLUNTARY_RESIDENTIAL -> CHILDRENS_HOME;
            case SUPPORTED_ACCOMMODATION, PARENTS, OTHER -> OTHER_ARRANGEMENT;
        };
    }
}
