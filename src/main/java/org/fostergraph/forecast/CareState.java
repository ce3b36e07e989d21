package org.fostergraph.forecast;

import org.fostergraph.care.Provision;

/**
 * Where a child in care lives, for the forecast: the placement types. Read from the one definition of what the
 * SSDA903 PLACE and PLACE_PROVIDER codes mean, {@link Provision#of}, which the placement mix and matching use too:
 * internal vs external comes from the provider (PR1 the council's own), not from the placement code alone as in the
 * public demand model, and another council's or public body's placement (PR2, PR3) is external, in OTHER.
 */
public enum CareState {
    IN_HOUSE_FOSTERING, CONNECTED_PERSON, IFA, COUNCIL_HOME, PRIVATE_HOME, SUPPORTED_ACCOMMODATION, WITH_PARENTS, OTHER;

    static CareState of(String placeCode, String providerCode) {
        return of(Provision.of(placeCode, providerCode));
    }

    static CareState of(Provision provision) {
        return switch (provision) {
            case IN_HOUSE_FOSTERING -> IN_HOUSE_FOSTERING;
            case CONNECTED_PERSON -> CONNECTED_PERSON;
            case IFA_FOSTERING -> IFA;
            case IN_HOUSE_RESIDENTIAL -> COUNCIL_HOME;
            case PRIVATE_RESIDENTIAL, VOLUNTARY_RESIDENTIAL -> PRIVATE_HOME;
            case SUPPORTED_ACCOMMODATION -> SUPPORTED_ACCOMMODATION;
            case PARENTS -> WITH_PARENTS;
            case OTHER_LA, OTHER -> OTHER;
        };
    }
}
