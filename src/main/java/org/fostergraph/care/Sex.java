package org.fostergraph.care;

/**
 * A child's sex as the SSDA903 return records it. Until 2023/24 the return coded it 1 (male) and 2 (female); from
 * 2024/25 M, F and U (not known or indeterminate), the codes the DfE validator's rules 101, 174 and 232 check. An
 * import reads either set, as a council re-sending an older year's return would; an export writes the codes of the
 * collection year it is for.
 */
public enum Sex {
    MALE("1", "M"), FEMALE("2", "F"),
    /** Not known or indeterminate (SSDA903 U, from 2024/25; earlier years have no code for it). */
    UNKNOWN(null, "U");

    /** The first collection year (2024 = 2024/25) coded M, F and U. */
    public static final int LETTERS_FROM = 2024;

    private final String digit;
    private final String letter;

    Sex(String digit, String letter) {
        this.digit = digit;
        this.letter = letter;
    }

    /** The sex an SSDA903 SEX code of either era means, or null when it means none. */
    public static Sex ofSsda903(String code) {
        for (Sex sex : values()) {
            if (sex.letter.equals(code) || (sex.digit != null && sex.digit.equals(code))) {
                return sex;
            }
        }
        return null;
    }

    /** The SSDA903 SEX code in the collection year; null where the year has none (not known, before 2024/25). */
    public String ssda903Code(int collectionYear) {
        return collectionYear >= LETTERS_FROM ? letter : digit;
    }
}
