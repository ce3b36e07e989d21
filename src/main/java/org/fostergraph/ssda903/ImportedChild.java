package org.fostergraph.ssda903;

import java.time.LocalDate;
import java.util.List;

import org.fostergraph.care.Sex;
import org.fostergraph.geo.Postcode;

/**
 * A child read from the return, every row valid, with their episodes grouped into placements.
 *
 * @param header what the Header file says of the child
 * @param homePost the latest home postcode the episodes give (HOME_POST), or null
 * @param homeSectorRow the row it comes from, for reporting a sector the table does not hold
 */
record ImportedChild(HeaderRow header, Postcode homePost, long homeSectorRow,
        List<ImportedPlacement> placements, int rows) {

    /** The sector of the latest home postcode the episodes give (HOME_POST), or null. */
    String homeSector() {
        return homePost == null ? null : homePost.sector();
    }

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
        return new ImportedChild(header, homePost, homeSectorRow, List.copyOf(all), rows);
    }
}
