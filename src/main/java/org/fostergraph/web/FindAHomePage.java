package org.fostergraph.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
import org.springframework.web.util.UriUtils;

/**
 * The placement officer's match finder: choose a child (or describe a referral), see the ranked matches with every
 * reason and the households ruled out, on a plot of home, school and candidates; hold a vacancy or start the
 * placement from there with the API's own mutations and errors.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class FindAHomePage {

    /** As {@code FindAHomeChildren.graphql} asks ({@code first: 25}). */
    private static final int CHILDREN_PAGE_SIZE = 25;
    private static final String CHILDREN = PageDocuments.read("FindAHomeChildren");

    private static final String CHILD_MATCHES = PageDocuments.read("ChildMatches", "MatchResult");

    private static final String REFERRAL_MATCHES = PageDocuments.read("ReferralMatches", "MatchResult");

    private static final String HOLD = PageDocuments.read("HoldFromPage");

    private static final String PLACE = PageDocuments.read("PlaceFromPage");

    private static final String MOVE = PageDocuments.read("MoveFromPage");

    private static final String FIND_CHILD = PageDocuments.read("FindAChild");

    private static final String PLACEMENT_CHECK = PageDocuments.read("PlacementCheck");

    /** The page's fields, by the API argument each one gives (the problems' labels and links). */
    static final Problems.Field CHILD_ID = new Problems.Field("childId", "Child's id");
    static final Problems.Field HOURS = new Problems.Field("hours", "Hours to hold the place");
    static final Problems.Field MAX_DISTANCE = new Problems.Field("maxDistanceMiles", "Within miles");
    static final Problems.Field HOME_SECTOR = new Problems.Field("homePostcodeSector", "Home postcode sector");
    static final Problems.Field SCHOOL_SECTOR = new Problems.Field("schoolPostcodeSector", "School postcode sector");
    static final Problems.Field START = new Problems.Field("start", "First day");
    static final Problems.Field PLACE_CODE = new Problems.Field("placeCode", "Placement type");
    static final Problems.Field PROVIDER_CODE = new Problems.Field("providerCode", "Provider code");
    static final Problems.Field WEEKLY_COST = new Problems.Field("weeklyCost", "Weekly cost");
    static final Problems.Field REASON_CODE = new Problems.Field("reasonCode", "Why the current placement ends");


    static final List<String> NEEDS = List.of("DISABILITY", "EDUCATION_SUPPORT", "THERAPEUTIC", "MEDICAL",
            "EMOTIONAL_BEHAVIOURAL", "COMMUNICATION", "PARENT_AND_CHILD");
    static final List<String> CARE_TYPES = List.of("SHORT_TERM", "LONG_TERM", "EMERGENCY", "RESPITE", "PARENT_AND_CHILD",
            "DISABILITY");
    /** Who a referral's children can live alongside, as matching's risks: the form offers one. */
    static final List<String> LIVING_ALONGSIDE = List.of("ONLY_CHILD", "NO_YOUNGER_CHILDREN", "NO_OLDER_CHILDREN");
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
    record ChildMatchesAnswer(Child child, MatchResult matchesForChild, List<Code> placeCodes, List<Code> endReasons) {
    }

    /** An SSDA903 code and its meaning, as the API lists them (the page never spells a code itself). */
    record Code(String code, String meaning) {
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
    record MatchResult(String approvalType, String approvalTypeSource, Double scoreOutOf, List<Candidate> candidates,
            List<Exclusion> excluded, Integer excludedCount, List<RuleSummary> exclusionSummary) {

        static final MatchResult NONE = new MatchResult(null, "ANY", null, List.of(), List.of(), 0, List.of());

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
            Boolean internal, String preference, List<String> flags, String placeCode, List<Reason> reasons,
            CandidateHousehold household) {
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

    /** The answer to {@code FindAChild.graphql}. */
    record FoundChild(ChildId child) {
    }

    record ChildId(String id) {
    }

    /** The answer to {@code PlacementCheck.graphql}: the child's placement now and the home chosen, for the check. */
    record PlacementCheckAnswer(CheckedChild child, CheckedHousehold household, List<Code> placeCodes, List<Code> endReasons) {

        /** "U6: Foster placement with other foster carer(s) - not long term or FFA", or the code itself if unknown. */
        public String describe(List<Code> codes, String code) {
            return Api.orEmpty(codes).stream().filter(known -> known.code().equals(code)).findFirst()
                    .map(known -> known.code() + ": " + known.meaning()).orElse(String.valueOf(code));
        }
    }

    record CheckedChild(String id, CheckedPlacement currentPlacement) {
    }

    record CheckedPlacement(Api.Named household) {
    }

    record CheckedHousehold(String id, String name, String postcodeSector, String provision) {
    }

    /** The answer to {@code PlaceFromPage.graphql} and {@code MoveFromPage.graphql}. */
    record PlacementAnswer(StartedPlacement placement) {
    }

    record StartedPlacement(String id, String start, Api.Named household) {
    }

    private final GraphQlGateway graphQl;
    private final Clock clock;
    private final Words words;

    FindAHomePage(GraphQlGateway graphQl, Clock clock, Words words) {
        this.graphQl = graphQl;
        this.clock = clock;
        this.words = words;
    }

    /**
     * The children in care, 25 a page, by home locality and by who provides their placement; or one child found by id,
     * in any case ({@code ch-0022} finds CH-0022).
     */
    @GetMapping("/web/find-a-home")
    String chooseChild(HttpServletRequest request, @RequestParam(required = false) String localityId,
            @RequestParam(required = false) String provision, @RequestParam(required = false) String after,
            @RequestParam(required = false) String trail, @RequestParam(required = false) String childId,
            @RequestParam MultiValueMap<String, String> asked, Model model) {
        if (model.getAttribute("form") == null && asked.containsKey("homePostcodeSector")) {
            // "Change the referral" comes back with the referral's answers in the address: the form shows them again.
            keepReferralAnswers(asked, model);
        }
        // A referral refused comes back here with its problems and answers (matchesForReferral).
        Problems problems = model.getAttribute("problems") instanceof Problems earlier ? earlier : Problems.none();
        if (childId != null) {
            String id = childId.trim().toUpperCase(Locale.ROOT);
            if (id.isEmpty()) {
                problems.add(CHILD_ID, "Enter the child's id, like CH-0022");
            }
            else {
                GraphQlGateway.Answer<FoundChild> found = graphQl.execute(request, FIND_CHILD, Map.of("childId", id), FoundChild.class);
                if (found.data().child() != null) {
                    return "redirect:/web/find-a-home/child/" + UriUtils.encodePathSegment(found.data().child().id(), StandardCharsets.UTF_8);
                }
                problems.add(CHILD_ID, "There is no child with id " + id + " in your council's records");
            }
            model.addAttribute("childIdAsked", childId);
        }
        Boolean internal = switch (String.valueOf(provision)) {
            case "internal" -> true;
            case "external" -> false;
            default -> null;
        };
        Map<String, Object> filters = new HashMap<>();
        filters.put("internal", internal);
        graphQl.localityPage(request, CHILDREN, ChildrenAnswer.class, new GraphQlGateway.LocalityPaging(localityId, after, trail,
                CHILDREN_PAGE_SIZE), filters, problems, "children", model);
        model.addAttribute("provision", internal == null ? "" : provision);
        addReferralForm(model);
        return "find-a-home";
    }

    @GetMapping("/web/find-a-home/child/{childId}")
    String matchesForChild(HttpServletRequest request, @PathVariable String childId,
            @RequestParam(required = false) String maxDistanceMiles, @RequestParam(defaultValue = "false") boolean includeExternal,
            @RequestParam(required = false) String approvalType, @RequestParam(required = false) List<String> siblings,
            @RequestParam(required = false) List<String> risks, Model model) {
        String id = childId.trim().toUpperCase(Locale.ROOT);
        if (!id.equals(childId)) {
            return "redirect:/web/find-a-home/child/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
        }
        Problems problems = Problems.none();
        if (model.getAttribute("problems") instanceof Problems refused) {
            // A hold or placement just refused comes back here through the redirect, with its problems.
            problems.addAll(refused);
        }
        Map<String, Object> options = options(FormValues.number(maxDistanceMiles, MAX_DISTANCE, problems), includeExternal);
        // The kind of care is the child's placement's unless the officer picks another; an unknown value is left to the
        // API, which names it in its error.
        if (approvalType != null && !approvalType.isBlank()) {
            options.put("approvalType", approvalType);
        }
        if (siblings != null && !siblings.isEmpty()) {
            // A referral's brothers and sisters: every home must take them all (matching's siblingIds).
            options.put("siblingIds", siblings);
            model.addAttribute("siblings", siblings);
        }
        if (risks != null && !risks.isEmpty()) {
            // A referral's "who they can live alongside": every home must allow it (matching's risks); an unknown value is
            // left to the API, which names it in its error.
            options.put("risks", risks);
            model.addAttribute("risks", risks);
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("childId", id);
        variables.put("options", options);
        GraphQlGateway.Answer<ChildMatchesAnswer> answer = graphQl.execute(request, CHILD_MATCHES, variables, ChildMatchesAnswer.class);
        Child child = answer.data().child();
        problems.refused(answer.refusals(), Map.of("maxDistanceMiles", MAX_DISTANCE, "childId", CHILD_ID));
        model.addAttribute("problems", problems);
        model.addAttribute("child", child);
        model.addAttribute("childId", id);
        model.addAttribute("options", options);
        model.addAttribute("maxDistanceAsked", maxDistanceMiles);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("placeCodes", Api.orEmpty(answer.data().placeCodes()));
        model.addAttribute("reasonCodes", Api.orEmpty(answer.data().endReasons()));
        addResult(model, answer.data().matchesForChild(),
                child == null ? null : MapPlot.Place.of(child.homeLocation(), "Home", "The child's home", false),
                child == null ? null : MapPlot.Place.of(child.schoolLocation(), "School", String.valueOf(child.schoolName()), false));
        return "matches";
    }

    @GetMapping("/web/find-a-home/referral")
    String matchesForReferral(HttpServletRequest request, @RequestParam MultiValueMap<String, String> form, Model model) {
        Problems problems = Problems.none();
        Map<String, Object> referral = referral(form, problems);
        Map<String, Object> options = options(FormValues.number(form.getFirst("maxDistanceMiles"), MAX_DISTANCE, problems),
                "on".equals(form.getFirst("includeExternal")) || "true".equals(form.getFirst("includeExternal")));
        model.addAttribute("options", options);
        model.addAttribute("referral", referral);
        keepReferralAnswers(form, model);
        model.addAttribute("problems", problems);
        if (!problems.isEmpty()) {
            // Back to the form with every answer kept and every problem shown beside its field.
            return chooseChild(request, null, null, null, null, null, form, model);
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
        problems.refused(answer.refusals(), Map.of("homePostcodeSector", HOME_SECTOR, "schoolPostcodeSector", SCHOOL_SECTOR,
                "maxDistanceMiles", MAX_DISTANCE));
        model.addAttribute("referralQuery", request.getQueryString());
        addResult(model, answer.data().matchesForReferral(),
                centre(answer.data().home(), "Home", "Home postcode sector " + home),
                centre(answer.data().school(), "School", "School postcode sector " + school));
        return "matches";
    }

    @PostMapping("/web/find-a-home/child/{childId}/hold")
    String hold(HttpServletRequest request, @PathVariable String childId, @RequestParam String householdId,
            @RequestParam(required = false) String hours, @RequestParam(defaultValue = "0") int row, RedirectAttributes redirect) {
        Problems problems = Problems.none();
        // The hours field of the home the officer chose, so the error summary links to it.
        Problems.Field hoursField = new Problems.Field("hours-" + row, HOURS.label());
        Map<String, Object> input = new HashMap<>();
        input.put("childId", childId);
        input.put("householdId", householdId);
        input.put("hours", FormValues.wholeNumber(hours, hoursField, problems));
        input.put("reason", "Held from the match finder");
        if (problems.isEmpty()) {
            GraphQlGateway.Answer<HoldAnswer> answer = graphQl.execute(request, HOLD, Map.of("input", input), HoldAnswer.class);
            problems.refused(answer.refusals(), Map.of("hours", hoursField));
            if (answer.ok()) {
                Hold hold = answer.data().holdVacancy();
                redirect.addFlashAttribute("done", "Held a place at " + hold.household().name() + " until "
                        + words.dateTime(hold.expiresAt()) + " (hold " + hold.id() + ").");
            }
        }
        redirect.addFlashAttribute("problems", problems);
        redirect.addAttribute("childId", childId);
        return "redirect:/web/find-a-home/child/{childId}";
    }

    /**
     * Check your answers before a placement starts or a child moves: the child, the home, the day, the codes and the
     * cost, each with a link back to change it. Nothing changes until the officer confirms.
     */
    @GetMapping("/web/find-a-home/child/{childId}/place")
    String checkPlacement(HttpServletRequest request, @PathVariable String childId, @RequestParam MultiValueMap<String, String> form,
            Model model) {
        PlacementAnswers answers = PlacementAnswers.of(form);
        Map<String, Object> variables = new HashMap<>();
        variables.put("childId", childId);
        variables.put("householdId", answers.householdId());
        GraphQlGateway.Answer<PlacementCheckAnswer> answer = graphQl.execute(request, PLACEMENT_CHECK, variables, PlacementCheckAnswer.class);
        Problems problems = Problems.none();
        if (model.getAttribute("problems") instanceof Problems refused) {
            // The confirmation was refused; PlacementAnswers' own problems are among these already.
            problems.addAll(refused);
        }
        else {
            problems.addAll(answers.problems());
        }
        problems.refused(answer.refusals(), Map.of());
        if (answer.data().child() == null || answer.data().household() == null) {
            problems.add("The child or the home is not one of your council's records");
        }
        model.addAttribute("problems", problems);
        model.addAttribute("check", answer.data());
        model.addAttribute("answers", answers);
        model.addAttribute("childId", childId);
        return "check-placement";
    }

    /** Starts the placement, or for a child placed today moves them (the old placement ends the same day). */
    @PostMapping("/web/find-a-home/child/{childId}/place")
    String place(HttpServletRequest request, @PathVariable String childId, @RequestParam MultiValueMap<String, String> form,
            Model model, RedirectAttributes redirect) {
        PlacementAnswers answers = PlacementAnswers.of(form);
        Problems problems = answers.problems();
        boolean move = answers.move();
        if (problems.isEmpty()) {
            Map<String, Object> input = answers.input(childId);
            GraphQlGateway.Answer<PlacementAnswer> answer = graphQl.execute(request, move ? MOVE : PLACE, Map.of("input", input),
                    PlacementAnswer.class);
            problems.refused(answer.refusals(), Map.of("start", START, "date", START, "placeCode", PLACE_CODE,
                    "providerCode", PROVIDER_CODE, "weeklyCost", WEEKLY_COST, "reasonCode", REASON_CODE));
            if (answer.ok()) {
                StartedPlacement placement = answer.data().placement();
                redirect.addFlashAttribute("confirmation", new Confirmation(move ? "Child moved" : "Placement started",
                        childId + " is placed with " + placement.household().name() + " from " + words.date(placement.start()),
                        placement.id()));
                redirect.addAttribute("childId", childId);
                return "redirect:/web/find-a-home/child/{childId}/placed";
            }
        }
        // Refused: the check page again (not a redirect, which would put the answers in an address), with the problems
        // beside the answers to change.
        model.addAttribute("problems", problems);
        return checkPlacement(request, childId, form, model);
    }

    /** What a confirmation panel says: its title, what happened and the reference. */
    record Confirmation(String title, String body, String reference) implements java.io.Serializable {
    }

    @GetMapping("/web/find-a-home/child/{childId}/placed")
    String placed(@PathVariable String childId, Model model) {
        if (model.getAttribute("confirmation") == null) {
            // Opened again later (a bookmark, a reload): the panel said its piece once; the child's page is what is true now.
            return "redirect:/web/find-a-home/child/" + UriUtils.encodePathSegment(childId, StandardCharsets.UTF_8);
        }
        model.addAttribute("childId", childId);
        return "placed";
    }

    /** How many agency homes the page shows when asked for them, after the council's own. */
    static final int AGENCY_HOMES_SHOWN = 10;

    /** How many candidates the page asks for when agency homes are wanted: s22C ranks them after every in-house home. */
    static final int CANDIDATES_WITH_AGENCIES = 100;

    private static void addResult(Model model, MatchResult answered, MapPlot.Place home, MapPlot.Place school) {
        MatchResult result = Objects.requireNonNullElse(answered, MatchResult.NONE);
        List<Candidate> ranked = Api.orEmpty(result.candidates());
        // With agency homes asked for, the council's own keep the first list (their usual top 20) and the best agency
        // homes get a list of their own, each with its overall rank; otherwise the API's list as it is.
        boolean withAgencies = model.getAttribute("options") instanceof Map<?, ?> asked && Boolean.TRUE.equals(asked.get("includeExternal"));
        List<Candidate> candidates = withAgencies
                ? ranked.stream().filter(candidate -> !Boolean.FALSE.equals(candidate.internal())).limit(DEFAULT_CANDIDATES).toList()
                : ranked;
        List<Candidate> agency = withAgencies
                ? ranked.stream().filter(candidate -> Boolean.FALSE.equals(candidate.internal())).limit(AGENCY_HOMES_SHOWN).toList()
                : List.of();
        model.addAttribute("agencyCandidates", agency);
        model.addAttribute("agencyRanks", agency.stream().map(candidate -> ranked.indexOf(candidate) + 1).toList());
        List<Candidate> plotted = new ArrayList<>(candidates);
        plotted.addAll(agency);
        List<Exclusion> excluded = Api.orEmpty(result.excluded());
        List<MapPlot.Place> candidatePlaces = new ArrayList<>();
        for (Candidate candidate : plotted) {
            int rank = ranked.indexOf(candidate);
            MapPlot.Place place = MapPlot.Place.of(candidate.household().location(), String.valueOf(rank + 1),
                    (rank + 1) + ". " + candidate.household().name(), Boolean.TRUE.equals(candidate.internal()));
            if (place != null) {
                candidatePlaces.add(place);
            }
        }
        List<MapPlot.Place> excludedPlaces = excluded.stream()
                .map(one -> MapPlot.Place.of(one.household().location(), "", one.household().name() + ": " + Labels.of(one.rule()), false))
                .filter(Objects::nonNull).toList();
        model.addAttribute("candidates", candidates);
        model.addAttribute("scoreOutOf", result.scoreOutOf());
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

    private static void keepReferralAnswers(MultiValueMap<String, String> form, Model model) {
        model.addAttribute("form", form.toSingleValueMap());
        model.addAttribute("checkedNeeds", form.entrySet().stream().filter(field -> field.getKey().startsWith("needs"))
                .flatMap(field -> field.getValue().stream().map(need -> field.getKey() + "-" + need)).toList());
    }

    private static void addReferralForm(Model model) {
        model.addAttribute("needs", NEEDS);
        model.addAttribute("careTypes", CARE_TYPES);
        model.addAttribute("livingAlongside", LIVING_ALONGSIDE);
        model.addAttribute("referralChildren", IntStream.rangeClosed(1, REFERRAL_CHILDREN).boxed().toList());
        if (model.getAttribute("form") == null) {
            model.addAttribute("form", Map.of());
            model.addAttribute("checkedNeeds", List.of());
        }
    }

    private static Map<String, Object> options(Double maxDistanceMiles, boolean includeExternal) {
        Map<String, Object> options = new LinkedHashMap<>();
        if (maxDistanceMiles != null) {
            options.put("maxDistanceMiles", maxDistanceMiles);
        }
        options.put("includeExternal", includeExternal);
        if (includeExternal) {
            options.put("first", CANDIDATES_WITH_AGENCIES);
        }
        return options;
    }

    /** The API's default number of candidates, which the page keeps for the council's own homes. */
    static final int DEFAULT_CANDIDATES = 20;

    /** The referral as the API takes it, from the form's fields; each problem is kept against its field. */
    private static Map<String, Object> referral(MultiValueMap<String, String> form, Problems problems) {
        List<Map<String, Object>> children = new ArrayList<>();
        for (int i = 1; i <= REFERRAL_CHILDREN; i++) {
            String age = FormValues.blankToNull(form.getFirst("age" + i));
            if (age == null) {
                continue;
            }
            String who = i == 1 ? "the child" : "brother or sister " + (i - 1);
            Map<String, Object> child = new HashMap<>();
            child.put("age", FormValues.wholeNumber(age, new Problems.Field("age" + i, "The age of " + who), problems));
            String sex = FormValues.blankToNull(form.getFirst("sex" + i));
            if (sex == null) {
                problems.add(new Problems.Field("sex" + i + "-FEMALE", "Sex"), "Select the sex of " + who);
            }
            child.put("sex", sex);
            List<String> needs = form.get("needs" + i);
            child.put("needs", needs == null ? List.of() : needs);
            children.add(child);
        }
        if (children.isEmpty()) {
            problems.add(new Problems.Field("age1", "Age"), "Enter the age of the child");
        }
        if (FormValues.blankToNull(form.getFirst("homePostcodeSector")) == null) {
            problems.add(HOME_SECTOR, "Enter the postcode sector of the child's home, like WS2 7");
        }
        Map<String, Object> referral = new LinkedHashMap<>();
        referral.put("children", children);
        putIfPresent(referral, "homePostcodeSector", form.getFirst("homePostcodeSector"));
        putIfPresent(referral, "schoolPostcodeSector", form.getFirst("schoolPostcodeSector"));
        putIfPresent(referral, "urgency", form.getFirst("urgency"));
        putIfPresent(referral, "placementType", form.getFirst("placementType"));
        String risk = FormValues.blankToNull(form.getFirst("risks"));
        if (risk != null) {
            referral.put("risks", List.of(risk.trim()));
        }
        referral.put("sharingAgreed", "on".equals(form.getFirst("sharingAgreed")));
        return referral;
    }

    private static void putIfPresent(Map<String, Object> target, String field, String value) {
        if (FormValues.blankToNull(value) != null) {
            target.put(field, value.trim());
        }
    }

    @SafeVarargs
    private static <T> Map<T, T> orderedMap(T... keysAndValues) {
        Map<T, T> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /** The answers of the placement form, as the check page shows them and the mutation takes them. */
    record PlacementAnswers(String householdId, String start, String placeCode, String providerCode, String weeklyCost,
            boolean move, String reasonCode, Double cost, Problems problems) {

        static PlacementAnswers of(MultiValueMap<String, String> form) {
            Problems problems = Problems.none();
            String weeklyCost = form.getFirst("weeklyCost");
            Double cost = FormValues.number(weeklyCost, WEEKLY_COST, problems);
            if (FormValues.blankToNull(form.getFirst("start")) == null) {
                problems.add(START, "Enter the first day of the placement");
            }
            if (cost == null && FormValues.blankToNull(weeklyCost) == null) {
                problems.add(WEEKLY_COST, "Enter the weekly cost in pounds");
            }
            if (FormValues.blankToNull(form.getFirst("placeCode")) == null) {
                problems.add(PLACE_CODE, "Select the placement type");
            }
            if (form.containsKey("reasonCode") && FormValues.blankToNull(form.getFirst("reasonCode")) == null) {
                problems.add(REASON_CODE, "Select why the current placement ends");
            }
            if (FormValues.blankToNull(form.getFirst("providerCode")) == null) {
                problems.add(PROVIDER_CODE, "Enter the provider code, like PR1 for the council's own carers");
            }
            return new PlacementAnswers(form.getFirst("householdId"), form.getFirst("start"), form.getFirst("placeCode"),
                    form.getFirst("providerCode"), weeklyCost, form.containsKey("reasonCode"),
                    FormValues.blankToNull(form.getFirst("reasonCode")), cost, problems);
        }

        Map<String, Object> input(String childId) {
            Map<String, Object> input = new HashMap<>();
            input.put("childId", childId);
            input.put("householdId", householdId);
            input.put(move ? "date" : "start", start);
            input.put("placeCode", placeCode);
            input.put("providerCode", providerCode);
            input.put("weeklyCost", cost);
            if (move) {
                input.put("reasonCode", reasonCode);
            }
            return input;
        }
    }
}
