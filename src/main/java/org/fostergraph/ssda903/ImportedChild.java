package org.fostergraph.ssda903;

import java.time.LocalDate;
import java.util.List;

import org.fostergraph.care.Sex;

/**
 * A child read from the return, every row valid, with their episodes grouped into placements.
 *
 * @param header what the Header file says of the child
 * @param homeSector the latest home postcode sector the episodes give (HOME_POST), or null
 * @param homeSectorRow the row it comes from, for reporting a sector the table does not hold
 */
record ImportedChild(HeaderRow header, String homeSector, long homeSectorRow,
        List<ImportedPlacement> placements, int rows) {

    String id() {
        return header.child();
    }

    Sex sex() {
        return header.sex();
    }

    LocalDate dateOfBirth() {
        return header.dateOfBirth();
    }

    LocalDate firstStart() {
        return placements.get(0).start();
    }

    ImportedChild withFirstPlacement(ImportedPlacement first) {
        List<ImportedPlacement> all = new java.util.ArrayList<>(placements);
        all.set(0, first);
        return new ImportedChild(header, homeSector, homeSectorRow, List.copyOf(all), rows);
    }
}
