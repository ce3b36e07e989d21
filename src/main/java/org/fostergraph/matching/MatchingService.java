package org.fostergraph.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** External placements a council most wants to bring home (DfE: IFA fostering and private children's homes). */
    static final Set<Provision> HIGH_COST = EnumSet.of(Provision.IFA_FOSTERING, Provision.PRIVATE_RESIDENTIAL,
            Provision.VOLUNTARY_RESIDENTIAL);
    static final int MAX_CANDIDATES = 100;
    private static final double WEEKS_A_YEAR = 52;

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

    public MatchResult matchesForChild(Scope scope, String childId, MatchInputs.MatchOptions options) {
        MatchInputs.MatchOptions given = options == null ? MatchInputs.MatchOptions.NONE : options;
        MatchRequest request = requestForChild(childId, given);
        return match(scope, request, limit(given.first()));
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
        MatchRequest request = new MatchRequest(List.of(), subjects, home, school, referral.homeLocalityId(), approvalType,
                union(referral.languages(), given.languages()), referral.religion() != null ? referral.religion() : given.religion(),
                risks(referral.risks(), given.risks()), set(referral.avoidHouseholdIds(), given.avoidHouseholdIds()),
                set(referral.avoidLocalityIds(), given.avoidLocalityIds()),
                set(referral.avoidPostcodeSectors(), given.avoidPostcodeSectors()),
                Boolean.TRUE.equals(referral.sharingAgreed()) || Boolean.TRUE.equals(given.sharingAgreed()), null,
                maxDistance(given), Boolean.TRUE.equals(given.includeExternal()));
        return match(scope, request, limit(given.first()));
    }

    public WhyNot whyNot(String childId, String householdId) {
        MatchRequest request = requestForChild(childId, MatchInputs.MatchOptions.NONE);
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

    public StepDown.Page stepDownOpportunities(Scope scope, String localityId, PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        List<MatchingRepository.ExternalPlacement> external = matching.placedWith(scope, HIGH_COST, localityId, today);
        List<StepDown.Exclusion> excluded = new ArrayList<>();
        List<MatchingRepository.ExternalPlacement> movable = new ArrayList<>();
        for (MatchingRepository.ExternalPlacement placement : external) {
            if (PlaceKind.isLongTermFostering(placement.placeCode())) {
                excluded.add(new StepDown.Exclusion(placement.childId(), placement.placementId(), "LONG_TERM_MATCH",
                        "A long-term matched foster placement (" + placement.placeCode() + ") is not disturbed."));
            }
            else if (placement.start().isAfter(today.minusDays(properties.settlingDays()))) {
                excluded.add(new StepDown.Exclusion(placement.childId(), placement.placementId(), "SETTLING", "Started on "
                        + placement.start() + ", less than " + properties.settlingDays() + " days ago: left to settle."));
            }
            else {
                movable.add(placement);
            }
        }
        Map<String, List<MatchingRepository.Reach>> reachByChild = matching.withinReach(scope, movable.stream()
                        .map(p -> new MatchingRepository.Origin(p.childId(), p.home(), p.school())).toList(),
                properties.maxDistanceMiles() * Distances.METRES_PER_MILE, false)
                .stream().collect(Collectors.groupingBy(MatchingRepository.Reach::key));
        Map<String, HouseholdFacts> facts = facts(reachByChild.values().stream().flatMap(List::stream)
                .map(MatchingRepository.Reach::householdId).collect(Collectors.toSet()));
        List<StepDown.Opportunity> opportunities = new ArrayList<>();
        for (MatchingRepository.ExternalPlacement placement : movable) {
            MatchRequest request = new MatchRequest(List.of(placement.childId()),
                    List.of(new MatchRequest.Subject(placement.age(), placement.sex(), placement.needs())), placement.home(),
                    placement.school(), placement.homeLocalityId(), PlaceKind.isShortTermFostering(placement.placeCode())
                            ? "SHORT_TERM" : "LONG_TERM", List.of(), null, Set.of(), Set.of(), Set.of(), Set.of(), false,
                    placement.householdId(), properties.maxDistanceMiles(), false);
            MatchResult result = evaluate(request, reachByChild.getOrDefault(placement.childId(), List.of()), facts);
            if (result.candidates().isEmpty()) {
                excluded.add(new StepDown.Exclusion(placement.childId(), placement.placementId(), "NO_IN_HOUSE_MATCH",
                        "No in-house household within " + (int) properties.maxDistanceMiles() + " miles can take the child now"
                                + result.excluded().stream().findFirst().map(nearest -> " (the nearest: " + nearest.rule() + ")")
                                        .orElse("") + "."));
                continue;
            }
            MatchCandidate best = result.candidates().get(0);
            double saving = MatchRules.round((placement.weeklyCost() - best.weeklyCost()) * WEEKS_A_YEAR);
            if (saving <= 0) {
                excluded.add(new StepDown.Exclusion(placement.childId(), placement.placementId(), "NO_SAVING",
                        "The current placement costs no more than the best in-house match."));
                continue;
            }
            opportunities.add(new StepDown.Opportunity(placement.childId(), placement.placementId(), placement.weeklyCost(),
                    best, saving));
        }
        opportunities.sort(Comparator.comparingDouble(StepDown.Opportunity::annualSaving).reversed()
                .thenComparing(StepDown.Opportunity::childId));
        excluded.sort(Comparator.comparing(StepDown.Exclusion::childId));
        List<StepDown.Opportunity> after = page.isFirstPage() ? opportunities : opportunities.stream()
                .filter(o -> isAfter(o, page.after())).toList();
        Connection<StepDown.Opportunity> connection = Connection.of(page,
                after.subList(0, Math.min(after.size(), page.size() + 1)), opportunities.size(),
                o -> List.of(String.format(java.util.Locale.ROOT, "%.2f", o.annualSaving()), o.childId()));
        return new StepDown.Page(connection.edges(), connection.pageInfo(), connection.totalCount(), excluded);
    }

    private static boolean isAfter(StepDown.Opportunity opportunity, List<String> cursor) {
        double saving = Double.parseDouble(cursor.get(0));
        return opportunity.annualSaving() < saving
                || (opportunity.annualSaving() == saving && opportunity.childId().compareTo(cursor.get(1)) > 0);
    }

    private MatchRequest requestForChild(String childId, MatchInputs.MatchOptions options) {
        Child child = children.findById(childId).orElseThrow(() -> new NotFoundException("childId", childId, "child"));
        if (child.homeLocation() == null) {
            throw new InvalidArgumentException("childId", childId,
                    "the child's home location is not recorded; set it, or use matchesForReferral");
        }
        List<Child> group = new ArrayList<>(List.of(child));
        for (String siblingId : options.siblingIds() == null ? List.<String>of() : options.siblingIds()) {
            if (!siblingId.equals(childId)) {
                group.add(children.findById(siblingId).orElseThrow(() -> new NotFoundException("siblingIds", siblingId, "child")));
            }
        }
        LocalDate today = LocalDate.now(clock);
        Placement current = placements.currentOf(List.of(childId)).get(childId);
        return new MatchRequest(group.stream().map(Child::id).toList(),
                group.stream().map(c -> new MatchRequest.Subject(c.ageOn(today), c.sex().name(), c.needs())).toList(),
                child.homeLocation(), child.schoolLocation(), child.homeLocalityId(), options.approvalType(),
                options.languages() == null ? List.of() : options.languages(), options.religion(),
                risks(options.risks(), null), set(options.avoidHouseholdIds(), null), set(options.avoidLocalityIds(), null),
                set(options.avoidPostcodeSectors(), null), Boolean.TRUE.equals(options.sharingAgreed()),
                current == null ? null : current.householdId(), maxDistance(options),
                Boolean.TRUE.equals(options.includeExternal()));
    }

    private MatchResult match(Scope scope, MatchRequest request, int first) {
        List<MatchingRepository.Reach> reach = matching.withinReach(scope, 
                List.of(new MatchingRepository.Origin("request", request.home(), request.school())),
                request.maxDistanceMiles() * Distances.METRES_PER_MILE, request.includeExternal());
        MatchResult all = evaluate(request, reach, facts(reach.stream().map(MatchingRepository.Reach::householdId).toList()));
        return new MatchResult(all.candidates().stream().limit(first).toList(), all.excluded());
    }

    private MatchResult evaluate(MatchRequest request, List<MatchingRepository.Reach> reach, Map<String, HouseholdFacts> facts) {
        List<MatchCandidate> candidates = new ArrayList<>();
        List<ExcludedCandidate> excluded = new ArrayList<>();
        // Nearest first by exact distance, so that ties in rounded miles keep their true order.
        List<MatchingRepository.Reach> nearestFirst = reach.stream()
                .sorted(Comparator.comparingDouble(MatchingRepository.Reach::homeMetres)
                        .thenComparing(MatchingRepository.Reach::householdId))
                .toList();
        for (MatchingRepository.Reach one : nearestFirst) {
            HouseholdFacts household = facts.get(one.householdId());
            double homeMiles = one.homeMetres() / Distances.METRES_PER_MILE;
            ExcludedCandidate exclusion = rules.exclusion(request, household, homeMiles);
            if (exclusion != null) {
                excluded.add(exclusion);
            }
            else {
                candidates.add(rules.rank(request, household, homeMiles, miles(one.schoolMetres())));
            }
        }
        candidates.sort(Comparator.comparingDouble(MatchCandidate::score).reversed());
        return new MatchResult(candidates, excluded);
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
