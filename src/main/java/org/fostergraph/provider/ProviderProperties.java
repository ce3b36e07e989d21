package org.fostergraph.provider;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a provider has to answer a referral, by its urgency. Four hours for an emergency (a child needs a bed
 * tonight); three days for a planned move, as the East Midlands vacancy pilot filled its accepted vacancies (stated
 * assumptions a council replaces with its own commissioning terms).
 *
 * @param emergencyResponse the time to answer an EMERGENCY referral
 * @param plannedResponse the time to answer a PLANNED referral
 * @param livePoll how often a live update (a GraphQL subscription) reads the graph for a change
 * @param liveFor how long one live update runs before it ends (a page opens another)
 */
@ConfigurationProperties("fostergraph.providers")
public record ProviderProperties(@DefaultValue("PT4H") Duration emergencyResponse, @DefaultValue("P3D") Duration plannedResponse,
        @DefaultValue("PT2S") Duration livePoll, @DefaultValue("PT1H") Duration liveFor) {

    public ProviderProperties {
        for (Duration duration : new Duration[] {emergencyResponse, plannedResponse, livePoll, liveFor}) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("fostergraph.providers: every duration is positive");
            }
        }
    }

    Duration responseTime(String urgency) {
        return "EMERGENCY".equals(urgency) ? emergencyResponse : plannedResponse;
    }
}
