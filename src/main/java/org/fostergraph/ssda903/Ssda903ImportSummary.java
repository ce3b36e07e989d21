package org.fostergraph.ssda903;

import java.util.List;

/**
 * What an import did. A child is imported whole or not at all: {@code problems} lists why each rejected child's
 * rows were refused; {@code warnings} what was imported with something missing (a postcode sector the table does
 * not hold leaves no location rather than a wrong one). Both lists are capped; the counts are not.
 *
 * @param homesLocated how the imported children's homes (their latest HOME_POST) were located
 * @param placementsLocated how the imported placements (their PL_POST) were located
 */
public record Ssda903ImportSummary(String headerFile, String episodesFile, Rows rows, Children children,
        Placements placements, int placeholderHouseholdsCreated, int problemCount, List<Ssda903Problem> problems,
        int warningCount, List<Ssda903Problem> warnings, Located homesLocated, Located placementsLocated) {

    /**
     * @param byPostcode at the full postcode, which the postcode directory (ONSPD) holds
     * @param bySectorCentre at the centre of the postcode's sector
     * @param nowhere neither: no postcode, or one whose sector the table does not hold
     */
    public record Located(int byPostcode, int bySectorCentre, int nowhere) {
    }

    /** Rows read from each file, and how many of them were refused (every row of a rejected child, and rows naming none). */
    public record Rows(int header, int episodes, int rejected) {
    }

    /**
     * @param stateUnknown refused children whose placement an earlier return left open: from the first day of this
     *        return's year their state is unknown, and they no longer count as placed there
     */
    public record Children(int read, int created, int updated, int unchanged, int rejected, int stateUnknown) {
    }

    /** {@code removed}: placements an earlier import made that this return no longer holds. */
    public record Placements(int created, int updated, int unchanged, int removed) {
    }
}
