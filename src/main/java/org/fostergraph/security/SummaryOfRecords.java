package org.fostergraph.security;

import java.util.List;
import java.util.Map;

/**
 * A value that tells about other records (a change in the history tells what was done to a placement, a child, a
 * household): the GraphQL layer shows it only to callers who may read every field of every kind of record it is
 * about, and audits the children it is about as read.
 */
public interface SummaryOfRecords {

    /** The ids of the records it is about, by the GraphQL type that shows such a record ({@code Child}, {@code Placement}…). */
    Map<String, List<String>> recordsByType();
}
