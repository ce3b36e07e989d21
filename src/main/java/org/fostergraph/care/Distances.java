package org.fostergraph.care;

/**
 * The units distances are given in. Neo4j's {@code point.distance} answers in metres; the DfE and placement officers
 * speak in miles, and the DfE's distance-from-home measure flags placements over {@value #FAR_FROM_HOME_MILES} miles.
 */
public final class Distances {

    public static final double METRES_PER_MILE = 1609.344;

    /** The DfE's "placed more than 20 miles from home" (Children looked after in England statistics). */
    public static final double FAR_FROM_HOME_MILES = 20;

    private Distances() {
    }

    public static double miles(double metres) {
        return metres / METRES_PER_MILE;
    }

    public static double metres(double miles) {
        return miles * METRES_PER_MILE;
    }
}
