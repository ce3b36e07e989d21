package org.fostergraph.matching;

import org.fostergraph.care.WeeklyCosts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How matching filters and ranks. Defaults (documented in the README) follow {@code facts.md}: the DfE's
 * 20-mile line and the usual limit of three foster children (weekly costs are {@link WeeklyCosts}, under the same prefix).
 *
 * @param maxDistanceMiles candidates further from the child's home are not considered, unless a request says otherwise
 * @param farMiles placements further than this from home need the Director of Children's Services' approval (flagged)
 * @param schoolRunMiles a household this close to the child's school can keep them at it
 * @param fosterChildLimit most foster children in one fostering household
 * @param settlingDays a placement younger than this is left to settle before a step-down is proposed
 * @param planChoices the step-down plan gives a child one of their this-many best in-house matches, or none
 * @param weights the points each ranking factor can give
 */
@ConfigurationProperties("fostergraph.matching")
public record MatchingProperties(
        @DefaultValue("30") double maxDistanceMiles,
        @DefaultValue("20") double farMiles,
        @DefaultValue("5") double schoolRunMiles,
        @DefaultValue("3") int fosterChildLimit,
        @DefaultValue("90") int settlingDays,
        @DefaultValue("10") int planChoices,
        @DefaultValue Weights weights) {

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
}
