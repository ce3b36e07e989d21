package org.fostergraph.constellation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the fostering team grows constellations.
 *
 * @param growthRadiusMiles approved in-house households this close to a hub, and in no constellation, are offered as
 *        satellites: Mockingbird satellites live near the hub so that sleepovers and the monthly meeting stay a short
 *        drive (facts.md)
 */
@ConfigurationProperties("fostergraph.constellation")
public record ConstellationProperties(@DefaultValue("2") double growthRadiusMiles) {
}
