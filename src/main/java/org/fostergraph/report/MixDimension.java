package org.fostergraph.report;

/** What a placement-mix report can be grouped by. */
public enum MixDimension {
    LOCALITY, AGE_BAND, PLACEMENT_TYPE, PROVIDER
}
