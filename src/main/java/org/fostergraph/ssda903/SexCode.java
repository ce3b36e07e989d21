package org.fostergraph.ssda903;

import org.fostergraph.child.Sex;

/**
 * SSDA903 {@code SEX}. Until 2023/24 the return coded sex as 1 (male) and 2 (female); from 2024/25 as M, F and U (not
 * known or indeterminate), the codes the DfE validator's rules 101, 174 and 232 check. An import reads either set, as
 * a council re-sending an older year's return would; an export writes the codes of the collection year it is for.
 */
final class SexCode {

    /** The first collection year (2024 = 2024/25) coded M, F and U. */
    static final int LETTERS_FROM = 2024;

    private SexCode() {
    }

    /** The sex a code means, or null when it means none. */
    static Sex read(String code) {
        return switch (code == null ? "" : code) {
            case "1", "M" -> Sex.MALE;
            case "2", "F" -> Sex.FEMALE;
            case "U" -> Sex.UNKNOWN;
            default -> null;
        };
    }

    /** The code of the sex in the collection year; null where the year has none (not known, before 2024/25). */
    static String written(Sex sex, int collectionYear) {
        boolean letters = collectionYear >= LETTERS_FROM;
        return switch (sex) {
            case MALE -> letters ? "M" : "1";
            case FEMALE -> letters ? "F" : "2";
            case UNKNOWN -> letters ? "U" : null;
        };
    }
}
