package org.fostergraph.report;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;

/** The DfE's age bands for children looked after. */
public enum AgeBand {
    UNDER_1("Under 1"), AGED_1_TO_4("1 to 4"), AGED_5_TO_9("5 to 9"), AGED_10_TO_15("10 to 15"), AGED_16_AND_OVER("16 and over");

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    public static AgeBand of(int age) {
        return age < 1 ? UNDER_1 : age < 5 ? AGED_1_TO_4 : age < 10 ? AGED_5_TO_9 : age < 16 ? AGED_10_TO_15 : AGED_16_AND_OVER;
    }

    /** The band of someone born on {@code dateOfBirth}, on {@code day}. */
    public static AgeBand on(LocalDate dateOfBirth, LocalDate day) {
        return of(Period.between(dateOfBirth, day).getYears());
    }

    static AgeBand ofLabel(String label) {
        for (AgeBand band : values()) {
            if (band.label.equals(label)) {
                return band;
            }
        }
        throw new IllegalArgumentException("No age band " + label);
    }

    /** The youngest and oldest whole ages in the band (16 and over runs to 17, the last year in care). */
    private int[] ages() {
        return switch (this) {
            case UNDER_1 -> new int[] {0, 0};
            case AGED_1_TO_4 -> new int[] {1, 4};
            case AGED_5_TO_9 -> new int[] {5, 9};
            case AGED_10_TO_15 -> new int[] {10, 15};
            case AGED_16_AND_OVER -> new int[] {16, 17};
        };
    }

    /**
     * For each band after Under 1, youngest first, the latest date of birth of a child in it or an older band on
     * {@code day}: a query finds a child's band as the number of these on or after the child's date of birth, without
     * working out an age for every child. Born on or before {@code day} minus n years is exactly "n or older" as
     * {@link #on} counts years (a child born on 29 February is n on 1 March in a year that has none). A child the
     * records make not yet born on the day (a date of birth a later return corrected) is under 1, as {@link #on} has it.
     */
    static List<LocalDate> latestBirthDatesAfterUnder1(LocalDate day) {
        return Arrays.stream(values()).skip(1).map(band -> day.minusYears(band.ages()[0])).toList();
    }

    /** Whether a terms-of-approval range (null ends open) covers any age in the band. */
    boolean overlaps(Integer ageMin, Integer ageMax) {
        int[] ages = ages();
        return (ageMin == null || ageMin <= ages[1]) && (ageMax == null || ageMax >= ages[0]);
    }

    public String label() {
        return label;
    }
}
