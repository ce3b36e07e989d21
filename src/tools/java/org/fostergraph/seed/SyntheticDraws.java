package org.fostergraph.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.fostergraph.care.Provision;

/**
 * The draws the demo council and the national graph share, so that both describe foster carers, children and weekly
 * costs alike. Each takes the caller's random stream and draws from it in a fixed order: the demo council's files stay
 * the same for the same seed.
 */
final class SyntheticDraws {

    /** A mainstream foster carer's terms of approval and household, for the places they are approved for. */
    record FosteringTerms(int ageMin, int ageMax, List<String> approvalTypes, int bedrooms, boolean pets,
            List<String> skills, List<String> languages) {
    }

    private static final List<String> SECOND_LANGUAGES = List.of("Punjabi", "Urdu", "Polish", "Bengali", "Arabic");

    private SyntheticDraws() {
    }

    static FosteringTerms fosteringTerms(Random random, int approvedPlaces) {
        int band = random.nextInt(10);
        int ageMin = band < 4 ? 0 : band < 7 ? 5 : band < 9 ? 0 : 11;
        int ageMax = band < 4 ? 18 : band < 7 ? 18 : band < 9 ? 11 : 18;
        List<String> types = new ArrayList<>(List.of("SHORT_TERM"));
        if (random.nextDouble() < 0.7) {
            types.add("LONG_TERM");
        }
        if (random.nextDouble() < 0.35) {
            types.add("EMERGENCY");
        }
        if (random.nextDouble() < 0.25) {
            types.add("RESPITE");
        }
        if (random.nextDouble() < 0.06) {
            types.add("PARENT_AND_CHILD");
        }
        if (random.nextDouble() < 0.12) {
            types.add("DISABILITY");
        }
        int bedrooms = approvedPlaces + (random.nextDouble() < 0.4 ? 1 : 0);
        boolean pets = random.nextDouble() < 0.35;
        List<String> skills = new ArrayList<>();
        if (types.contains("DISABILITY")) {
            skills.add("DISABILITY");
        }
        if (random.nextDouble() < 0.15) {
            skills.add("THERAPEUTIC");
        }
        List<String> languages = random.nextDouble() < 0.12
                ? List.of("English", SECOND_LANGUAGES.get(random.nextInt(SECOND_LANGUAGES.size())))
                : List.of("English");
        return new FosteringTerms(ageMin, ageMax, List.copyOf(types), bedrooms, pets, List.copyOf(skills), languages);
    }

    /** A child's needs, by their age on the day the data describes. */
    static List<String> needs(Random random, int age) {
        List<String> needs = new ArrayList<>();
        if (random.nextDouble() < 0.08) {
            needs.add("DISABILITY");
        }
        if (random.nextDouble() < 0.12 && age >= 5) {
            needs.add("THERAPEUTIC");
        }
        if (random.nextDouble() < 0.15 && age >= 4) {
            needs.add("EDUCATION_SUPPORT");
        }
        return List.copyOf(needs);
    }

    /** Weekly cost per child from facts.md, varied by age and need (a disabled child's foster carers are paid more). */
    static double weeklyCost(Random random, Provision provision, int age, List<?> needs) {
        double base = switch (provision) {
            case IN_HOUSE_FOSTERING -> age < 5 ? 360 : age < 11 ? 396 : age < 16 ? 440 : 470;
            case CONNECTED_PERSON -> age < 11 ? 300 : 340;
            case IFA_FOSTERING -> 780 + random.nextInt(9) * 10;
            case OTHER_LA -> 700 + random.nextInt(6) * 10;
            case IN_HOUSE_RESIDENTIAL -> 4300;
            case PRIVATE_RESIDENTIAL -> random.nextDouble() < 0.1 ? 10_500 + random.nextInt(5) * 250 : 3830 + random.nextInt(12) * 200;
            case VOLUNTARY_RESIDENTIAL -> 3600 + random.nextInt(8) * 100;
            case SUPPORTED_ACCOMMODATION -> 1400 + random.nextInt(9) * 100;
            case PARENTS -> 150;
            case OTHER -> throw new IllegalArgumentException("The synthetic data places no child in " + provision);
        };
        if (needs.contains("DISABILITY") && (provision == Provision.IN_HOUSE_FOSTERING || provision == Provision.IFA_FOSTERING)) {
            base += 150;
        }
        return base;
    }
}
