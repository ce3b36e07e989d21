package org.fostergraph.forecast;

import org.fostergraph.care.CareCategory;
import org.fostergraph.care.PlaceKind;
import org.fostergraph.care.PlaceProvider;
import org.fostergraph.care.Provision;

/**
 * Where a child in care lives, for the forecast. Each state lies within one {@link CareCategory} (the DfE's and the
 * public demand model's groups, from the PLACE code), so the forecast adds up to those groups exactly; within a group
 * the provider splits internal from external as {@link Provision#of} does for the placement mix (PR1 the council's
 * own; PR2–PR5 bought in), which the public model cannot do from the placement code alone.
 * <ul>
 * <li>FOSTERING: {@link #CONNECTED_PERSON} (U1–U3 with PR0/PR1), {@link #IN_HOUSE_FOSTERING} (U4–U6 with PR1), and
 * {@link #IFA}: fostering bought in, from agencies (PR4/PR5) and, rarer, another council or public body (PR2/PR3),
 * or with no provider recorded;</li>
 * <li>RESIDENTIAL: {@link #COUNCIL_HOME} (K2/R1 with PR1) and {@link #PRIVATE_HOME} (K2/R1 from anyone else);</li>
 * <li>SUPPORTED: {@link #SUPPORTED_ACCOMMODATION} (H5, P2, K3);</li>
 * <li>OTHER: {@link #WITH_PARENTS} (P1) and {@link #OTHER} (K1 secure homes, S1, P3, adoption, health, custody,
 * temporary and Z codes).</li>
 * </ul>
 */
public enum CareState {
    IN_HOUSE_FOSTERING, CONNECTED_PERSON, IFA, COUNCIL_HOME, PRIVATE_HOME, SUPPORTED_ACCOMMODATION, WITH_PARENTS, OTHER;

    static CareState of(String placeCode, String providerCode) {
        return switch (CareCategory.of(placeCode)) {
            case FOSTERING -> switch (Provision.of(placeCode, providerCode)) {
                case CONNECTED_PERSON -> CONNECTED_PERSON;
                case IN_HOUSE_FOSTERING -> IN_HOUSE_FOSTERING;
                default -> IFA;
            };
            case RESIDENTIAL -> PlaceProvider.of(providerCode).orElse(null) == PlaceProvider.PR1 ? COUNCIL_HOME : PRIVATE_HOME;
            case SUPPORTED -> SUPPORTED_ACCOMMODATION;
            case OTHER -> placeCode != null && PlaceKind.of(placeCode) == PlaceKind.WITH_PARENTS ? WITH_PARENTS : OTHER;
        };
    }

    /** The group this state lies in. */
    public CareCategory category() {
        return switch (this) {
            case IN_HOUSE_FOSTERING, CONNECTED_PERSON, IFA -> CareCategory.FOSTERING;
            case COUNCIL_HOME, PRIVATE_HOME -> CareCategory.RESIDENTIAL;
            case SUPPORTED_ACCOMMODATION -> CareCategory.SUPPORTED;
            case WITH_PARENTS, OTHER -> CareCategory.OTHER;
        };
    }
}
