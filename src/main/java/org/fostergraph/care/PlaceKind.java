package org.fostergraph.care;

import java.util.EnumSet;
import java.util.Set;

/**
 * SSDA903 {@code PLACE}: the kind of placement, and the one place that says what each code means (the DfE's
 * "Children looked after return: guide"; shared/reference/ssda903.md). The reports, the forecast, matching, the import
 * and the API's checks group these kinds as they need; none of them spells a code.
 */
public enum PlaceKind {
    /** U1–U3: foster placement with relatives or friends (kinship). */
    CONNECTED_PERSON_FOSTERING(Set.of("U1", "U2", "U3"),
            EnumSet.of(Provision.CONNECTED_PERSON, Provision.OTHER_LA)),
    /** U4–U6: foster placement with other foster carers. */
    FOSTERING(Set.of("U4", "U5", "U6"),
            EnumSet.of(Provision.IN_HOUSE_FOSTERING, Provision.IFA_FOSTERING, Provision.OTHER_LA)),
    /** K1 secure children's home, K2 children's home, R1 residential care home. */
    CHILDRENS_HOME(Set.of("K1", "K2", "R1"), EnumSet.of(Provision.IN_HOUSE_RESIDENTIAL, Provision.PRIVATE_RESIDENTIAL,
            Provision.VOLUNTARY_RESIDENTIAL, Provision.OTHER_LA)),
    /** H5 semi-independent living (until 2024/25), K3 registered supported accommodation (from 2024/25), P2 independent living. */
    SUPPORTED_ACCOMMODATION(Set.of("H5", "K3", "P2"), EnumSet.of(Provision.SUPPORTED_ACCOMMODATION)),
    /** P1: placed with own parents or others with parental responsibility. */
    WITH_PARENTS(Set.of("P1"), EnumSet.allOf(Provision.class)),
    /** S1: residential school not registered as a children's home. */
    RESIDENTIAL_SCHOOL(Set.of("S1"), EnumSet.allOf(Provision.class)),
    /** P3: residential employment. */
    RESIDENTIAL_EMPLOYMENT(Set.of("P3"), EnumSet.allOf(Provision.class)),
    /** A3–A6: placed for adoption. */
    ADOPTION(Set.of("A3", "A4", "A5", "A6"), EnumSet.allOf(Provision.class)),
    /** R2 health establishment, R3 family centre or mother and baby unit, R5 young offender institution. */
    HEALTH_OR_CUSTODY(Set.of("R2", "R3", "R5"), EnumSet.allOf(Provision.class)),
    /** T0–T4: temporary placements of up to 7 days (hospital, holiday, carer's holiday): no PLACE_PROVIDER. */
    TEMPORARY(Set.of("T0", "T1", "T2", "T3", "T4"), EnumSet.allOf(Provision.class)),
    /** Z1 (until 2024/25) and Z11–Z14 (from 2025/26), and any code fostergraph does not model. */
    OTHER(Set.of("Z1", "Z11", "Z12", "Z13", "Z14"), EnumSet.allOf(Provision.class));

    /** Foster placements that are long term: not disturbed by a step-down (U1, U4). */
    private static final Set<String> LONG_TERM_FOSTERING = Set.of("U1", "U4");
    /** Foster placements that are neither long term nor fostering for adoption (U3, U6). */
    private static final Set<String> SHORT_TERM_FOSTERING = Set.of("U3", "U6");
    /**
     * Codes that take no PLACE_PROVIDER: temporary placements, Z1 (until 2024/25) and Z11–Z14 (from 2025/26), as the DfE's
     * rules 526 (a provider is needed), 213 and 178 (none may be given) have them in every year.
     */
    private static final Set<String> NO_PROVIDER = Set.of("T0", "T1", "T2", "T3", "T4", "Z1", "Z11", "Z12", "Z13", "Z14");

    private final Set<String> codes;
    private final Set<Provision> provisions;

    PlaceKind(Set<String> codes, Set<Provision> provisions) {
        this.codes = codes;
        this.provisions = provisions;
    }

    public static PlaceKind of(String placeCode) {
        for (PlaceKind kind : values()) {
            if (kind.codes.contains(placeCode)) {
                return kind;
            }
        }
        return OTHER;
    }

    /** Fostering of either kind (U1–U6). */
    public boolean fostering() {
        return this == CONNECTED_PERSON_FOSTERING || this == FOSTERING;
    }

    /** Whether a home of this provision can take a placement of this kind (kinds fostergraph does not model: any). */
    public boolean canBeWith(Provision provision) {
        return provisions.contains(provision);
    }

    /** As a sentence says it, for example "connected person fostering". */
    public String describe() {
        return this == SUPPORTED_ACCOMMODATION ? "supported" : name().toLowerCase().replace('_', ' ');
    }

    public static boolean isLongTermFostering(String placeCode) {
        return LONG_TERM_FOSTERING.contains(placeCode);
    }

    public static boolean isShortTermFostering(String placeCode) {
        return SHORT_TERM_FOSTERING.contains(placeCode);
    }

    /**
     * The kind of foster care (an {@code ApprovalType}) a child placed with this code is matched for when nobody says
     * otherwise: short-term for U3/U6, long-term for every other placement (a child in a children's home or an agency's
     * long-term placement steps down to a family for good).
     */
    public static String kindOfCareFor(String placeCode) {
        return isShortTermFostering(placeCode) ? "SHORT_TERM" : "LONG_TERM";
    }

    /**
     * The PLACE code a new placement with a household of this provision is recorded under, for this kind of care
     * (an {@code ApprovalType}: LONG_TERM gives the long-term code): U1 or U3 with a relative or friend, U4 or U6 with
     * other foster carers, K2 in a children's home. None for other provision, where the officer chooses.
     */
    public static java.util.Optional<String> codeFor(Provision provision, String kindOfCare) {
        boolean longTerm = "LONG_TERM".equals(kindOfCare);
        return java.util.Optional.ofNullable(switch (provision) {
            case CONNECTED_PERSON -> longTerm ? "U1" : "U3";
            case IN_HOUSE_FOSTERING, IFA_FOSTERING, OTHER_LA -> longTerm ? "U4" : "U6";
            case IN_HOUSE_RESIDENTIAL, PRIVATE_RESIDENTIAL, VOLUNTARY_RESIDENTIAL -> "K2";
            default -> null;
        });
    }

    /** T0–T4: a temporary placement, from which the child returns to their usual one. */
    public static boolean isTemporary(String placeCode) {
        return of(placeCode) == TEMPORARY;
    }

    public static boolean takesNoProvider(String placeCode) {
        return NO_PROVIDER.contains(placeCode);
    }
}
