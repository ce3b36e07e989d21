package org.fostergraph.ssda903;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The SSDA903 tables fostergraph reads and writes, each recognised by its exact set of column names. */
public enum Ssda903Table {
    HEADER("Header", List.of("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB")),
    EPISODES("Episodes", List.of("CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
            "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"));

    private final String title;
    private final List<String> columns;

    Ssda903Table(String title, List<String> columns) {
        this.title = title;
        this.columns = columns;
    }

    public String title() {
        return title;
    }

    /** The columns in the order the DfE guide lists them (the order fostergraph writes them in). */
    public List<String> columns() {
        return columns;
    }

    /** The table whose columns are exactly these (upper-cased), in any order. */
    static Optional<Ssda903Table> recognise(Set<String> columns) {
        for (Ssda903Table table : values()) {
            if (Set.copyOf(table.columns).equals(columns)) {
                return Optional.of(table);
            }
        }
        return Optional.empty();
    }
}
