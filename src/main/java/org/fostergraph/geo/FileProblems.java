package org.fostergraph.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The problems of one uploaded file: all counted, the first {@value #LISTED} listed, by row. */
final class FileProblems {

    /** The most problems a summary lists; its count says how many there were. */
    static final int LISTED = 1000;

    private final String file;
    private final List<PostcodeSectorTable.Problem> listed = new ArrayList<>();
    private long count;

    FileProblems(String file) {
        this.file = file;
    }

    void add(long row, String column, String value, String message) {
        count++;
        if (listed.size() < LISTED) {
            listed.add(new PostcodeSectorTable.Problem(file, row, column, value, message));
        }
    }

    long count() {
        return count;
    }

    List<PostcodeSectorTable.Problem> listed() {
        return listed.stream().sorted(Comparator.comparingLong(PostcodeSectorTable.Problem::row)).toList();
    }
}
