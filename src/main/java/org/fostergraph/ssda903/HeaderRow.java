package org.fostergraph.ssda903;

import java.time.LocalDate;

import org.fostergraph.care.Sex;

/** A Header row as fostergraph keeps it: ETHNIC, UPN, MOTHER and MC_DOB are read, checked for shape and not stored. */
record HeaderRow(long row, String child, Sex sex, LocalDate dateOfBirth) {
}
