package org.fostergraph.matching;

import org.fostergraph.care.PlaceKind;
import org.fostergraph.geo.GeoPoint;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.stream.DoubleStream;

import org.fostergraph.care.Provision;
import org.fostergraph.care.WeeklyCosts;

/**
 * The placement officer's rules, as one function of a request and a household: first the hard filters
 * (the first that fails excludes the household, named), then the ranking, every part of it explained.
 */
final class MatchRules {

    private static final Set<Provision> FOSTERING = EnumSet.of(Provision.IN_HOUSE_FOSTERING, Provision.CONNECTED_PERSON,
            Provision.IFA_FOSTERING, Provision.OTHER_LA);

    private final MatchingProperties properties;

    private final WeeklyCosts costs;

    /** {@link WeeklyCosts#dearestFull}, once: every candidate's cost part is scored against it. */
    private final double dearestFull;

    MatchRules(MatchingProperties properties, WeeklyCosts costs) {
        this.costs = costs;
        this.properties = properties;
        this.dearestFull = costs.dearestFull();
    }

    /** The rule a household fails, or null when it can take the group. */
    ExcludedCandidate exclusion(MatchRequest request, HouseholdFacts h, double homeMiles) {
        return exclusion(request, h, homeMiles, true);
    }

    /**
     * The first of the rules, those that judge a household's {@link ApprovalTerms} alone (who it is, where, its status,
     * kind and terms of approval), in their order: the rule one of them excludes it by, or null when its terms let it
     * take the group and the rules on who lives there today ({@link #exclusion}) decide. Every rule here comes before
     * every rule on occupancy, so a household these exclude is excluded by the same rule whatever its occupancy.
     */
    ExcludedCandidate termsExclusion(MatchRequest request, ApprovalTerms h, double homeMiles, boolean explain) {
        int group = request.children().size();
        if (h.id().equals(request.currentHouseholdId())) {
            return excluded(h, "CURRENT_HOME", () -> "The child lives here now.", homeMiles, explain);
        }
        if (request.avoidHouseholdIds().contains(h.id())) {
            return excluded(h, "PLACE_TO_AVOID", () -> "This household is on the child's list of places to avoid.", homeMiles, explain);
        }
        if (h.localityId() != null && request.avoidLocalityIds().contains(h.localityId())) {
            return excluded(h, "PLACE_TO_AVOID", () -> "The household is in locality " + h.localityId()
                    + ", which the child must avoid.", homeMiles, explain);
        }
        if (h.postcodeSector() != null && request.avoidPostcodeSectors().contains(h.postcodeSector())) {
            return excluded(h, "PLACE_TO_AVOID", () -> "The household is in postcode sector " + h.postcodeSector()
                    + ", which the child must avoid.", homeMiles, explain);
        }
        if (homeMiles > request.maxDistanceMiles()) {
            return excluded(h, "TOO_FAR", () -> miles(homeMiles) + " miles from home, beyond the " + limit(request.maxDistanceMiles())
                    + "-mile limit of this search.", homeMiles, explain);
        }
        if (!"APPROVED".equals(h.status())) {
            return excluded(h, "NOT_APPROVED", () -> "The household is " + h.status().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + ", not approved.", homeMiles, explain);
        }
        if (h.provision() == Provision.CONNECTED_PERSON) {
            return excluded(h, "CONNECTED_PERSON_ONLY", () -> "Connected-person carers are approved only for the children they "
                    + "are family or friends of.", homeMiles, explain);
        }
        if (request.approvalType() != null && !h.approvalTypes().contains(request.approvalType())) {
            return excluded(h, "APPROVAL_TYPE", () -> "Not approved for " + words(request.approvalType()) + " care (approved for "
                    + h.approvalTypes().stream().map(MatchRules::words).toList() + ").", homeMiles, explain);
        }
        for (MatchRequest.Subject child : request.children()) {
            if ((h.ageMin() != null && child.age() < h.ageMin()) || (h.ageMax() != null && child.age() > h.ageMax())) {
                return excluded(h, "AGE_OUTSIDE_TERMS", () -> "Approved for ages " + h.ageMin() + " to " + h.ageMax()
                        + (group == 1 ? "; the child is " + child.age() + "." : "; one of the children is " + child.age() + "."),
                        homeMiles, explain);
            }
        }
        return null;
    }

    /**
     * As {@link #exclusion(MatchRequest, HouseholdFacts, double)}; unexplained ({@code explain} false), the detail is
     * left null, for a caller that shows the rule alone: the step-down plan judges every household within reach of
     * every child of a council, and its sentences were most of that work.
     */
    ExcludedCandidate exclusion(MatchRequest request, HouseholdFacts h, double homeMiles, boolean explain) {
        ExcludedCandidate byTerms = termsExclusion(request, h, homeMiles, explain);
        if (byTerms != null) {
            return byTerms;
        }
        int group = request.children().size();
        int vacancies = h.vacanciesFor(request.childIds());
        if (vacancies < group) {
            return excluded(h, "NO_VACANCY", () -> vacancies + " place(s) free for " + group + " child(ren)"
                    + (h.hub() ? "; a hub's two sleepover beds are never offered for placements." : "."), homeMiles, explain);
        }
        if (FOSTERING.contains(h.provision()) && h.openPlacements() + group > properties.fosterChildLimit()) {
            return excluded(h, "FOSTER_CHILD_LIMIT", () -> h.openPlacements() + " foster child(ren) there already; "
                    + group + " more would pass the limit of " + properties.fosterChildLimit() + ".", homeMiles, explain);
        }
        if (h.bedrooms() != null && roomsNeeded(request, h) > h.bedrooms()) {
            return excluded(h, "BEDROOMS", () -> h.bedrooms() + " bedroom(s) for children; " + roomsNeeded(request, h)
                    + " needed, as each child over 3 has their own room"
                    + (request.sharingAgreed() ? " (the siblings may share)." : " unless sharing is agreed."), homeMiles, explain);
        }
        String risk = riskConflict(request, h);
        if (risk != null) {
            return excluded(h, "RISK", () -> risk, homeMiles, explain);
        }
        return null;
    }

    /**
     * The most points {@link #rank} could give a home for this request: each of its parts at its best (the council's
     * own carer at the child's address and school, in their locality, meeting every need, speaking a language of
     * theirs and sharing their religion, in a constellation, at the cheapest all-in cost). The scale officers read a
     * score on; a part the request cannot earn (no school given, no religion) is not counted.
     */
    double scoreOutOf(MatchRequest request) {
        MatchingProperties.Weights w = properties.weights();
        double best = w.councilCarer() + w.homeDistance() + w.constellation();
        if (request.school() != null) {
            best += w.schoolDistance() + w.schoolContinuity();
        }
        if (request.homeLocalityId() != null) {
            best += w.sameLocality();
        }
        best += w.needMet() * neededSkills(request).size();
        if (!request.languages().isEmpty()) {
            best += w.language();
        }
        if (request.religion() != null) {
            best += w.religion();
        }
        // The cheapest of every kind of home a match may offer (MatchingRepository.offered, external ones included).
        double cheapest = MatchingRepository.offered(true).stream().map(Provision::valueOf)
                .mapToDouble(costs::fullOf).min().orElse(0);
        best += w.cost() * Math.max(0, 1 - cheapest / dearestFull);
        return round(best);
    }

    /** The children's needs, each once: each a home meets earns its points. */
    private static Set<String> neededSkills(MatchRequest request) {
        Set<String> needs = new LinkedHashSet<>();
        request.children().forEach(child -> needs.addAll(child.needs()));
        return needs;
    }

    MatchCandidate rank(MatchRequest request, HouseholdFacts h, double homeMiles, Double schoolMiles) {
        return rank(request, h, homeMiles, schoolMiles, null, true);
    }

    MatchCandidate rank(MatchRequest request, HouseholdFacts h, double homeMiles, Double schoolMiles, Double offeredWeeklyCost) {
        return rank(request, h, homeMiles, schoolMiles, offeredWeeklyCost, true);
    }

    /**
     * As {@link #rank(MatchRequest, HouseholdFacts, double, Double)}, with the weekly cost a provider offered for the
     * whole group in place of the kind of home's unit cost: an offer is all-in, so it is both what is paid out and the
     * full cost. Unexplained ({@code explain} false), each part's detail is left null: for ordering many candidates of
     * which only the best few are shown, each then ranked again explained.
     */
    MatchCandidate rank(MatchRequest request, HouseholdFacts h, double homeMiles, Double schoolMiles, Double offeredWeeklyCost,
            boolean explain) {
        List<ScorePart> parts = new ArrayList<>();
        scoreParts(request, h, homeMiles, schoolMiles, offeredWeeklyCost,
                (factor, points, detail) -> parts.add(part(factor, points, detail, explain)));
        double score = round(parts.stream().mapToDouble(ScorePart::points).sum());
        List<String> flags = new ArrayList<>();
        if (homeMiles > properties.farMiles()) {
            flags.add("More than " + limit(properties.farMiles()) + " miles from home: needs the Director of Children's Services' approval.");
        }
        if (h.localityId() == null) {
            flags.add("Outside the council's boundary.");
        }
        return new MatchCandidate(h.id(), score, round(homeMiles), schoolMiles == null ? null : round(schoolMiles),
                round(weeklyCost(request, h, offeredWeeklyCost)), round(fullWeeklyCost(request, h, offeredWeeklyCost)),
                h.provision().isInternal(), PreferenceTier.of(h.provision(), h.approvalTypes()), List.copyOf(parts),
                List.copyOf(flags), PlaceKind.codeFor(h.provision(), request.approvalType()).orElse(null));
    }

    /**
     * The score {@link #rank} gives an in-house home (no offered cost), without its parts, its flags or its record: the
     * same parts, each rounded, summed in the same order by the same compensated sum, so the same double. For choosing
     * the best few of many homes, each of which is then ranked.
     */
    double score(MatchRequest request, HouseholdFacts h, double homeMiles, Double schoolMiles) {
        DoubleStream.Builder points = DoubleStream.builder();
        scoreParts(request, h, homeMiles, schoolMiles, null, (factor, part, detail) -> points.add(round(part)));
        return round(points.build().sum());
    }

    /** Where each part of a score goes: kept with its explanation by {@link #rank}, summed by {@link #score}. */
    @FunctionalInterface
    private interface ScoreParts {
        void add(String factor, double points, Supplier<String> detail);
    }

    /** The parts of a household's score for the group, in the order a score lists them: every scoring rule, once. */
    private void scoreParts(MatchRequest request, HouseholdFacts h, double homeMiles, Double schoolMiles,
            Double offeredWeeklyCost, ScoreParts parts) {
        MatchingProperties.Weights w = properties.weights();
        double max = request.maxDistanceMiles();
        PreferenceTier tier = PreferenceTier.of(h.provision(), h.approvalTypes());
        parts.add("S22C_ORDER", 0, () -> tier.explanation() + (tier == PreferenceTier.CHILDRENS_HOME
                && request.childrensHomeReason() != null ? " Ranked among foster carers for the reason given: "
                        + request.childrensHomeReason() : ""));
        if (tier == PreferenceTier.COUNCIL_FOSTER_CARER || tier == PreferenceTier.CONNECTED_PERSON) {
            parts.add("COUNCIL_CARER", w.councilCarer(), () -> "The council's own foster carer, preferred to an agency's.");
        }
        parts.add("HOME_DISTANCE", w.homeDistance() * Math.max(0, 1 - homeMiles / max),
                () -> miles(homeMiles) + " miles from home.");
        if (schoolMiles != null) {
            parts.add("SCHOOL_DISTANCE", w.schoolDistance() * Math.max(0, 1 - schoolMiles / max),
                    () -> miles(schoolMiles) + " miles from school.");
            if (schoolMiles <= properties.schoolRunMiles()) {
                parts.add("SCHOOL_CONTINUITY", w.schoolContinuity(), () -> "Within " + limit(properties.schoolRunMiles())
                        + " miles of school: the child can stay at it.");
            }
        }
        if (request.homeLocalityId() != null && request.homeLocalityId().equals(h.localityId())) {
            parts.add("SAME_LOCALITY", w.sameLocality(), () -> "In the child's home locality.");
        }
        for (String need : neededSkills(request)) {
            if (h.skills().contains(need) || h.approvalTypes().contains(need)) {
                parts.add("NEED_MET", w.needMet(), () -> "The carers are skilled or approved for " + words(need) + ".");
            }
        }
        request.languages().stream().filter(h.languages()::contains).findFirst().ifPresent(language ->
                parts.add("LANGUAGE", w.language(), () -> "The carers speak " + language + "."));
        if (request.religion() != null && request.religion().equalsIgnoreCase(h.religion())) {
            parts.add("RELIGION", w.religion(), () -> "The carers share the child's religion (" + h.religion() + ").");
        }
        if (h.constellationId() != null) {
            // Named as the fostering team names it, with the id the pages and the API use.
            parts.add("CONSTELLATION", w.constellation(), () -> "A member of " + h.constellationName() + " ("
                    + h.constellationId() + "), a Mockingbird constellation: hub support and sleepovers.");
        }
        double weeklyCost = weeklyCost(request, h, offeredWeeklyCost);
        double fullWeeklyCost = fullWeeklyCost(request, h, offeredWeeklyCost);
        // Scored on the all-in cost, so that the council's own carers are not flattered by a bare fee, against the
        // dearest provision, so that every band of cost scores differently (an agency family above a private home).
        double dearest = dearestFull * request.children().size();
        parts.add("COST", w.cost() * Math.max(0, 1 - fullWeeklyCost / dearest), () -> "£" + money(fullWeeklyCost)
                + (offeredWeeklyCost != null ? " a week as offered" : " a week all-in") + (fullWeeklyCost == weeklyCost ? "" : " (£" + money(weeklyCost) + " paid out)")
                + ", against £" + money(dearest) + " for the dearest kind of home.");
    }

    /** What the council would pay out a week for the group there: a provider's offer is all-in. */
    private double weeklyCost(MatchRequest request, HouseholdFacts h, Double offeredWeeklyCost) {
        return offeredWeeklyCost != null ? offeredWeeklyCost : costs.of(h.provision()) * request.children().size();
    }

    /** The same with the council's overheads on its own provision. */
    private double fullWeeklyCost(MatchRequest request, HouseholdFacts h, Double offeredWeeklyCost) {
        return offeredWeeklyCost != null ? offeredWeeklyCost : costs.fullOf(h.provision()) * request.children().size();
    }

    /**
     * Best first: the s22C order of preference before the score (a score never lifts a household over a better kind of
     * placement), except that a children's home ranks among foster carers when the request gives the reason only a
     * home can meet the child's needs; then the score, highest first.
     */
    static Comparator<MatchCandidate> bestFirst(MatchRequest request) {
        return bestFirst(request, MatchCandidate::preference, MatchCandidate::score);
    }

    /** {@link #bestFirst(MatchRequest)} over anything that has a tier and a score. */
    static <T> Comparator<T> bestFirst(MatchRequest request, Function<T, PreferenceTier> preference, ToDoubleFunction<T> score) {
        return tierThenScore(candidate -> rankedAs(preference.apply(candidate), request), score);
    }

    /** The s22C order of preference, then the score, highest first: the one ranking every best-first order uses. */
    static <T> Comparator<T> tierThenScore(Function<T, PreferenceTier> tier, ToDoubleFunction<T> score) {
        return Comparator.<T>comparingInt(candidate -> tier.apply(candidate).ordinal())
                .thenComparing(Comparator.comparingDouble(score).reversed());
    }

    private static PreferenceTier rankedAs(PreferenceTier tier, MatchRequest request) {
        return tier == PreferenceTier.CHILDRENS_HOME && request.childrensHomeReason() != null
                ? PreferenceTier.OTHER_FOSTER_CARER : tier;
    }

    /**
     * What a household has room for before a step-down plan sends it anyone: the same places, foster-child limit and
     * bedroom rules as {@link #exclusion}, as capacities the plan's children share. Bedrooms count in halves (a child
     * over 3 takes a room, younger ones two to a room), which for whole bedrooms is exactly {@link #countRooms}.
     */
    StepDownPlanner.Capacity capacity(HouseholdFacts h) {
        // Every live hold counts here: the plan gives a child their own held place back through its options.
        int places = h.vacanciesFor(List.of());
        Integer moreFosterChildren = FOSTERING.contains(h.provision()) ? properties.fosterChildLimit() - h.openPlacements() : null;
        Integer halfRooms = h.bedrooms() == null ? null : 2 * h.bedrooms() - halfRooms(h.childrenAges());
        return new StepDownPlanner.Capacity(places, moreFosterChildren, halfRooms);
    }

    /** Bedrooms these children need, in halves, with no sharing agreed. */
    static int halfRooms(List<Integer> ages) {
        return ages.stream().mapToInt(age -> age > 3 ? 2 : 1).sum();
    }

    private int roomsNeeded(MatchRequest request, HouseholdFacts h) {
        List<Integer> ages = new ArrayList<>(h.childrenAges());
        if (request.sharingAgreed()) {
            // Siblings who may share take one room between them.
            return countRooms(ages) + 1;
        }
        request.children().forEach(child -> ages.add(child.age()));
        return countRooms(ages);
    }

    /** Children over 3 have a room each; younger ones share, two to a room. */
    private static int countRooms(List<Integer> ages) {
        long older = ages.stream().filter(age -> age > 3).count();
        long younger = ages.size() - older;
        return (int) (older + (younger + 1) / 2);
    }

    private static String riskConflict(MatchRequest request, HouseholdFacts h) {
        if (request.risks().isEmpty() || h.childrenAges().isEmpty()) {
            return null;
        }
        int youngest = request.children().stream().mapToInt(MatchRequest.Subject::age).min().orElse(0);
        int eldest = request.children().stream().mapToInt(MatchRequest.Subject::age).max().orElse(0);
        if (request.risks().contains(MatchRequest.Risk.ONLY_CHILD)) {
            return "The child must be the only foster child, and " + h.childrenAges().size() + " live(s) here.";
        }
        if (request.risks().contains(MatchRequest.Risk.NO_YOUNGER_CHILDREN)
                && h.childrenAges().stream().anyMatch(age -> age < youngest)) {
            return "The child must not live with younger children, and a younger child lives here.";
        }
        if (request.risks().contains(MatchRequest.Risk.NO_OLDER_CHILDREN)
                && h.childrenAges().stream().anyMatch(age -> age > eldest)) {
            return "The child must not live with older children, and an older child lives here.";
        }
        return null;
    }

    private static ExcludedCandidate excluded(ApprovalTerms h, String rule, Supplier<String> detail, double homeMiles,
            boolean explain) {
        return new ExcludedCandidate(h.id(), rule, explain ? detail.get() : null, round(homeMiles));
    }

    private static ScorePart part(String factor, double points, Supplier<String> detail, boolean explain) {
        return new ScorePart(factor, round(points), explain ? detail.get() : null);
    }

    /**
     * To one decimal place, a half rounded away from zero, as the value reads in decimal (so 1.45 is 1.5, though the
     * double nearest 1.45 is a little below it). Away from a half the nearest tenth is the same whichever way the value
     * is read, and is found in arithmetic; within 10⁻⁷ of a half-tenth, and for values of a million or more,
     * {@link BigDecimal} decides. Matching rounds every score part of every household within reach, so this is a large
     * part of a step-down plan's work.
     */
    static double round(double value) {
        if (Math.abs(value) < 1e6) {
            double tenths = value * 10;
            if (Math.abs(tenths - Math.floor(tenths) - 0.5) > 1e-6) {
                return Math.round(tenths) / 10.0;
            }
        }
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    private static String miles(double miles) {
        return BigDecimal.valueOf(miles).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** A configured distance as people write it: 20, 2.5. */
    private static String limit(double miles) {
        return BigDecimal.valueOf(miles).stripTrailingZeros().toPlainString();
    }

    private static String money(double pounds) {
        return BigDecimal.valueOf(pounds).setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    private static String words(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
