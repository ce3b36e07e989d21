package org.fostergraph.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The placement officer's match finder: choose a child (or describe a referral), see the ranked matches with every
 * reason and the households ruled out, on a plot of home, school and candidates; hold a vacancy or start the
 * placement from there with the API's own mutations and errors.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class FindAHomePage {

    private static final String CHILDREN = PageDocuments.read("FindAHomeChildren");

    private static final String CHILD_MATCHES = PageDocuments.read("ChildMatches", "MatchResult");

    private static final String REFERRAL_MATCHES = PageDocuments.read("ReferralMatches", "MatchResult");

    private static final String HOLD = PageDocuments.read("HoldFromPage");

    private static final String PLACE = PageDocuments.read("PlaceFromPage");

    private static final String MOVE = PageDocuments.read("MoveFromPage");

    static final List<String> NEEDS = List.of("DISABILITY", "EDUCATION_SUPPORT", "THERAPEUTIC", "MEDICAL",
            "EMOTIONAL_BEHAVIOURAL", "COMMUNICATION", "PARENT_AND_CHILD");
    static final List<String> CARE_TYPES = List.of("SHORT_TERM", "LONG_TERM", "EMERGENCY", "RESPITE", "PARENT_AND_CHILD",
            "DISABILITY");
    static final int REFERRAL_CHILDREN = 4;

    /** The answer to {@code FindAHomeChildren.graphql}. */
    record ChildrenAnswer(List<Api.Named> localities, Api.Connection<ChildRow> children) implements Api.LocalityPage<ChildRow> {

        @Override
        public Api.Connection<ChildRow> rows() {
            return Objects.requireNonNullElse(children, Api.Connection.none());
        }
    }

    record ChildRow(String id, Integer ageYears, String sex, List<String> needs, Api.Named homeLocality, Placement currentPlacement) {
    }

    /** A child's current placement. */
    record Placement(String placeCode, String providerCode, Double weeklyCost, Boolean internal, Api.Named household) {
    }

    /** The answer to {@code ChildMatches.graphql}. */
    record ChildMatchesAnswer(Child child, MatchResult matchesForChild) {
    }

    record Child(String id, Integer ageYears, String sex, List<String> needs, String homePostcodeSector, String schoolName,
            Api.Named homeLocality, Api.Location homeLocation, Api.Location schoolLocation, Placement currentPlacement) {
    }

    /** The answer to {@code ReferralMatches.graphql}: the matches, and the centres of the sectors given. */
    record ReferralMatchesAnswer(MatchResult matchesForReferral, Sector home, Sector school) {
    }

    record Sector(Api.Location centre) {
    }

    /** The {@code MatchResult.graphql} fragment. */
    record MatchResult(String approvalType, String approvalTypeSource, List<Candidate> candidates, List<Exclusion> excluded,
            Integer excludedCount, List<RuleSummary> exclusionSummary) {

        static final MatchResult NONE = new MatchResult(null, "ANY", List.of(), List.of(), 0, List.of());

        /** The kind of care matched, in words: "long-term care (the kind of the child's placement now)". */
        String kindOfCare() {
            String kind = approvalType == null ? "any kind of care" : approvalType.toLowerCase(java.util.Locale.ROOT)
                    .replace('_', '-') + " care";
            return kind + switch (String.valueOf(approvalTypeSource)) {
                case "CURRENT_PLACEMENT" -> " (the kind of the child's placement now)";
                case "URGENCY" -> " (an emergency referral)";
                case "ASKED" -> " (as asked)";
                default -> "";
            };
        }
    }

    record Candidate(Double score, Double distanceMiles, Double distanceToSchoolMiles, Double weeklyCost, Double fullWeeklyCost,
            Boolean internal, String preference, List<String> flags, List<Reason> reasons, CandidateHousehold household) {
    }

    record Reason(String factor, Double points, String detail) {
    }

    record CandidateHousehold(String id, String name, String provision, String postcodeSector, Integer vacancies,
            Api.Location location, Provider provider, Api.Named locality) {
    }

    record Provider(String name, String placeProviderCode) {
    }

    record Exclusion(String rule, String detail, Double distanceMiles, ExcludedHousehold household) {
    }

    record ExcludedHousehold(String id, String name, Api.Location location) {
    }

    /** Why not, by rule: how many homes the rule rules out and the nearest of them. */
    record RuleSummary(String rule, Integer count, List<NearestExclusion> nearest) {
    }

    record NearestExclusion(Double distanceMiles, Api.Named household) {
    }

    /** The answer to {@code HoldFromPage.graphql}. */
    record HoldAnswer(Hold holdVacancy) {
    }

    record Hold(String id, String expiresAt, Api.Named household) {
    }

    /** The answer to {@code PlaceFromPage.graphql} and {@code MoveFromPage.graphql}. */
    record PlacementAnswer(StartedPlacement placement) {
    }

    record StartedPlacement(String id, String start, Api.Named household) {
    }

    private final GraphQlGateway graphQl;
    private final Clock clock;

    FindAHomePage(GraphQlGateway graphQl, Clock clock) {
        this.graphQl = graphQl;
        this.clock = clock;
    }

    @GetMapping("/web/find-a-home")
    String chooseChild(HttpServletRequest request, @RequestParam(required = false) String localityId,
            @RequestParam(required = false) String after, Model model) {
        graphQl.localityPage(request, CHILDREN, ChildrenAnswer.class, localityId, after, "children", model);
        addReferralForm(model);
        return "find-a-home";
    }

    @GetMapping("/web/find-a-home/child/{childId}")
    String matchesForChild(HttpServletRequest request, @PathVariable String childId,
            @RequestParam(required = false) Double maxDistanceMiles, @RequestParam(defaultValue = "false") boolean includeExternal,
            @RequestParam(required = false) String approvalType, Model model) {
        Map<String, Object> options = options(maxDistanceMiles, includeExternal);
        // The kind of care is the child's placement's unless the officer picks another; an unknown value is left to the
        // API, which names it in its error.
        if (approvalType != null && !approvalType.isBlank()) {
            options.put("approvalType", approvalType);
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("childId", childId);
        variables.put("options", options);
        GraphQlGateway.Answer<ChildMatchesAnswer> answer = graphQl.execute(request, CHILD_MATCHES, variables, ChildMatchesAnswer.class);
        Child child = answer.data().child();
        // A hold or placement just refused comes back here through the redirect, with its errors.
        List<String> errors = new ArrayList<>();
        if (model.getAttribute("errors") instanceof List<?> refused) {
            refused.forEach(error -> errors.add(String.valueOf(error)));
        }
        errors.addAll(answer.errors());
        model.addAttribute("errors", errors);
        model.addAttribute("child", child);
        model.addAttribute("childId", childId);
        model.addAttribute("options", options);
        model.addAttribute("today", LocalDate.now(clock));
        addResult(model, answer.data().matchesForChild(),
                child == null ? null : MapPlot.Place.of(child.homeLocation(), "Home", "The child's home", false),
                child == null ? null : MapPlot.Place.of(child.schoolLocation(), "School", String.valueOf(child.schoolName()), false));
        return "matches";
    }

    @GetMapping("/web/find-a-home/referral")
    String matchesForReferral(HttpServletRequest request, @RequestParam MultiValueMap<String, String> form, Model model) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> referral = referral(form, problems);
        Map<String, Object> options = options(FormValues.number(form.getFirst("maxDistanceMiles"), "maxDistanceMiles", problems),
                "on".equals(form.getFirst("includeExternal")) || "true".equals(form.getFirst("includeExternal")));
        model.addAttribute("options", options);
        model.addAttribute("referral", referral);
        if (!problems.isEmpty()) {
            model.addAttribute("errors", problems);
            addResult(model, null, null, null);
            return "matches";
        }
        String home = String.valueOf(referral.getOrDefault("homePostcodeSector", ""));
        String school = String.valueOf(referral.getOrDefault("schoolPostcodeSector", ""));
        Map<String, Object> variables = new HashMap<>();
        variables.put("referral", referral);
        variables.put("options", options);
        variables.put("home", home);
        variables.put("hasHome", !home.isBlank());
        variables.put("school", school);
        variables.put("hasSchool", !school.isBlank());
        GraphQlGateway.Answer<ReferralMatchesAnswer> answer = graphQl.execute(request, REFERRAL_MATCHES, variables,
                ReferralMatchesAnswer.class);
        model.addAttribute("errors", answer.errors());
        addResult(model, answer.data().matchesForReferral(),
                centre(answer.data().home(), "Home", "Home postcode sector " + home),
                centre(answer.data().school(), "School", "School postcode sector " + school));
        return "matches";
    }

    @PostMapping("/web/find-a-home/child/{childId}/hold")
    String hold(HttpServletRequest request, @PathVariable String childId, @RequestParam String householdId,
            @RequestParam(required = false) String hours, RedirectAttributes redirect) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> input = new HashMap<>();
        input.put("childId", childId);
        input.put("householdId", householdId);
        input.put("hours", FormValues.wholeNumber(hours, "hours", problems));
        input.put("reason", "Held from the match finder");
        return submit(request, HOLD, HoldAnswer.class, input, problems, childId, redirect, data -> {
            Hold hold = data.holdVacancy();
            return "Held a place at " + hold.household().name() + " until " + hold.expiresAt() + " (hold " + hold.id() + ").";
        });
    }

    /** Starts the placement, or for a child placed today moves them (the old placement ends the same day). */
    @PostMapping("/web/find-a-home/child/{childId}/place")
    String place(HttpServletRequest request, @PathVariable String childId, @RequestParam String householdId,
            @RequestParam String start, @RequestParam String placeCode, @RequestParam String providerCode,
            @RequestParam String weeklyCost, @RequestParam(required = false) String reasonCode, RedirectAttributes redirect) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> input = new HashMap<>();
        input.put("childId", childId);
        input.put("householdId", householdId);
        input.put(reasonCode == null ? "start" : "date", start);
        input.put("placeCode", placeCode);
        input.put("providerCode", providerCode);
        input.put("weeklyCost", FormValues.number(weeklyCost, "weeklyCost", problems));
        if (reasonCode != null) {
            input.put("reasonCode", reasonCode);
        }
        return submit(request, reasonCode == null ? PLACE : MOVE, PlacementAnswer.class, input, problems, childId, redirect, data -> {
            StartedPlacement placement = data.placement();
            return "Placed with " + placement.household().name() + " from " + placement.start() + " (placement " + placement.id() + ").";
        });
    }

    private <T> String submit(HttpServletRequest request, String document, Class<T> answerType, Map<String, Object> input,
            List<String> problems, String childId, RedirectAttributes redirect, Function<T, String> done) {
        if (problems.isEmpty()) {
            GraphQlGateway.Answer<T> answer = graphQl.execute(request, document, Map.of("input", input), answerType);
            problems.addAll(answer.errors());
            if (answer.ok()) {
                redirect.addFlashAttribute("done", done.apply(answer.data()));
            }
        }
        redirect.addFlashAttribute("errors", problems);
        redirect.addAttribute("childId", childId);
        return "redirect:/web/find-a-home/child/{childId}";
    }

    private static void addResult(Model model, MatchResult answered, MapPlot.Place home, MapPlot.Place school) {
        MatchResult result = Objects.requireNonNullElse(answered, MatchResult.NONE);
        List<Candidate> candidates = Api.orEmpty(result.candidates());
        List<Exclusion> excluded = Api.orEmpty(result.excluded());
        List<MapPlot.Place> candidatePlaces = new ArrayList<>();
        for (int rank = 0; rank < candidates.size(); rank++) {
            Candidate candidate = candidates.get(rank);
            MapPlot.Place place = MapPlot.Place.of(candidate.household().location(), String.valueOf(rank + 1),
                    (rank + 1) + ". " + candidate.household().name(), Boolean.TRUE.equals(candidate.internal()));
            if (place != null) {
                candidatePlaces.add(place);
            }
        }
        List<MapPlot.Place> excludedPlaces = excluded.stream()
                .map(one -> MapPlot.Place.of(one.household().location(), "", one.household().name() + ": " + one.rule(), false))
                .filter(Objects::nonNull).toList();
        model.addAttribute("candidates", candidates);
        model.addAttribute("excluded", excluded);
        model.addAttribute("excludedCount", result.excludedCount() == null ? excluded.size() : result.excludedCount());
        model.addAttribute("exclusionSummary", Api.orEmpty(result.exclusionSummary()));
        model.addAttribute("kindOfCare", result.kindOfCare());
        model.addAttribute("careTypes", CARE_TYPES);
        model.addAttribute("map", MapPlot.of(home, school, candidatePlaces, excludedPlaces));
    }

    private static MapPlot.Place centre(Sector sector, String label, String title) {
        return sector == null ? null : MapPlot.Place.of(sector.centre(), label, title, false);
    }

    private static void addReferralForm(Model model) {
        model.addAttribute("needs", NEEDS);
        model.addAttribute("careTypes", CARE_TYPES);
        model.addAttribute("referralChildren", IntStream.rangeClosed(1, REFERRAL_CHILDREN).boxed().toList());
    }

    private static Map<String, Object> options(Double maxDistanceMiles, boolean includeExternal) {
        Map<String, Object> options = new LinkedHashMap<>();
        if (maxDistanceMiles != null) {
            options.put("maxDistanceMiles", maxDistanceMiles);
        }
        options.put("includeExternal", includeExternal);
        return options;
    }

    /** The referral as the API takes it, from the form's fields; a value that is not a number is reported by name. */
    private static Map<String, Object> referral(MultiValueMap<String, String> form, List<String> problems) {
        List<Map<String, Object>> children = new ArrayList<>();
        for (int i = 1; i <= REFERRAL_CHILDREN; i++) {
            String age = FormValues.blankToNull(form.getFirst("age" + i));
            if (age == null) {
                continue;
            }
            Map<String, Object> child = new HashMap<>();
            child.put("age", FormValues.wholeNumber(age, "age" + i, problems));
            child.put("sex", form.getFirst("sex" + i));
            List<String> needs = form.get("needs" + i);
            child.put("needs", needs == null ? List.of() : needs);
            children.add(child);
        }
        if (children.isEmpty()) {
            problems.add("age1: give the age of at least one child");
        }
        Map<String, Object> referral = new LinkedHashMap<>();
        referral.put("children", children);
        putIfPresent(referral, "homePostcodeSector", form.getFirst("homePostcodeSector"));
        putIfPresent(referral, "schoolPostcodeSector", form.getFirst("schoolPostcodeSector"));
        putIfPresent(referral, "urgency", form.getFirst("urgency"));
        putIfPresent(referral, "placementType", form.getFirst("placementType"));
        referral.put("sharingAgreed", "on".equals(form.getFirst("sharingAgreed")));
        return referral;
    }

    private static void putIfPresent(Map<String, Object> target, String field, String value) {
        if (FormValues.blankToNull(value) != null) {
            target.put(field, value.trim());
        }
    }

}
