package org.fostergraph.care;

import java.util.Set;

/**
 * The broad kind of care a child is in, from the SSDA903 {@code PLACE} code alone: the four groups the public demand
 * model (Data to Insight's {@code cs-demand-model}) forecasts and that a council's sufficiency statement reports, and
 * the one place that says which codes each holds. Residential is a children's home (K2) or residential care home (R1);
 * a secure children's home (K1), a residential school (S1) and residential employment (P3) are not, as in the DfE's
 * own tables (secure units and residential schools are counted apart from children's homes) and in the demand model.
 * Supported accommodation is semi-independent (H5) or independent living (P2), and from 2024/25 registered supported
 * accommodation (K3), which replaced part of H5. Everything else, placed with parents (P1) included, is other.
 */
public enum CareCategory {
    /** U1–U6: every foster placement, kinship included. */
    FOSTERING(Set.of("U1", "U2", "U3", "U4", "U5", "U6")),
    /** K2 children's home, R1 residential care home. */
    RESIDENTIAL(Set.of("K2", "R1")),
    /** H5 semi-independent living, P2 independent living, K3 registered supported accommodation. */
    SUPPORTED(Set.of("H5", "P2", "K3")),
    /** Every other code: K1 secure home, P1 with parents, S1, P3, adoption, health and custody, temporary, Z1/Z11–Z14. */
    OTHER(Set.of());

    private final Set<String> codes;

    CareCategory(Set<String> codes) {
        this.codes = codes;
    }

    public static CareCategory of(String placeCode) {
        if (placeCode == null) {
            return OTHER;
        }
        for (CareCategory category : values()) {
            if (category.codes.contains(placeCode)) {
                return category;
            }
        }
        return OTHER;
    }
}
