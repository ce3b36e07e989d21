package org.fostergraph.report;

import java.time.LocalDate;
import java.util.List;

/**
 * How far from home children in care live on a day, as DfE reports it: more than 20 miles (straight line
 * between home and placement; here between the locations the graph holds, so an approximation when those
 * are postcode-sector centres) and outside the council's boundary.
 *
 * @param measured children whose home and placement locations are both known
 */
public record DistanceFromHome(LocalDate asOf, int measured, int unknownLocation, int over20Miles, Double over20MilesShare,
        int outsideBoundary, Double outsideBoundaryShare, List<Group> byPlacementType) {

    public record Group(String placementType, String measured, String over20Miles, String outsideBoundary) {
    }
}
