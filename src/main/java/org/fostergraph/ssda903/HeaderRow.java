package org.fostergraph.ssda903;

import java.time.LocalDate;

import org.fostergraph.care.Sex;

/**
 * A Header row as fostergraph keeps it: ETHNIC (matching and disproportionality reporting need it), MOTHER and MC_DOB
 * (a looked-after mother needs a parent-and-child placement, and the DfE asks for them for every girl looked after),
 * each null when the return leaves it empty. UPN is read and not kept: nothing fostergraph does needs it.
 *
 * @param mother MOTHER: "1" the child is a mother, "0" she is not
 * @param firstChildBorn MC_DOB: the date of birth of her first child
 */
record HeaderRow(long row, String child, Sex sex, LocalDate dateOfBirth, String ethnicity, String mother,
        LocalDate firstChildBorn) {
}
