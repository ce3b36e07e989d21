package org.fostergraph.placement;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param defaultHours how long a hold lasts when the officer does not say
 * @param maxHours the longest a place may be held before it must be offered to others again
 */
@ConfigurationProperties("fostergraph.holds")
public record HoldProperties(@DefaultValue("48") int defaultHours, @DefaultValue("72") int maxHours) {
}
