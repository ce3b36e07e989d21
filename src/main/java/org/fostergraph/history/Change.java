package org.fostergraph.history;

import java.time.OffsetDateTime;
import java.util.List;

/** One recorded change: what was done, to what, by whom and when. Changes are never edited or deleted. */
public record Change(String id, String operation, OffsetDateTime at, String by, String summary, String resultId,
        List<String> subjectIds) {
}
