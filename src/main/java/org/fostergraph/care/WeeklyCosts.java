package org.fostergraph.care;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The weekly cost of a placement by the kind of home, in pounds, when nothing better is known: what matching costs a
 * candidate at and what an imported placement (the return carries no costs) is estimated at. Configured as
 * {@code fostergraph.matching.weekly-cost.<PROVISION>}.
 *
 * @param weeklyCost the configured costs, over the defaults below
 */
@ConfigurationProperties("fostergraph.matching")
public record WeeklyCosts(Map<Provision, Double> weeklyCost) {

    /**
     * facts.md: in-house carer fee £396, agency (IFA) about £820, private children's home £3,830 (CMA 2021),
     * council children's home about £6,100 (NAO 2025), all-in foster care £646 for another council's carers;
     * connected-person and supported accommodation are estimates to be set per council; placements with parents and
     * "other" placements (adoption, hospital, custody) are not costed.
     */
    static final Map<Provision, Double> DEFAULTS = Map.of(
            Provision.IN_HOUSE_FOSTERING, 396.0, Provision.CONNECTED_PERSON, 300.0, Provision.IN_HOUSE_RESIDENTIAL, 6108.0,
            Provision.IFA_FOSTERING, 820.0, Provision.PRIVATE_RESIDENTIAL, 3830.0, Provision.VOLUNTARY_RESIDENTIAL, 3830.0,
            Provision.OTHER_LA, 646.0, Provision.SUPPORTED_ACCOMMODATION, 1200.0, Provision.PARENTS, 0.0,
            Provision.OTHER, 0.0);

    public WeeklyCosts {
        Map<Provision, Double> costs = new EnumMap<>(DEFAULTS);
        if (weeklyCost != null) {
            costs.putAll(weeklyCost);
        }
        weeklyCost = Map.copyOf(costs);
    }

    /** The defaults alone. */
    public static WeeklyCosts defaults() {
        return new WeeklyCosts(null);
    }

    /** The weekly cost of a placement with this provision. */
    public double of(Provision provision) {
        return weeklyCost.getOrDefault(provision, weeklyCost.get(Provision.IFA_FOSTERING));
    }
}
