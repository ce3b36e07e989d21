package org.fostergraph.report;

/** The DfE's age bands for children looked after. */
enum AgeBand {
    UNDER_1("Under 1"), AGED_1_TO_4("1 to 4"), AGED_5_TO_9("5 to 9"), AGED_10_TO_15("10 to 15"), AGED_16_AND_OVER("16 and over");

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    static AgeBand of(int age) {
        return age < 1 ? UNDER_1 : age < 5 ? AGED_1_TO_4 : age < 10 ? AGED_5_TO_9 : age < 16 ? AGED_10_TO_15 : AGED_16_AND_OVER;
    }

    String label() {
        return label;
    }
}
