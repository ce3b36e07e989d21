package org.fostergraph.constellation;

import java.util.List;

/**
 * How far a constellation keeps to the Mockingbird model, with each departure said in words.
 *
 * @param hubSleepoverBedsFree of the hub's two sleepover beds, how many placements leave free
 */
public record Fidelity(int satelliteCount, boolean withinRange, int hubSleepoverBedsFree, List<String> issues) {
}
