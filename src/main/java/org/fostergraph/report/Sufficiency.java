package org.fostergraph.report;

import java.time.LocalDate;
import java.util.List;

/**
 * In-house supply against demand, by locality and age band, on a day.
 *
 * @param localities one row per council locality, by name
 */
public record Sufficiency(LocalDate asOf, List<LocalityRow> localities) {

    /**
     * @param approvedPlaces places in approved in-house fostering households, less hubs' sleepover beds
     * @param filled children placed in them
     * @param held places held for a child (today only: holds last hours)
     * @param sleepoverBeds the hubs' sleepover beds, kept for sleepovers rather than placements
     */
    public record Supply(int approvedPlaces, String filled, int vacant, int held, int sleepoverBeds) {
    }

    /**
     * @param placedExternally children from the locality in this band placed with external provision that day
     * @param vacanciesThatFit vacant in-house places in the locality whose terms of approval cover some of the band
     * @param gap children placed externally beyond the places that could take them
     */
    public record BandDemand(String ageBand, String placedExternally, int vacanciesThatFit, String gap) {
    }

    public record LocalityRow(String localityId, String name, Supply supply, List<BandDemand> demand) {
    }
}
