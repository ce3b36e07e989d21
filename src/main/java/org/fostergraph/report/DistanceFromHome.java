package org.fostergraph.report;

import java.time.LocalDate;
import java.util.List;

/**
 * How far from home children in care live on a day, as DfE reports it: more than 20 miles (straight line between the
 * home and placement postcodes' grid references, where the postcode directory locates both; otherwise between the
 * locations the graph holds, an estimate when those are postcode-sector centres) and outside the council's area.
 *
 * @param measured children whose home and placement locations are both known
 * @param methods how many figures were worked out each way
 */
public record DistanceFromHome(LocalDate asOf, int measured, int unknownLocation, int over20Miles, Double over20MilesShare,
        int outsideBoundary, Double outsideBoundaryShare, List<Group> byPlacementType, Methods methods) {

    public record Group(String placementType, String measured, String over20Miles, String outsideBoundary) {
    }

    /**
     * @param byPostcode distances between full postcodes' grid references (the DfE's way)
     * @param bySectorCentre distances between postcode-sector centres or other held locations (an estimate)
     * @param boundaryByAreaCode placements judged inside or outside by the local authority district of their postcode
     * @param boundaryByLocality placements judged by whether their home lies in one of the council's localities
     */
    public record Methods(int byPostcode, int bySectorCentre, int boundaryByAreaCode, int boundaryByLocality) {
    }
}
