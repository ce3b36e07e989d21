package org.fostergraph.forecast;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param weeklyCosts the unit cost of a week in each care state (application.yaml: facts.md's figures where it has
 *        them, stated assumptions where it does not)
 * @param placesPerNewConstellationPerYear in-house places a new constellation keeps a year: its 7–8 satellite
 *        households × their yearly de-registration rate × 82% fewer de-registrations in Mockingbird (Rees Centre
 *        2020) × places per household
 * @param resamples forecasts refitted on resampled reference months, for the uncertainty band
 * @param entryMonths the last months of the reference period over which entries into care are averaged
 */
@ConfigurationProperties("fostergraph.forecast")
public record ForecastProperties(Map<CareState, Double> weeklyCosts, @DefaultValue("0.3") double placesPerNewConstellationPerYear,
        @DefaultValue("200") int resamples, @DefaultValue("12") int entryMonths) {

    double weeklyCost(CareState state) {
        Double cost = weeklyCosts == null ? null : weeklyCosts.get(state);
        if (cost == null) {
            throw new IllegalStateException("fostergraph.forecast.weekly-costs has no cost for " + state);
        }
        return cost;
    }
}
