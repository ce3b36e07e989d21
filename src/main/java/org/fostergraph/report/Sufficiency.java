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
     * @param filled places filled; published exactly, as it follows from the places, vacancies and holds shown beside it
     * @param held places held for a child (today only: holds last hours)
     * @param sleepoverBeds the hubs' sleepover beds, kept for sleepovers rather than placements
     */
    public record Supply(int approvedPlaces, int filled, int vacant, int held, int sleepoverBeds) {
    }

    /**
     * @param demand children from the locality in this band who need an in-house place: placed externally, or
     *        waiting in an open referral (a child in both counted once)
     * @param placedExternally of the locality's children in this band, those placed with external provision that day
     * @param openReferrals those waiting in a referral open that day
     * @param vacanciesThatFit vacant in-house places in the locality whose terms of approval cover some of the band
     * @param gap demand beyond the places that could meet it
     */
    public record BandDemand(String ageBand, String demand, String placedExternally, String openReferrals, int vacanciesThatFit,
            String gap) {
    }

    public record LocalityRow(String localityId, String name, Supply supply, List<BandDemand> demand) {
    }
}
