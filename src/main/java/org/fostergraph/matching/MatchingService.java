package org.fostergraph.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.fostergraph.security.Scope;
import org.fostergraph.care.Distances;
import org.fostergraph.care.PlaceKind;
import org.fostergraph.care.WeeklyCosts;
import org.fostergraph.child.Child;
import org.fostergraph.child.ChildService;
import org.fostergraph.geo.GeoPoint;
import org.fostergraph.geo.PostcodeSector;
import org.fostergraph.geo.PostcodeSectorService;
import org.fostergraph.api.paging.Connection;
import org.fostergraph.api.errors.InvalidArgumentException;
import org.fostergraph.api.errors.NotFoundException;
import org.fostergraph.api.paging.PageRequest;
import org.fostergraph.care.Provision;
import org.fostergraph.placement.Placement;
import org.fostergraph.placement.PlacementService;
import org.fostergraph.neo4j.BatchResults;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds homes for a child, a referral or a sibling group: the households within reach (the caller's councils'
 * households of the kinds a match may offer), then the hard rules and the ranking of {@link MatchRules}. Two queries
 * whatever the number of candidates: the households within reach, then the facts about all of them.
 */
@Service
@Transactional(readOnly = true)
public class MatchingService {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MatchingService.class);

    /** External placements a council most wants to bring home (DfE: IFA fostering and private children's homes). */
    static final Set<Provision> HIGH_COST = EnumSet.of(Provision.IFA_FOSTERING, Provision.PRIVATE_RESIDENTIAL,
            Provision.VOLUNTARY_RESIDENTIAL);
    static final int MAX_CANDIDATES = 100;
    /** How many of a child's own matches the step-down plan shows beside the home it gives them. */
    static final int COULD_MOVE_TO = 5;
    static final String ASKED = "ASKED";
    static final String CURRENT_PLACEMENT = "CURRENT_PLACEMENT";
    static final String URGENCY = "URGENCY";
    static final String ANY = "ANY";
    private static final double WEEKS_A_YEAR = 52;

    /** The nearest first by exact distance, then by id: the order ties keep in {@link #evaluate}. */
    private static final Comparator<MatchingRepository.Reach> NEAREST_FIRST = Comparator
            .comparingDouble(MatchingRepository.Reach::homeMetres).thenComparing(MatchingRepository.Reach::householdId);

    private final MatchingRepository matching;
    private final ChildService children;
    private final PlacementService placements;
    private final PostcodeSectorService sectors;
    private final MatchingProperties properties;
    private final MatchRules rules;
    private final Clock clock;

    MatchingService(MatchingRepository matching, ChildService children, PlacementService placements, PostcodeSectorService sectors,
            MatchingProperties properties, WeeklyCosts costs, Clock clock) {
        this.matching = matching;
        this.children = children;
        this.placements = placements;
        this.sectors = sectors;
        this.properties = properties;
        this.rules = new MatchRules(properties, costs);
        this.clock = clock;
    }

    /** Matches for {@code group}: the child asked about, then the brothers and sisters to live with them ({@link #groupIds}). */
    public MatchResult matchesForChild(Scope scope, List<Child> group, MatchInputs.MatchOptions options) {
        MatchRequest request = requestForChild(group, options);
        return match(scope, request, limit(options.first()));
    }

    /** The child asked about first, then each brother or sister named once (the child among them is the child). */
    static List<String> groupIds(String childId, List<String> siblingIds) {
        Set<String> group = new LinkedHashSet<>(List.of(childId));
        group.addAll(siblingIds == null ? List.of() : siblingIds);
        return List.copyOf(group);
    }

    public MatchResult matchesForReferral(Scope scope, MatchInputs.Referral referral, MatchInputs.MatchOptions options) {
        MatchInputs.MatchOptions given = options == null ? MatchInputs.MatchOptions.NONE : options;
        LocalDate today = LocalDate.now(clock);
        if (referral.children() == null || referral.children().isEmpty()) {
            throw new InvalidArgumentException("children", "[]", "a referral names at least one child");
        }
        List<MatchRequest.Subject> subjects = new ArrayList<>();
        for (MatchInputs.ReferralChild child : referral.children()) {
            int age;
            if (child.dateOfBirth() != null) {
                if (child.dateOfBirth().isAfter(today)) {
                    throw new InvalidArgumentException("dateOfBirth", child.dateOfBirth(), "a date of birth is not after today");
                }
                age = java.time.Period.between(child.dateOfBirth(), today).getYears();
            }
            else if (child.age() != null && child.age() >= 0 && child.age() <= 25) {
                age = child.age();
            }
            else {
                throw new InvalidArgumentException("age", child.age(), "give each child's dateOfBirth or age (0 to 25)");
            }
            subjects.add(new MatchRequest.Subject(age, child.sex(), child.needs() == null ? List.of() : child.needs()));
        }
        GeoPoint home = locate(scope, "homeLocation", referral.homeLocation(), "homePostcodeSector", referral.homePostcodeSector());
        if (home == null) {
            throw new InvalidArgumentException("homeLocation", null, "give the home's location or postcode sector");
        }
        GeoPoint school = locate(scope, "schoolLocation", referral.schoolLocation(), "schoolPostcodeSector",
                referral.schoolPostcodeSector());
        String approvalType = given.approvalType() != null ? given.approvalType()
                : referral.placementType() != null ? referral.placementType()
                : "EMERGENCY".equals(referral.urgency()) ? "EMERGENCY" : null;
        String approvalTypeSource = given.approvalType() != null || referral.placementType() != null ? ASKED
                : approvalType != null ? URGENCY : ANY;
        MatchRequest request = new MatchRequest(List.of(), subjects, home, school, referral.homeLocalityId(), approvalType,
                approvalTypeSource,
                union(referral.languages(), given.languages()), referral.religion() != null ? referral.religion() : given.religion(),
                risks(referral.risks(), given.risks()), set(referral.avoidHouseholdIds(), given.avoidHouseholdIds()),
                set(referral.avoidLocalityIds(), given.avoidLocalityIds()),
                set(referral.avoidPostcodeSectors(), given.avoidPostcodeSectors()),
                Boolean.TRUE.equals(referral.sharingAgreed()) || Boolean.TRUE.equals(given.sharingAgreed()), null,
                maxDistance(given), Boolean.TRUE.equals(given.includeExternal()), childrensHomeReason(given));
        return match(scope, request, limit(given.first()));
    }

    /**
     * These children to be placed together (the first leads: distances are from their home), read once, for
     * {@link #externalHomesThatFit} and {@link #assessHomes(MatchRequest, Map)} to judge homes for in one request.
     *
     * @param approvalType the kind of care asked for, or null for the lead child's current kind
     */
    public MatchRequest groupToPlace(List<String> childIds, String approvalType, List<String> risks, Double maxDistanceMiles) {
        return requestForGroup(childIds, approvalType, risks, maxDistanceMiles, true);
    }

    /**
     * The external homes (agencies', other councils', private and voluntary) that pass every hard rule for a group to
     * place ({@link #groupToPlace}), best first: who a referral could go to. The answer keeps what was read to judge
     * every home within reach, so that {@link #assessHomes(MatchRequest, Map, HomesWithinReach)} judges those homes again
     * (with a vacancy, say) without reading them a second time.
     */
    public HomesWithinReach externalHomesThatFit(Scope scope, MatchRequest group) {
        List<MatchingRepository.Reach> reach = withinReach(scope, group);
        Map<String, ApprovalTerms> read = householdsToJudge(group, reach);
        int first = MAX_CANDIDATES * 10;
        List<MatchCandidate> fit = evaluate(group, reach, read, first, true).candidates().stream().limit(first)
                .filter(candidate -> !candidate.internal()).toList();
        return new HomesWithinReach(group, fit, BatchResults.index(reach, MatchingRepository.Reach::householdId), read);
    }

    /**
     * The external homes that fit a group ({@link #externalHomesThatFit}), and each home within reach as it was read to
     * judge it: its distances, and its whole facts or, where they rule it out, its terms alone. It holds for that group
     * only (its distances are from the lead child's home).
     */
    public static final class HomesWithinReach {

        /** Nothing read yet: every home is read when it is judged. */
        public static final HomesWithinReach NONE = new HomesWithinReach(null, List.of(), Map.of(), Map.of());

        private final MatchRequest group;

        private final List<MatchCandidate> externalThatFit;

        private final Map<String, MatchingRepository.Reach> reach;

        private final Map<String, ApprovalTerms> read;

        private HomesWithinReach(MatchRequest group, List<MatchCandidate> externalThatFit,
                Map<String, MatchingRepository.Reach> reach, Map<String, ApprovalTerms> read) {
            this.group = group;
            this.externalThatFit = externalThatFit;
            this.reach = reach;
            this.read = read;
        }

        /** The external homes that pass every hard rule, best first. */
        public List<MatchCandidate> externalThatFit() {
            return externalThatFit;
        }
    }

    /**
     * A home to judge: at the weekly cost a provider offered for the whole group (null: the home's kind's cost), and with
     * the places its provider says will be free (a published vacancy; null: the places free today).
     */
    public record HomeToJudge(String householdId, Double offeredWeeklyCost, Integer placesFree) {

        public static HomeToJudge today(String householdId, Double offeredWeeklyCost) {
            return new HomeToJudge(householdId, offeredWeeklyCost, null);
        }
    }

    /**
     * How each named home stands for these children placed together, as {@link #externalHomesThatFit} judges them, by the
     * caller's key: scored at the cost given for it, and with the places given free when its provider said more would be
     * free than are today (nothing held or out of use then; every other rule as today). In one statement for the distances
     * and one for the facts, however many homes.
     */
    public Map<String, HomeAssessment> assessHomes(List<String> childIds, String approvalType, List<String> risks,
            Double maxDistanceMiles, Map<String, HomeToJudge> homes) {
        return homes.isEmpty() ? Map.of() : assessHomes(groupToPlace(childIds, approvalType, risks, maxDistanceMiles), homes);
    }

    /** The same, for a group already read ({@link #groupToPlace}). */
    public Map<String, HomeAssessment> assessHomes(MatchRequest request, Map<String, HomeToJudge> homes) {
        return assessHomes(request, homes, HomesWithinReach.NONE);
    }

    /**
     * The same, reading only the homes not already read for this group when its homes within reach were judged
     * ({@link #externalHomesThatFit}).
     */
    public Map<String, HomeAssessment> assessHomes(MatchRequest request, Map<String, HomeToJudge> homes,
            HomesWithinReach alreadyRead) {
        if (alreadyRead.group != null && alreadyRead.group != request) {
            throw new IllegalArgumentException("The homes within reach were read for another group");
        }
        if (homes.isEmpty()) {
            return Map.of();
        }
        Set<String> unread = homes.values().stream().map(HomeToJudge::householdId)
                .filter(householdId -> !alreadyRead.read.containsKey(householdId)).collect(Collectors.toSet());
        Map<String, ApprovalTerms> households = new HashMap<>(alreadyRead.read);
        Map<String, MatchingRepository.Reach> reaches = new HashMap<>(alreadyRead.reach);
        if (!unread.isEmpty()) {
            households.putAll(facts(unread));
            matching.distances(new MatchingRepository.Origin("request", request.home(), request.school()), unread)
                    .forEach(reach -> reaches.put(reach.householdId(), reach));
        }
        Map<String, HomeAssessment> assessments = new LinkedHashMap<>();
        homes.forEach((key, home) -> {
            MatchingRepository.Reach reach = reaches.get(home.householdId());
            ApprovalTerms household = households.get(home.householdId());
            if (reach != null && household != null) {
                assessments.put(key, judge(request, household, home, reach));
            }
        });
        return assessments;
    }

    /**
     * One home judged: the rule that excludes it, or its explained score (at the offered weekly cost, when given), with
     * the places given free when its provider said more would be free than are today. A home read with its terms alone
     * is excluded by them whatever its occupancy ({@link MatchRules#termsExclusion}).
     */
    private HomeAssessment judge(MatchRequest request, ApprovalTerms household, HomeToJudge home,
            MatchingRepository.Reach reach) {
        double homeMiles = reach.homeMetres() / Distances.METRES_PER_MILE;
        if (!(household instanceof HouseholdFacts today)) {
            return new HomeAssessment(reach.householdId(), null, Objects.requireNonNull(
                    rules.termsExclusion(request, household, homeMiles, true), "a household read with its terms alone"));
        }
        HouseholdFacts then = home.placesFree() == null || today.vacanciesFor(request.childIds()) >= home.placesFree() ? today
                : today.withPlacesFree(home.placesFree());
        ExcludedCandidate excluded = rules.exclusion(request, then, homeMiles);
        return excluded != null ? new HomeAssessment(reach.householdId(), null, excluded)
                : new HomeAssessment(reach.householdId(), rules.rank(request, then, homeMiles,
                        miles(reach.schoolMetres()), home.offeredWeeklyCost()), null);
    }

    /**
     * The council's own homes for these children placed together (the first leads), best first: as
     * {@link #matchesForChild} with the others as brothers and sisters, in-house only, for the kind of care asked.
     */
    public List<MatchCandidate> inHouseMatchesFor(Scope scope, List<String> childIds, String approvalType, List<String> risks,
            int first) {
        return match(scope, requestForGroup(childIds, approvalType, risks, null, false), limit(first)).candidates();
    }

    /** How far from a child's home a search looks unless it says otherwise. */
    public double defaultMaxDistanceMiles() {
        return properties.maxDistanceMiles();
    }

    /**
     * The request for children placed together, the first leading: as an officer's search with the others as siblings,
     * and who they can live alongside (a referral's risks, by name).
     */
    private MatchRequest requestForGroup(List<String> childIds, String approvalType, List<String> risks,
            Double maxDistanceMiles, boolean includeExternal) {
        List<MatchRequest.Risk> asked = risks == null ? null : risks.stream().map(MatchRequest.Risk::valueOf).toList();
        List<String> groupIds = groupIds(childIds.get(0), childIds.subList(1, childIds.size()));
        Map<String, Child> byId = children.findByIds(groupIds);
        List<Child> group = new ArrayList<>();
        for (String id : groupIds) {
            Child child = byId.get(id);
            if (child == null) {
                throw group.isEmpty() ? new NotFoundException("childId", id, "child") : new NotFoundException("siblingIds", id, "child");
            }
            group.add(child);
        }
        return requestForChild(group, new MatchInputs.MatchOptions(maxDistanceMiles, includeExternal, approvalType,
                asked, null, null, null, null, groupIds.subList(1, groupIds.size()), null, null, null, null));
    }

    public WhyNot whyNot(Child child, String householdId) {
        String childId = child.id();
        MatchRequest request = requestForChild(List.of(child), MatchInputs.MatchOptions.NONE);
        MatchingRepository.Reach reach = matching.distance(new MatchingRepository.Origin(childId, request.home(), request.school()),
                householdId);
        if (reach == null) {
            throw new NotFoundException("householdId", householdId, "household");
        }
        HouseholdFacts facts = matching.facts(List.of(householdId), LocalDate.now(clock), ZonedDateTime.now(clock)).get(0);
        double homeMiles = reach.homeMetres() / Distances.METRES_PER_MILE;
        ExcludedCandidate excluded = rules.exclusion(request, facts, homeMiles);
        if (excluded != null) {
            return new WhyNot(householdId, false, excluded.rule(), excluded.detail(), null);
        }
        MatchCandidate candidate = rules.rank(request, facts, homeMiles, miles(reach.schoolMetres()));
        return new WhyNot(householdId, true, null, "No rule excludes this household; it scores " + candidate.score() + ".",
                candidate);
    }

    /**
     * The step-down plan: the council's children in high-cost external placements, each sibling group living together
     * as one, matched as {@link #matchesForChild} matches them (in-house homes only, the kind of care they have now),
     * then assigned to homes by {@link StepDownPlanner} so that no place is used twice. The plan is always the whole
     * council's; a locality asks for its children's part of it.
     */
    public StepDown.Page stepDownOpportunities(Scope scope, String localityId, PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        List<MatchingRepository.ExternalPlacement> external = matching.placedWith(scope, HIGH_COST, today);
        List<StepDown.Exclusion> excluded = new ArrayList<>();
        List<List<MatchingRepository.ExternalPlacement>> movable = new ArrayList<>();
        for (List<MatchingRepository.ExternalPlacement> group : livingTogether(external)) {
            Map<String, String> staying = new LinkedHashMap<>();
            for (MatchingRepository.ExternalPlacement placement : group) {
                StepDown.Exclusion stays = reasonToStay(placement, today);
                if (stays != null) {
                    excluded.add(stays);
                    staying.put(placement.childId(), stays.reason());
                }
            }
            if (staying.isEmpty()) {
                movable.add(group);
                continue;
            }
            for (MatchingRepository.ExternalPlacement placement : group) {
                if (!staying.containsKey(placement.childId())) {
                    excluded.add(new StepDown.Exclusion(placement.childId(), placement.placementId(), "SIBLINGS_TOGETHER",
                            "Lives with " + describeStaying(staying) + " in the same home: brothers and sisters who live "
                                    + "together move together.", List.of()));
                }
            }
        }
        Map<String, List<MatchingRepository.Reach>> reachByGroup = matching.withinReach(scope, movable.stream()
                        .map(group -> new MatchingRepository.Origin(group.get(0).childId(), group.get(0).home(), group.get(0).school()))
                        .toList(), properties.maxDistanceMiles() * Distances.METRES_PER_MILE, false)
                .stream().collect(Collectors.groupingBy(MatchingRepository.Reach::key));
        Map<String, HouseholdFacts> facts = facts(reachByGroup.values().stream().flatMap(List::stream)
                .map(MatchingRepository.Reach::householdId).collect(Collectors.toSet()));

        List<StepDownPlanner.Unit> units = new ArrayList<>();
        Map<String, List<MatchingRepository.ExternalPlacement>> groupOf = new HashMap<>();
        Map<String, Shortlist> shortlistOf = new HashMap<>();
        for (List<MatchingRepository.ExternalPlacement> group : movable) {
            String lead = group.get(0).childId();
            MatchRequest request = stepDownRequest(group);
            // The plan shows a group's chosen home, one of its first planChoices, and the first COULD_MOVE_TO; of the
            // ruled-out homes only the nearest's rule.
            Shortlist shortlist = shortlist(request, reachByGroup.getOrDefault(lead, List.of()), facts,
                    Math.max(properties.planChoices(), COULD_MOVE_TO));
            List<MatchCandidate> candidates = shortlist.best();
            if (candidates.isEmpty()) {
                String nearest = shortlist.nearestExcluded() == null ? ""
                        : " (the nearest: " + shortlist.nearestExcluded().rule() + ")";
                group.forEach(placement -> excluded.add(new StepDown.Exclusion(placement.childId(), placement.placementId(),
                        "NO_IN_HOUSE_MATCH", "No in-house household within " + (int) properties.maxDistanceMiles()
                                + " miles can take " + (group.size() == 1 ? "the child" : "the brothers and sisters together")
                                + " now" + nearest + ".", List.of())));
                continue;
            }
            List<StepDownPlanner.Option> options = new ArrayList<>();
            for (MatchCandidate candidate : candidates.subList(0, Math.min(candidates.size(), properties.planChoices()))) {
                double saving = group.stream().mapToDouble(placement -> childSaving(placement, candidate.weeklyCost(), group.size())).sum();
                if (saving > 0) {
                    HouseholdFacts home = facts.get(candidate.householdId());
                    int ownHolds = (int) home.heldFor().stream().filter(request.childIds()::contains).count();
                    options.add(new StepDownPlanner.Option(candidate.householdId(), MatchRules.round(saving), candidate.score(), ownHolds));
                }
            }
            if (options.isEmpty()) {
                group.forEach(placement -> excluded.add(new StepDown.Exclusion(placement.childId(), placement.placementId(),
                        "NO_SAVING", "The current placement costs no more than its best in-house matches.", List.of())));
                continue;
            }
            units.add(new StepDownPlanner.Unit(lead, group.size(),
                    MatchRules.halfRooms(request.children().stream().map(MatchRequest.Subject::age).toList()), options));
            groupOf.put(lead, group);
            shortlistOf.put(lead, shortlist);
        }
        Map<String, StepDownPlanner.Capacity> capacity = new HashMap<>();
        units.forEach(unit -> unit.options().forEach(option -> capacity.computeIfAbsent(option.householdId(),
                id -> rules.capacity(facts.get(id)))));
        long solving = System.nanoTime();
        StepDownPlanner.Plan plan = StepDownPlanner.solve(units, capacity);
        if (LOG.isDebugEnabled()) {
            LOG.debug("Step-down plan: {} groups, {} options, {} homes; {} planned in {} ms (proved best by: {})",
                    units.size(), units.stream().mapToInt(unit -> unit.options().size()).sum(), capacity.size(),
                    plan.assignments().size(), (System.nanoTime() - solving) / 1_000_000, plan.proof());
        }

        Map<String, List<String>> childrenSentTo = new HashMap<>();
        plan.assignments().forEach((lead, option) -> childrenSentTo.computeIfAbsent(option.householdId(), id -> new ArrayList<>())
                .addAll(groupOf.get(lead).stream().map(MatchingRepository.ExternalPlacement::childId).toList()));
        List<StepDown.Opportunity> opportunities = new ArrayList<>();
        Map<String, Double> listedSaving = new HashMap<>();
        for (StepDownPlanner.Unit unit : units) {
            List<MatchingRepository.ExternalPlacement> group = groupOf.get(unit.id());
            Shortlist shortlist = shortlistOf.get(unit.id());
            List<MatchCandidate> candidates = shortlist.best();
            List<MatchCandidate> couldMoveTo = candidates.stream().limit(COULD_MOVE_TO).toList();
            for (MatchingRepository.ExternalPlacement placement : group) {
                listedSaving.put(placement.childId(), childSaving(placement, candidates.get(0).weeklyCost(), group.size()));
            }
            StepDownPlanner.Option planned = plan.assignments().get(unit.id());
            if (planned == null) {
                String detail = "Every in-house home that could take " + (group.size() == 1 ? "the child" : "them together")
                        + " is used by the plan for children whose moves save more: "
                        + usedBy(candidates, shortlist.candidates(), childrenSentTo) + ".";
                group.forEach(placement -> excluded.add(new StepDown.Exclusion(placement.childId(), placement.placementId(),
                        "NO_PLACE_LEFT_IN_PLAN", detail, couldMoveTo)));
                continue;
            }
            int choice = 0;
            while (!candidates.get(choice).householdId().equals(planned.householdId())) {
                choice++;
            }
            MatchCandidate home = candidates.get(choice);
            String note = choice == 0 ? null : planNote(candidates.get(0), choice + 1, childrenSentTo);
            for (MatchingRepository.ExternalPlacement placement : group) {
                opportunities.add(new StepDown.Opportunity(placement.childId(), placement.placementId(), placement.weeklyCost(),
                        home, childSaving(placement, home.weeklyCost(), group.size()),
                        childSaving(placement, home.fullWeeklyCost(), group.size()), choice + 1, note,
                        group.stream().map(MatchingRepository.ExternalPlacement::childId)
                                .filter(id -> !id.equals(placement.childId())).toList(), couldMoveTo));
            }
        }
        Set<String> inLocality = external.stream()
                .filter(placement -> localityId == null || localityId.equals(placement.homeLocalityId()))
                .map(MatchingRepository.ExternalPlacement::childId).collect(Collectors.toSet());
        List<StepDown.Opportunity> shown = opportunities.stream().filter(o -> inLocality.contains(o.childId()))
                .sorted(Comparator.comparingDouble(StepDown.Opportunity::annualSaving).reversed()
                        .thenComparing(StepDown.Opportunity::childId))
                .toList();
        List<StepDown.Exclusion> shownExcluded = excluded.stream().filter(e -> inLocality.contains(e.childId()))
                .sorted(Comparator.comparing(StepDown.Exclusion::childId)).toList();
        StepDown.Totals totals = new StepDown.Totals(shown.size(),
                (int) shown.stream().map(o -> o.bestMatch().householdId()).distinct().count(),
                MatchRules.round(shown.stream().mapToDouble(StepDown.Opportunity::annualSaving).sum()),
                MatchRules.round(shown.stream().mapToDouble(StepDown.Opportunity::annualFullCostSaving).sum()),
                (int) listedSaving.keySet().stream().filter(inLocality::contains).count(),
                MatchRules.round(listedSaving.entrySet().stream().filter(e -> inLocality.contains(e.getKey()))
                        .mapToDouble(Map.Entry::getValue).sum()),
                plan.optimal());
        List<StepDown.Opportunity> after = page.isFirstPage() ? shown : shown.stream()
                .filter(o -> isAfter(o, page.after())).toList();
        Connection<StepDown.Opportunity> connection = Connection.of(page,
                after.subList(0, Math.min(after.size(), page.size() + 1)), shown::size,
                o -> List.of(String.format(java.util.Locale.ROOT, "%.2f", o.annualSaving()), o.childId()));
        return new StepDown.Page(connection.edges(), connection.pageInfo(), connection.totalCount(), shownExcluded, totals);
    }

    /** Why a child in a costly placement is not moved whatever the plan, or null. */
    private StepDown.Exclusion reasonToStay(MatchingRepository.ExternalPlacement placement, LocalDate today) {
        if (PlaceKind.isLongTermFostering(placement.placeCode())) {
            return new StepDown.Exclusion(placement.childId(), placement.placementId(), "LONG_TERM_MATCH",
                    "A long-term matched foster placement (" + placement.placeCode() + ") is not disturbed.", List.of());
        }
        if (placement.start().isAfter(today.minusDays(properties.settlingDays()))) {
            return new StepDown.Exclusion(placement.childId(), placement.placementId(), "SETTLING", "Started on "
                    + placement.start() + ", less than " + properties.settlingDays() + " days ago: left to settle.", List.of());
        }
        return null;
    }

    /**
     * The children, in groups that move together: brothers and sisters (linked as siblings, directly or through each
     * other) placed in the same home. Each group in the order of its first child's id, and so is each group.
     */
    static List<List<MatchingRepository.ExternalPlacement>> livingTogether(List<MatchingRepository.ExternalPlacement> placements) {
        Map<String, MatchingRepository.ExternalPlacement> byChild = new TreeMap<>();
        placements.forEach(placement -> byChild.putIfAbsent(placement.childId(), placement));
        Set<String> seen = new HashSet<>();
        List<List<MatchingRepository.ExternalPlacement>> groups = new ArrayList<>();
        for (MatchingRepository.ExternalPlacement first : byChild.values()) {
            if (!seen.add(first.childId())) {
                continue;
            }
            List<MatchingRepository.ExternalPlacement> group = new ArrayList<>(List.of(first));
            for (int i = 0; i < group.size(); i++) {
                for (String siblingId : group.get(i).siblingIds()) {
                    MatchingRepository.ExternalPlacement sibling = byChild.get(siblingId);
                    if (sibling != null && sibling.householdId().equals(first.householdId()) && seen.add(siblingId)) {
                        group.add(sibling);
                    }
                }
            }
            group.sort(Comparator.comparing(MatchingRepository.ExternalPlacement::childId));
            groups.add(group);
        }
        return groups;
    }

    /** The request step-down matches a group with: as an officer's search for the eldest's kind of care, in-house only. */
    private MatchRequest stepDownRequest(List<MatchingRepository.ExternalPlacement> group) {
        MatchingRepository.ExternalPlacement lead = group.get(0);
        return new MatchRequest(group.stream().map(MatchingRepository.ExternalPlacement::childId).toList(),
                group.stream().map(p -> new MatchRequest.Subject(p.age(), p.sex(), p.needs())).toList(), lead.home(),
                lead.school(), lead.homeLocalityId(), PlaceKind.kindOfCareFor(lead.placeCode()), CURRENT_PLACEMENT,
                List.of(), null, Set.of(), Set.of(), Set.of(), Set.of(), false, lead.householdId(),
                properties.maxDistanceMiles(), false, null);
    }

    /** 52 × (what the child's placement costs a week − their share of what the group would cost there), to the 10p. */
    private static double childSaving(MatchingRepository.ExternalPlacement placement, double groupWeeklyCost, int groupSize) {
        return MatchRules.round((placement.weeklyCost() - groupWeeklyCost / groupSize) * WEEKS_A_YEAR);
    }

    private static String planNote(MatchCandidate best, int choice, Map<String, List<String>> childrenSentTo) {
        List<String> there = childrenSentTo.getOrDefault(best.householdId(), List.of());
        return "Their best match, " + best.householdId() + (there.isEmpty()
                ? ", cannot take them as well as the children the plan sends there"
                : ", is used by the plan for " + String.join(", ", there)) + "; this home is their " + ordinal(choice)
                + " choice, which lets the plan save the most and then match its children best overall.";
    }

    /** The best of a group's {@code count} candidates, and whom the plan sends there. */
    private static String usedBy(List<MatchCandidate> best, int count, Map<String, List<String>> childrenSentTo) {
        List<String> uses = best.stream().limit(3).map(candidate -> candidate.householdId() + " for "
                + String.join(", ", childrenSentTo.getOrDefault(candidate.householdId(), List.of("children sent with others"))))
                .toList();
        return String.join("; ", uses) + (count > 3 ? "; and " + (count - 3) + " more" : "");
    }

    private static String describeStaying(Map<String, String> staying) {
        return staying.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
    }

    private static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    private static boolean isAfter(StepDown.Opportunity opportunity, List<String> cursor) {
        double saving = Double.parseDouble(cursor.get(0));
        return opportunity.annualSaving() < saving
                || (opportunity.annualSaving() == saving && opportunity.childId().compareTo(cursor.get(1)) > 0);
    }

    /** {@code group}: the child asked about first, then their brothers and sisters, each once. */
    private MatchRequest requestForChild(List<Child> group, MatchInputs.MatchOptions options) {
        Child child = group.get(0);
        String childId = child.id();
        if (child.homeLocation() == null) {
            throw new InvalidArgumentException("childId", childId,
                    "the child's home location is not recorded; set it, or use matchesForReferral");
        }
        LocalDate today = LocalDate.now(clock);
        Placement current = placements.currentOf(List.of(childId)).get(childId);
        // The kind of care the child has now, unless the officer asks for another: step-down matches the same way.
        String approvalType = options.approvalType() != null ? options.approvalType()
                : current == null ? null : PlaceKind.kindOfCareFor(current.placeCode());
        String approvalTypeSource = options.approvalType() != null ? ASKED : current == null ? ANY : CURRENT_PLACEMENT;
        return new MatchRequest(group.stream().map(Child::id).toList(),
                group.stream().map(c -> new MatchRequest.Subject(c.ageOn(today), c.sex().name(), c.needs())).toList(),
                child.homeLocation(), child.schoolLocation(), child.homeLocalityId(), approvalType, approvalTypeSource,
                options.languages() == null ? List.of() : options.languages(), options.religion(),
                risks(options.risks(), null), set(options.avoidHouseholdIds(), null), set(options.avoidLocalityIds(), null),
                set(options.avoidPostcodeSectors(), null), Boolean.TRUE.equals(options.sharingAgreed()),
                current == null ? null : current.householdId(), maxDistance(options),
                Boolean.TRUE.equals(options.includeExternal()), childrensHomeReason(options));
    }

    private MatchResult match(Scope scope, MatchRequest request, int first) {
        List<MatchingRepository.Reach> reach = withinReach(scope, request);
        MatchResult all = evaluate(request, reach, householdsToJudge(request, reach), first, true);
        return new MatchResult(all.candidates().stream().limit(first).toList(), all.excluded(), all.approvalType(),
                all.approvalTypeSource(), all.scoreOutOf());
    }

    private List<MatchingRepository.Reach> withinReach(Scope scope, MatchRequest request) {
        return matching.withinReach(scope, List.of(new MatchingRepository.Origin("request", request.home(), request.school())),
                request.maxDistanceMiles() * Distances.METRES_PER_MILE, request.includeExternal());
    }

    /**
     * What each household within reach is judged on, read in two steps: every household's terms, then the occupancy of
     * those whose terms let them take the children ({@link ApprovalTerms}). A household its terms rule out keeps its
     * terms alone, since {@link MatchRules} judges terms before occupancy and so rules it out by the same rule either way.
     */
    private Map<String, ApprovalTerms> householdsToJudge(MatchRequest request, List<MatchingRepository.Reach> reach) {
        if (reach.isEmpty()) {
            return Map.of();
        }
        Map<String, HouseholdTerms> terms = BatchResults.index(
                matching.terms(reach.stream().map(MatchingRepository.Reach::householdId).toList()), HouseholdTerms::id);
        List<String> withinTerms = reach.stream()
                .filter(one -> terms.containsKey(one.householdId()) && rules.termsExclusion(request, terms.get(one.householdId()),
                        one.homeMetres() / Distances.METRES_PER_MILE, false) == null)
                .map(MatchingRepository.Reach::householdId).toList();
        Map<String, ApprovalTerms> households = new HashMap<>(terms);
        households.keySet().removeAll(withinTerms);
        households.putAll(facts(withinTerms));
        return households;
    }

    /**
     * Every household within reach judged: the candidates best first, the first {@code explained} of them with every
     * part of their score explained (the others carry the points alone: they are ordered, never shown), and the
     * ruled-out ones nearest first, their rule explained in words when {@code explainExclusions}. Each household is
     * judged on what {@code households} holds of it: its whole facts, or its terms alone where they rule it out.
     */
    private MatchResult evaluate(MatchRequest request, List<MatchingRepository.Reach> reach,
            Map<String, ? extends ApprovalTerms> households, int explained, boolean explainExclusions) {
        List<MatchCandidate> candidates = new ArrayList<>();
        List<ExcludedCandidate> excluded = new ArrayList<>();
        Map<String, MatchingRepository.Reach> reachOf = new HashMap<>();
        Map<String, HouseholdFacts> factsOf = new HashMap<>();
        // Nearest first by exact distance, so that ties in rounded miles keep their true order.
        List<MatchingRepository.Reach> nearestFirst = reach.stream().sorted(NEAREST_FIRST).toList();
        for (MatchingRepository.Reach one : nearestFirst) {
            ApprovalTerms household = households.get(one.householdId());
            if (household == null) {
                // Deleted since the households within reach were read.
                continue;
            }
            double homeMiles = one.homeMetres() / Distances.METRES_PER_MILE;
            ExcludedCandidate exclusion = household instanceof HouseholdFacts facts
                    ? rules.exclusion(request, facts, homeMiles, explainExclusions)
                    : rules.termsExclusion(request, household, homeMiles, explainExclusions);
            if (exclusion != null) {
                excluded.add(exclusion);
            }
            else if (household instanceof HouseholdFacts facts) {
                candidates.add(rules.rank(request, facts, homeMiles, miles(one.schoolMetres()), null, false));
                reachOf.put(one.householdId(), one);
                factsOf.put(one.householdId(), facts);
            }
            else {
                throw new IllegalStateException("Household " + one.householdId() + " passes its terms but was read without its occupancy");
            }
        }
        candidates.sort(MatchRules.bestFirst(request));
        // Explaining does not move a candidate: the same household, the same score.
        for (int i = 0; i < Math.min(explained, candidates.size()); i++) {
            String householdId = candidates.get(i).householdId();
            MatchingRepository.Reach one = reachOf.get(householdId);
            candidates.set(i, rules.rank(request, factsOf.get(householdId), one.homeMetres() / Distances.METRES_PER_MILE,
                    miles(one.schoolMetres()), null, true));
        }
        return new MatchResult(candidates, excluded, request.approvalType(), request.approvalTypeSource(),
                rules.scoreOutOf(request));
    }

    /**
     * What a step-down plan needs of {@link #evaluate}'s answer, without ranking and sorting every home within reach:
     * its first {@code keep} candidates in evaluate's order (best first; of equals, the nearest by exact distance, then
     * by id), ranked and explained; how many candidates there are; and the nearest home a rule excludes. Each other
     * candidate is only scored, by the rule that ranks it, and a bounded heap keeps the best few.
     */
    private Shortlist shortlist(MatchRequest request, List<MatchingRepository.Reach> reach, Map<String, HouseholdFacts> households,
            int keep) {
        record Scored(MatchingRepository.Reach reach, HouseholdFacts facts, PreferenceTier preference, double score) {
        }
        Comparator<Scored> bestFirst = MatchRules.bestFirst(request, Scored::preference, Scored::score)
                .thenComparing(Scored::reach, NEAREST_FIRST);
        PriorityQueue<Scored> best = new PriorityQueue<>(keep, bestFirst.reversed());
        int candidates = 0;
        ExcludedCandidate nearestExcluded = null;
        MatchingRepository.Reach nearestExcludedReach = null;
        for (MatchingRepository.Reach one : reach) {
            HouseholdFacts household = households.get(one.householdId());
            if (household == null) {
                continue;
            }
            double homeMiles = one.homeMetres() / Distances.METRES_PER_MILE;
            ExcludedCandidate exclusion = rules.exclusion(request, household, homeMiles, false);
            if (exclusion != null) {
                if (nearestExcludedReach == null || NEAREST_FIRST.compare(one, nearestExcludedReach) < 0) {
                    nearestExcluded = exclusion;
                    nearestExcludedReach = one;
                }
                continue;
            }
            candidates++;
            Scored scored = new Scored(one, household, PreferenceTier.of(household.provision(), household.approvalTypes()),
                    rules.score(request, household, homeMiles, miles(one.schoolMetres())));
            // Most homes rank below the worst of the best kept so far: one comparison turns them away.
            if (best.size() < keep) {
                best.add(scored);
            }
            else if (bestFirst.compare(scored, best.peek()) < 0) {
                best.poll();
                best.add(scored);
            }
        }
        List<MatchCandidate> ranked = best.stream().sorted(bestFirst)
                .map(scored -> rules.rank(request, scored.facts(), scored.reach().homeMetres() / Distances.METRES_PER_MILE,
                        miles(scored.reach().schoolMetres()), null, true))
                .toList();
        return new Shortlist(ranked, candidates, nearestExcluded);
    }

    /** A step-down group's best candidates, how many there are in all, and the nearest excluded home (or null). */
    private record Shortlist(List<MatchCandidate> best, int candidates, ExcludedCandidate nearestExcluded) {
    }

    private Map<String, HouseholdFacts> facts(Collection<String> householdIds) {
        return householdIds.isEmpty() ? Map.of() : BatchResults.index(
                matching.facts(householdIds, LocalDate.now(clock), ZonedDateTime.now(clock)), HouseholdFacts::id);
    }

    private GeoPoint locate(Scope scope, String locationField, GeoPoint location, String sectorField, String sector) {
        if (location != null) {
            return location.checked(locationField);
        }
        if (sector == null) {
            return null;
        }
        return sectors.find(scope, sectorField, sector).map(PostcodeSector::centre)
                .orElseThrow(() -> new InvalidArgumentException(sectorField, sector,
                        "the postcode-sector table does not hold this sector; give the location instead"));
    }

    /** The officer's reason a children's home may rank among foster carers: trimmed, at most 500 characters. */
    private static String childrensHomeReason(MatchInputs.MatchOptions options) {
        String reason = options.childrensHomeReason() == null ? null : options.childrensHomeReason().strip();
        if (reason == null || reason.isEmpty()) {
            return null;
        }
        if (reason.length() > 500) {
            throw new InvalidArgumentException("childrensHomeReason", reason.length() + " characters", "at most 500 characters");
        }
        return reason;
    }

    private double maxDistance(MatchInputs.MatchOptions options) {
        if (options.maxDistanceMiles() == null) {
            return properties.maxDistanceMiles();
        }
        if (options.maxDistanceMiles() <= 0 || options.maxDistanceMiles() > 200) {
            throw new InvalidArgumentException("maxDistanceMiles", options.maxDistanceMiles(), "from 0 to 200 miles");
        }
        return options.maxDistanceMiles();
    }

    private static int limit(Integer first) {
        if (first == null) {
            return 20;
        }
        if (first < 1 || first > MAX_CANDIDATES) {
            throw new InvalidArgumentException("first", first, "from 1 to " + MAX_CANDIDATES + " candidates");
        }
        return first;
    }

    private static Double miles(Double metres) {
        return metres == null ? null : metres / Distances.METRES_PER_MILE;
    }

    private static Set<MatchRequest.Risk> risks(List<MatchRequest.Risk> a, List<MatchRequest.Risk> b) {
        Set<MatchRequest.Risk> all = EnumSet.noneOf(MatchRequest.Risk.class);
        if (a != null) {
            all.addAll(a);
        }
        if (b != null) {
            all.addAll(b);
        }
        return all;
    }

    private static Set<String> set(List<String> a, List<String> b) {
        Set<String> all = new HashSet<>();
        if (a != null) {
            all.addAll(a);
        }
        if (b != null) {
            all.addAll(b);
        }
        return all;
    }

    private static List<String> union(List<String> a, List<String> b) {
        return List.copyOf(new java.util.LinkedHashSet<>(set(a, b)));
    }
}
