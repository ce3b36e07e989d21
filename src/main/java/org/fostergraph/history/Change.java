package org.fostergraph.history;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.fostergraph.security.SummaryOfRecords;

/**
 * One recorded change: what was done, to what, by whom and when. Changes are never edited or deleted. A change tells
 * about the records it touched, so it is shown only to those who may read them in full ({@link SummaryOfRecords}).
 *
 * @param recordsByType the ids it touched by the kind of record (the GraphQL type: {@code Child}, {@code Placement}…)
 */
public record Change(String id, String operation, OffsetDateTime at, String by, String summary, String resultId,
        List<String> subjectIds, Map<String, List<String>> recordsByType) implements SummaryOfRecords {
}
