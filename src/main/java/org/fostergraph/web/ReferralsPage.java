package org.fostergraph.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A referral not yet in the system, made one: the officer gives each child's date of birth, and the page registers
 * the children (registerChild) and opens the referral for them together (openReferral); then the open referrals,
 * longest waiting first, each leading to the homes for its children as a group, where a place is held or a
 * placement started as for any child. Every request carries client keys made once for the form, so sending it again
 * (a refusal put right, a double click) registers nobody twice.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class ReferralsPage {

    private static final String REGISTER = PageDocuments.read("RegisterChildFromPage");

    private static final String OPEN = PageDocuments.read("OpenReferralFromPage");

    private static final String REFERRALS = PageDocuments.read("ReferralsPage");

    private static final String CENTRES = PageDocuments.read("SectorCentres");

    /** The answer to {@code SectorCentres.graphql}: where the referral's home and school sectors are. */
    record Centres(Sector home, Sector school) {
    }

    record Sector(Api.Location centre) {
    }

    /** The answer to {@code RegisterChildFromPage.graphql}. */
    record RegisterAnswer(Registered registerChild) {
    }

    record Registered(String id) {
    }

    /** The answer to {@code OpenReferralFromPage.graphql}. */
    record OpenAnswer(Opened openReferral) {
    }

    record Opened(String id, List<Registered> children) {
    }

    /** The answer to {@code ReferralsPage.graphql}. */
    record Answer(Api.Connection<Referral> referrals) {
    }

    record Referral(String id, String received, String urgency, String placementType, List<String> risks,
            Integer daysWaiting, List<ReferredChild> children) {

        public String matchesHref() {
            return ReferralsPage.matchesHref(children.stream().map(ReferredChild::id).toList(), risks);
        }

        /** Where the officer sends the referral to providers and sees their offers beside the council's homes. */
        public String offersHref() {
            return "/web/referrals/" + id;
        }
    }

    /**
     * The homes for the first child with the others as brothers and sisters who must fit too, and who they can live
     * alongside (the referral's risks) as every home must allow.
     */
    static String matchesHref(List<String> childIds, List<String> risks) {
        UriComponentsBuilder href = UriComponentsBuilder.fromPath("/web/find-a-home/child/{childId}");
        List<String> others = childIds.subList(1, childIds.size());
        if (!others.isEmpty()) {
            href.queryParam("siblings", String.join(",", others));
        }
        risks.forEach(risk -> href.queryParam("risks", risk));
        return href.buildAndExpand(childIds.get(0)).encode().toUriString();
    }

    record ReferredChild(String id, Integer ageYears) {
    }

    /** A child of the referral form as the questions show it: their number, age and sex. */
    record FormChild(int number, String age, String sex) {
    }

    private final GraphQlGateway graphQl;
    private final Clock clock;

    ReferralsPage(GraphQlGateway graphQl, Clock clock) {
        this.graphQl = graphQl;
        this.clock = clock;
    }

    /** The referral's answers carried over, and a date of birth asked for each child. */
    @GetMapping("/web/find-a-home/referral/open")
    String ask(@RequestParam MultiValueMap<String, String> referral, Model model) {
        model.addAttribute("problems", Problems.none());
        return questions(referral, UUID.randomUUID().toString(), model);
    }

    @PostMapping("/web/find-a-home/referral/open")
    String open(HttpServletRequest request, @RequestParam MultiValueMap<String, String> referral, @RequestParam String formKey,
            Model model, RedirectAttributes redirect) {
        Problems problems = Problems.none();
        List<FormChild> children = children(referral);
        LocalDate today = LocalDate.now(clock);
        Map<Integer, LocalDate> born = new LinkedHashMap<>();
        for (FormChild child : children) {
            Problems.Field field = new Problems.Field("dob" + child.number() + "-day", "Date of birth of child " + child.number());
            LocalDate dateOfBirth = DateInput.read(field, referral.getFirst("dob" + child.number() + "-day"),
                    referral.getFirst("dob" + child.number() + "-month"), referral.getFirst("dob" + child.number() + "-year"), null,
                    problems);
            if (dateOfBirth == null && !problems.has(field.id())) {
                problems.add(field, "Enter the date of birth of child " + child.number());
            }
            else if (dateOfBirth != null && dateOfBirth.isAfter(today)) {
                problems.add(field, "The date of birth of child " + child.number() + " must be in the past");
            }
            else if (dateOfBirth != null) {
                born.put(child.number(), dateOfBirth);
            }
        }
        if (children.isEmpty()) {
            problems.add("The referral has no child: go back and give the age of at least one");
        }
        List<String> childIds = new ArrayList<>();
        Centres centres = null;
        if (problems.isEmpty()) {
            // The children are located at their sectors' centres, as matchesForReferral located the referral, so their
            // own matches are the referral's.
            String home = String.valueOf(referral.getOrDefault("homePostcodeSector", List.of("")).get(0)).trim();
            String school = String.valueOf(referral.getOrDefault("schoolPostcodeSector", List.of("")).get(0)).trim();
            Map<String, Object> sectors = new HashMap<>();
            sectors.put("home", home);
            sectors.put("school", school);
            sectors.put("hasSchool", !school.isEmpty());
            GraphQlGateway.Answer<Centres> located = graphQl.execute(request, CENTRES, sectors, Centres.class);
            problems.refused(located.refusals(), Map.of());
            centres = located.data();
            if (problems.isEmpty() && (centres.home() == null || centres.home().centre() == null)) {
                problems.add("The home postcode sector " + home + " is not one the council's records locate: go back and check it");
            }
        }
        if (problems.isEmpty()) {
            for (FormChild child : children) {
                Map<String, Object> input = new HashMap<>();
                input.put("dateOfBirth", born.get(child.number()).toString());
                input.put("sex", child.sex());
                input.put("needs", referral.getOrDefault("needs" + child.number(), List.of()));
                input.put("homePostcodeSector", FormValues.blankToNull(referral.getFirst("homePostcodeSector")));
                input.put("homeLocation", point(centres.home()));
                if (centres.school() != null && centres.school().centre() != null) {
                    input.put("schoolLocation", point(centres.school()));
                }
                input.put("clientKey", formKey + "-child-" + child.number());
                GraphQlGateway.Answer<RegisterAnswer> registered = graphQl.execute(request, REGISTER, Map.of("input", input),
                        RegisterAnswer.class);
                problems.refused(registered.refusals(), Map.of("homePostcodeSector",
                        new Problems.Field("homePostcodeSector", "Home postcode sector")));
                if (!registered.ok()) {
                    break;
                }
                childIds.add(registered.data().registerChild().id());
            }
        }
        if (problems.isEmpty()) {
            Map<String, Object> input = new HashMap<>();
            input.put("childIds", childIds);
            input.put("received", today.toString());
            input.put("urgency", referral.getOrDefault("urgency", List.of("PLANNED")).get(0));
            String kind = FormValues.blankToNull(referral.getFirst("placementType"));
            if (kind != null) {
                input.put("placementType", kind);
            }
            String risk = FormValues.blankToNull(referral.getFirst("risks"));
            if (risk != null) {
                input.put("risks", List.of(risk.trim()));
            }
            input.put("clientKey", formKey + "-referral");
            GraphQlGateway.Answer<OpenAnswer> opened = graphQl.execute(request, OPEN, Map.of("input", input), OpenAnswer.class);
            problems.refused(opened.refusals(), Map.of());
            if (opened.ok()) {
                redirect.addFlashAttribute("done", "Opened referral " + opened.data().openReferral().id() + " for "
                        + String.join(", ", childIds) + ". Find their homes below.");
                return "redirect:/web/referrals";
            }
        }
        model.addAttribute("problems", problems);
        return questions(referral, formKey, model);
    }

    @GetMapping("/web/referrals")
    String referrals(HttpServletRequest request, @RequestParam(required = false) String after,
            @RequestParam(required = false) String trail, Model model) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("after", FormValues.blankToNull(after));
        GraphQlGateway.Answer<Answer> answer = graphQl.execute(request, REFERRALS, variables, Answer.class);
        Api.Connection<Referral> referrals = answer.data().referrals() == null ? Api.Connection.none() : answer.data().referrals();
        Problems problems = model.getAttribute("problems") instanceof Problems earlier ? earlier : Problems.none();
        model.addAttribute("problems", problems.refused(answer.refusals(), Map.of()));
        model.addAttribute("referrals", referrals.nodes());
        model.addAttribute("totalCount", referrals.totalCount());
        model.addAttribute("pages", Paging.of(referrals, 25, after, trail));
        return "referrals";
    }

    private static String questions(MultiValueMap<String, String> referral, String formKey, Model model) {
        model.addAttribute("children", children(referral));
        model.addAttribute("answers", referral.toSingleValueMap());
        List<Map.Entry<String, String>> carried = new ArrayList<>();
        referral.forEach((name, values) -> {
            if (!name.startsWith("dob") && !"formKey".equals(name) && !"_csrf".equals(name)) {
                values.forEach(value -> carried.add(Map.entry(name, value)));
            }
        });
        model.addAttribute("carried", carried);
        model.addAttribute("formKey", formKey);
        return "referral-open";
    }

    private static Map<String, Object> point(Sector sector) {
        return Map.of("latitude", sector.centre().latitude(), "longitude", sector.centre().longitude());
    }

    private static List<FormChild> children(MultiValueMap<String, String> referral) {
        List<FormChild> children = new ArrayList<>();
        for (int i = 1; i <= FindAHomePage.REFERRAL_CHILDREN; i++) {
            String age = FormValues.blankToNull(referral.getFirst("age" + i));
            if (age != null) {
                children.add(new FormChild(i, age.trim(), referral.getFirst("sex" + i)));
            }
        }
        return children;
    }
}
