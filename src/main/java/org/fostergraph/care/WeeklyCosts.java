package org.fostergraph.care;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The weekly cost of a placement by the kind of home, in pounds, when nothing better is known: what matching costs a
 * candidate at and what an imported placement (the return carries no costs) is estimated at. Configured as
 * {@code fostergraph.matching.weekly-cost.<PROVISION>} and {@code fostergraph.matching.full-weekly-cost.<PROVISION>}.
 *
 * <p>Two costs, because an in-house fee and an agency's price are not like for like (facts.md, NAFP's response to the
 * CMA study): the <em>weekly cost</em> is what the council pays out for the placement itself (for its own carers, the
 * fee and allowance; for anyone else, their all-in price), and it is what a move saves in cash; the <em>full weekly
 * cost</em> adds what the council spends on its own provision besides (supervising social workers, recruitment,
 * training, overheads), so that a full-cost saving compares all-in with all-in.
 *
 * @param weeklyCost the configured cashable costs, over the defaults below
 * @param fullWeeklyCost the configured all-in costs, over the defaults below; a provision without one costs its weekly cost
 */
@ConfigurationProperties("fostergraph.matching")
public record WeeklyCosts(Map<Provision, Double> weeklyCost, Map<Provision, Double> fullWeeklyCost) {

    /**
     * The most a placement's agreed weekly cost may be, in pounds: the costliest placements are about £10k–£20k a week, so
     * a larger figure is taken for a typing error (a placement's cost, a provider's offer).
     */
    public static final double MAX_AGREED_WEEKLY = 50_000;

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

    /**
     * facts.md: all-in in-house foster care £646 a week (PSSRU unit costs 2017: fees, allowances, supervising social
     * worker, recruitment, training and overheads), £250 over the £396 fee; a connected-person carer is supported by
     * the same team, so the same £250 is added to their estimated £300. A council children's home's £6,108 (County
     * Councils Network 2024) is already all-in, and so is every other provider's price.
     */
    static final Map<Provision, Double> FULL_DEFAULTS = Map.of(
            Provision.IN_HOUSE_FOSTERING, 646.0, Provision.CONNECTED_PERSON, 550.0);

    public WeeklyCosts {
        Map<Provision, Double> costs = new EnumMap<>(DEFAULTS);
        if (weeklyCost != null) {
            costs.putAll(weeklyCost);
        }
        Map<Provision, Double> full = new EnumMap<>(costs);
        full.putAll(FULL_DEFAULTS);
        if (fullWeeklyCost != null) {
            full.putAll(fullWeeklyCost);
        }
        weeklyCost = Map.copyOf(costs);
        fullWeeklyCost = Map.copyOf(full);
    }

    /** The defaults alone. */
    public static WeeklyCosts defaults() {
        return new WeeklyCosts(null, null);
    }

    /** The weekly cost of a placement with this provision: what the council pays out for it (the cashable cost). */
    public double of(Provision provision) {
        return weeklyCost.getOrDefault(provision, weeklyCost.get(Provision.IFA_FOSTERING));
    }

    /** The all-in weekly cost of a placement with this provision, the council's overheads on its own provision included. */
    public double fullOf(Provision provision) {
        return fullWeeklyCost.getOrDefault(provision, of(provision));
    }

    /** The dearest all-in weekly cost of any provision: the point where cost earns a match nothing. */
    public double dearestFull() {
        return fullWeeklyCost.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
    }
}
