package org.fostergraph.care;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * SSDA903 {@code PLACE_PROVIDER}: who provides a child's placement, and the one place that says what each code means.
 * Internal is the council's own provision (PR1) and a child's parents (PR0); everything provided by others (PR2–PR5,
 * another council's included) is external, as the placement mix, the forecast and every other figure count it.
 */
public enum PlaceProvider {
    /** Parent(s) or other person(s) with parental responsibility. */
    PR0(true),
    /** The council's own provision. */
    PR1(true),
    /** Another local authority's provision. */
    PR2(false),
    /** Other public provision (the NHS, for example). */
    PR3(false),
    /** Private provision: an independent fostering agency, a private children's home. */
    PR4(false),
    /** Voluntary or third-sector provision. */
    PR5(false);

    private final boolean internal;

    PlaceProvider(boolean internal) {
        this.internal = internal;
    }

    public static Optional<PlaceProvider> of(String code) {
        return Arrays.stream(values()).filter(provider -> provider.name().equals(code)).findFirst();
    }

    public boolean internal() {
        return internal;
    }

    /** Bought from the market: an agency or a private or voluntary home (PR4, PR5). */
    public boolean boughtIn() {
        return this == PR4 || this == PR5;
    }

    /** Another public body's (PR2, PR3): external, but not bought from the market. */
    public boolean otherPublic() {
        return this == PR2 || this == PR3;
    }

    /** Whether the code is internal provision; an unknown or missing code (a temporary placement has none) is not. */
    public static boolean isInternal(String code) {
        return of(code).map(PlaceProvider::internal).orElse(false);
    }

    public static boolean isBoughtIn(String code) {
        return of(code).map(PlaceProvider::boughtIn).orElse(false);
    }

    public static boolean isOtherPublic(String code) {
        return of(code).map(PlaceProvider::otherPublic).orElse(false);
    }

    /** The internal codes, for Cypher that counts internal placements in the database. */
    public static List<String> internalCodes() {
        return Arrays.stream(values()).filter(PlaceProvider::internal).map(Enum::name).toList();
    }
}
