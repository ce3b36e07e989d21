package org.fostergraph.ssda903;

import java.time.LocalDate;
import java.util.List;

import org.fostergraph.care.Sex;

/**
 * A child read from the return, every row valid, with their episodes grouped into placements.
 *
 * @param homeSector the latest home postcode sector the episodes give (HOME_POST), or null
 * @param homeSectorRow the row it comes from, for reporting a sector the table does not hold
 */
record ImportedChild(String id, Sex sex, LocalDate dateOfBirth, String homeSector, long homeSectorRow,
        List<ImportedPlacement> placements, int rows) {

    LocalDate firstStart() {
        return placements.get(0).start();
    }

    ImportedChild withFirstPlacement(ImportedPlacement first) {
        List<ImportedPlacement> all = new java.util.ArrayList<>(placements);
        all.set(0, first);
        return new ImportedChild(id, sex, dateOfBirth, homeSector, homeSectorRow, List.copyOf(all), rows);
    }
}
