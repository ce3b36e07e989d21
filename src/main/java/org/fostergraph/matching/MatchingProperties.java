package org.fostergraph.matching;

import java.util.Map;

import org.fostergraph.care.Provision;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How matching filters and ranks. Defaults (documented in the README) follow {@code facts.md}: the DfE's
 * 20-mile line, the usual limit of three foster children, and weekly costs per kind of provision.
 *
 * @param maxDistanceMiles candidates further from the child's home are not considered, unless a request says otherwise
 * @param farMiles placements further than this from home need the Director of Children's Services' approval (flagged)
 * @param schoolRunMiles a household this close to the child's school can keep them at it
 * @param fosterChildLimit most foster children in one fostering household
 * @param settlingDays a placement younger than this is left to settle before a step-down is proposed
 * @param weeklyCost the weekly cost of a new placement by provision, in pounds, when nothing better is known
 * @param weights the points each ranking factor can give
 */
@ConfigurationProperties("fostergraph.matching")
public record MatchingProperties(
        @DefaultValue("30") double maxDistanceMiles,
        @DefaultValue("20") double farMiles,
        @DefaultValue("5") double schoolRunMiles,
        @DefaultValue("3") int fosterChildLimit,
        @DefaultValue("90") int settlingDays,
        Map<Provision, Double> weeklyCost,
        @DefaultValue Weights weights) {

    /**
     * facts.md: in-house carer fee £396, agency (IFA) about £820, private children's home £3,830 (CMA 2021),
     * council children's home about £6,100 (NAO 2025), all-in foster care £646 for another council's carers;
     * connected-person and supported accommodation are estimates to be set per council; placements with parents and
     * "other" placements (adoption, hospital, custody) are not costed.
     */
    static final Map<Provision, Double> DEFAULT_WEEKLY_COST = Map.of(
            Provision.IN_HOUSE_FOSTERING, 396.0, Provision.CONNECTED_PERSON, 300.0, Provision.IN_HOUSE_RESIDENTIAL, 6108.0,
            Provision.IFA_FOSTERING, 820.0, Provision.PRIVATE_RESIDENTIAL, 3830.0, Provision.VOLUNTARY_RESIDENTIAL, 3830.0,
            Provision.OTHER_LA, 646.0, Provision.SUPPORTED_ACCOMMODATION, 1200.0, Provision.PARENTS, 0.0,
            Provision.OTHER, 0.0);

    public MatchingProperties {
        Map<Provision, Double> costs = new java.util.EnumMap<>(DEFAULT_WEEKLY_COST);
        if (weeklyCost != null) {
            costs.putAll(weeklyCost);
        }
        weeklyCost = Map.copyOf(costs);
    }

    /**
     * @param councilCarer the council's own carer, preferred by s22C Children Act 1989 over bought-in placements
     * @param homeDistance full points at the child's home, none at the maximum distance
     * @param schoolDistance full points at the school, none at the maximum distance
     * @param sameLocality the household is in the locality of the child's home
     * @param schoolContinuity within a school run of the child's school
     * @param needMet per need of the child the carers' skills or approval answer
     * @param language the carers speak a language the child speaks
     * @param religion the carers share the child's religion
     * @param constellation the household is in a Mockingbird constellation (hub support and sleepovers)
     * @param cost full points at no cost, none at the cost of an agency placement
     */
    public record Weights(
            @DefaultValue("20") double councilCarer,
            @DefaultValue("30") double homeDistance,
            @DefaultValue("15") double schoolDistance,
            @DefaultValue("10") double sameLocality,
            @DefaultValue("10") double schoolContinuity,
            @DefaultValue("10") double needMet,
            @DefaultValue("5") double language,
            @DefaultValue("5") double religion,
            @DefaultValue("10") double constellation,
            @DefaultValue("15") double cost) {
    }

    /** The configured weekly cost of a placement with this provision: also the estimate for imported placements. */
    public double weeklyCostOf(Provision provision) {
        return weeklyCost.getOrDefault(provision, weeklyCost.get(Provision.IFA_FOSTERING));
    }
}
