package org.fostergraph.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * A provider's pages: the referrals councils sent to the provider (those awaiting an answer first, or all) with its
 * homes' places; and one referral, with what it shares of the children, the provider's homes that pass the council's
 * rules, and the answer: an offer of one of them (from when, at what weekly cost split into core, additional and
 * education) or a decline with the reason.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class ProviderPages {

    private static final String INBOX = PageDocuments.read("ProviderInbox");
    private static final String REFERRAL = PageDocuments.read("ProviderReferralPage");
    private static final String OFFER = PageDocuments.read("OfferFromPage");
    private static final String DECLINE = PageDocuments.read("DeclineFromPage");
    private static final String NOT_AVAILABLE = PageDocuments.read("MarkNotAvailableFromPage");
    private static final String PUBLISH = PageDocuments.read("PublishVacancyFromPage");
    private static final String WITHDRAW = PageDocuments.read("WithdrawVacancyFromPage");

    static final Problems.Field HOME = new Problems.Field("householdId", "Home");
    static final Problems.Field START = new Problems.Field("start-day", "Start date");
    static final Problems.Field CORE = new Problems.Field("weeklyCore", "Weekly core fee");
    static final Problems.Field ADDITIONAL = new Problems.Field("weeklyAdditional", "Weekly additional support");
    static final Problems.Field EDUCATION = new Problems.Field("weeklyEducation", "Weekly education costs");
    static final Problems.Field NOTES = new Problems.Field("notes", "Notes for the council");
    static final Problems.Field REASON = new Problems.Field("reason", "Reason");
    static final Problems.Field DETAIL = new Problems.Field("detail", "Why, in words");
    static final Problems.Field PLACES = new Problems.Field("places", "How many places");
    static final Problems.Field FROM = new Problems.Field("from-day", "From");
    static final Problems.Field UNTIL = new Problems.Field("until-day", "Available again on");
    static final Problems.Field WHY = new Problems.Field("reason", "Why");
    static final Problems.Field VACANCY_HOME = new Problems.Field("vacancyHome", "Home");
    static final Problems.Field VACANCY_PLACES = new Problems.Field("vacancyPlaces", "How many places");
    static final Problems.Field FREE_FROM = new Problems.Field("freeFrom-day", "Free from");
    static final Problems.Field PROFILE = new Problems.Field("carerProfile", "About the carers");
    static final List<String> NOT_AVAILABLE_REASONS = List.of("CARER_BREAK", "CARER_CIRCUMSTANCES", "MATCHING",
            "ALLEGATION_OR_CONCERN", "ROOM_IN_USE", "OTHER");
    static final List<String> DECLINE_REASONS = List.of("NO_VACANCY", "NEEDS_NOT_MET", "LOCATION", "MATCHING_CONCERNS", "COST", "OTHER");

    /** The answer to {@code ProviderInbox.graphql}. */
    record InboxAnswer(Api.Connection<Sending> providerReferrals, List<Home> providerHomes, List<Vacancy> providerVacancies) {
    }

    /** A vacancy the provider published that still stands. */
    record Vacancy(String id, Integer places, String availableFrom, String status, String lapsesAfter, String carerProfile,
            VacancyHome home) {
    }

    record VacancyHome(String id, String name) {
    }

    /** The answer to {@code PublishVacancyFromPage.graphql}. */
    record PublishAnswer(Published publishVacancy) {
    }

    record Published(String id, Integer places, String availableFrom, String status, HomeName home) {
    }

    /** The answer to {@code WithdrawVacancyFromPage.graphql}. */
    record WithdrawAnswer(Withdrawn withdrawVacancy) {
    }

    record Withdrawn(String id, String status, HomeName home) {
    }

    record Sending(String id, String council, String sent, String respondBy, String status, String urgency, String placementType,
            String homeArea, List<ListedChild> children) {

        /** "Two children, 8 and 8" as the inbox lists them. */
        public String childrenInWords() {
            return (children.size() == 1 ? "One child, " : children.size() + " children, ")
                    + String.join(" and ", children.stream().map(child -> child.age() + "").toList());
        }
    }

    /** A child as the list of referrals shows them: age and sex. */
    record ListedChild(Integer age, String sex) {
    }

    /** A child as one referral shows them: age, sex and needs. */
    record SharedChild(Integer age, String sex, List<String> needs) {
    }

    record Home(String id, String name, String provision, String status, Integer approvedPlaces, Integer filled, Integer held,
            Integer notAvailable, Integer vacant) {
    }

    /** The answer to {@code ProviderReferralPage.graphql}. */
    record ReferralAnswer(Referral providerReferral) {
    }

    record Referral(String id, String council, String sent, String respondBy, String status, String urgency, String placementType,
            List<String> risks, String homeArea, Double maxDistanceMiles, String declineReason, String declineDetail,
            String closedMessage, List<SharedChild> children, List<HomeFit> homes, Offer offer) {

        public boolean awaiting() {
            return "AWAITING".equals(status);
        }

        public List<HomeFit> fitting() {
            return homes.stream().filter(HomeFit::fits).toList();
        }
    }

    record HomeFit(FitHome home, Boolean fits, String rule, String detail, Double distanceMiles) {
    }

    record FitHome(String id, String name, Integer vacant) {
    }

    record Offer(String id, HomeName home, String start, Double weeklyCore, Double weeklyAdditional, Double weeklyEducation,
            Double weeklyCost, String notes, String status, String closedMessage) {
    }

    record HomeName(String name) {
    }

    /** The answer to {@code OfferFromPage.graphql}. */
    record OfferAnswer(Offered offerPlacement) {
    }

    record Offered(String id, OfferedHome offer) {
    }

    record OfferedHome(HomeName home, Double weeklyCost) {
    }

    /** The answer to {@code MarkNotAvailableFromPage.graphql}. */
    record NotAvailableAnswer(MarkedHome markHomePlacesNotAvailable) {
    }

    record MarkedHome(String id, String name, Integer notAvailable, Integer vacant) {
    }

    /** The answer to {@code DeclineFromPage.graphql}. */
    record DeclineAnswer(Declined declineReferral) {
    }

    record Declined(String id, String status) {
    }

    private final GraphQlGateway graphQl;
    private final Words words;

    ProviderPages(GraphQlGateway graphQl, Words words) {
        this.graphQl = graphQl;
        this.words = words;
    }

    /** {@code show}: waiting (the default: awaiting your answer) or all. */
    @GetMapping("/web/provider")
    String inbox(HttpServletRequest request, @RequestParam(defaultValue = "waiting") String show,
            @RequestParam(required = false) String after, @RequestParam(required = false) String trail, Model model) {
        String view = "all".equals(show) ? "all" : "waiting";
        Map<String, Object> variables = new HashMap<>();
        variables.put("waiting", "waiting".equals(view));
        variables.put("after", FormValues.blankToNull(after));
        GraphQlGateway.Answer<InboxAnswer> answer = graphQl.execute(request, INBOX, variables, InboxAnswer.class);
        Api.Connection<Sending> sendings = answer.data().providerReferrals() == null ? Api.Connection.none()
                : answer.data().providerReferrals();
        Problems problems = model.getAttribute("problems") instanceof Problems earlier ? earlier : Problems.none();
        model.addAttribute("problems", problems.refused(answer.refusals(), Map.of()));
        model.addAttribute("show", view);
        model.addAttribute("referrals", sendings.nodes());
        model.addAttribute("totalCount", sendings.totalCount());
        model.addAttribute("homes", Api.orEmpty(answer.data().providerHomes()));
        model.addAttribute("vacancies", Api.orEmpty(answer.data().providerVacancies()));
        if (!model.containsAttribute("answers")) {
            model.addAttribute("answers", Map.of());
        }
        model.addAttribute("notAvailableReasons", NOT_AVAILABLE_REASONS);
        model.addAttribute("formKey", UUID.randomUUID().toString());
        model.addAttribute("pages", Paging.of(sendings, 25, after, trail));
        return "provider-inbox";
    }

    @GetMapping("/web/provider/referrals/{id}")
    String referral(HttpServletRequest request, @PathVariable String id, Model model) {
        GraphQlGateway.Answer<ReferralAnswer> answer = graphQl.execute(request, REFERRAL, Map.of("id", id), ReferralAnswer.class);
        Referral referral = answer.data().providerReferral();
        if (referral == null) {
            return PageErrors.noSuchRecord(model, "There is no such referral", "No referral sent to your organisation has the id "
                    + id + ".", "/web/provider", "Go to the referrals sent to you");
        }
        Problems problems = model.getAttribute("problems") instanceof Problems earlier ? earlier : Problems.none();
        model.addAttribute("problems", problems.refused(answer.refusals(), Map.of()));
        model.addAttribute("referral", referral);
        model.addAttribute("reasons", DECLINE_REASONS);
        if (!model.containsAttribute("answers")) {
            model.addAttribute("answers", Map.of());
        }
        model.addAttribute("formKey", UUID.randomUUID().toString());
        return "provider-referral";
    }

    @PostMapping("/web/provider/referrals/{id}/offer")
    String offer(HttpServletRequest request, @PathVariable String id, @RequestParam MultiValueMap<String, String> form,
            @RequestParam String formKey, RedirectAttributes redirect) {
        Problems problems = Problems.none();
        String home = FormValues.blankToNull(form.getFirst("householdId"));
        if (home == null) {
            problems.add(HOME, "Select the home you offer");
        }
        LocalDate start = DateInput.read(START, form.getFirst("start-day"), form.getFirst("start-month"), form.getFirst("start-year"),
                null, problems);
        if (start == null && !problems.has(START.id())) {
            problems.add(START, "Enter the first day the home can take the children");
        }
        Double core = FormValues.pounds(form.getFirst("weeklyCore"), CORE, problems);
        if (core == null && !problems.has(CORE.id())) {
            problems.add(CORE, "Enter the weekly core fee, in pounds");
        }
        Double additional = FormValues.pounds(form.getFirst("weeklyAdditional"), ADDITIONAL, problems);
        Double education = FormValues.pounds(form.getFirst("weeklyEducation"), EDUCATION, problems);
        if (problems.isEmpty()) {
            Map<String, Object> input = new HashMap<>();
            input.put("providerReferralId", id);
            input.put("householdId", home);
            input.put("start", start.toString());
            input.put("weeklyCore", core);
            input.put("weeklyAdditional", additional);
            input.put("weeklyEducation", education);
            input.put("notes", FormValues.blankToNull(form.getFirst("notes")));
            input.put("clientKey", formKey + "-offer");
            GraphQlGateway.Answer<OfferAnswer> offered = graphQl.execute(request, OFFER, Map.of("input", input), OfferAnswer.class);
            problems.refused(offered.refusals(), Map.of("householdId", HOME, "start", START, "weeklyCore", CORE,
                    "weeklyAdditional", ADDITIONAL, "weeklyEducation", EDUCATION, "notes", NOTES));
            if (offered.ok()) {
                OfferedHome made = offered.data().offerPlacement().offer();
                redirect.addFlashAttribute("done", "Offer sent: " + made.home().name() + " at " + words.pounds(made.weeklyCost())
                        + " a week. The council sees it beside its own homes and will tell you if it is accepted.");
                return "redirect:/web/provider/referrals/" + id;
            }
        }
        redirect.addFlashAttribute("problems", problems);
        redirect.addFlashAttribute("answers", form.toSingleValueMap());
        return "redirect:/web/provider/referrals/" + id;
    }

    /**
     * Marks some of a home's places not available for a while (the form under the homes on the provider's page): the
     * councils' matching stops offering them until the day given.
     */
    @PostMapping("/web/provider/homes/not-available")
    String markNotAvailable(HttpServletRequest request, @RequestParam String homeId, @RequestParam MultiValueMap<String, String> form,
            @RequestParam String formKey, RedirectAttributes redirect) {
        String householdId = homeId;
        Problems problems = Problems.none();
        Integer places = FormValues.wholeNumber(form.getFirst("places"), PLACES, problems);
        if (places == null && !problems.has(PLACES.id())) {
            problems.add(PLACES, "Enter how many places are not available");
        }
        String reason = FormValues.blankToNull(form.getFirst("reason"));
        if (reason == null || !NOT_AVAILABLE_REASONS.contains(reason)) {
            problems.add(WHY, "Select why the places are not available");
        }
        LocalDate from = DateInput.read(FROM, form.getFirst("from-day"), form.getFirst("from-month"), form.getFirst("from-year"),
                null, problems);
        if (from == null && !problems.has(FROM.id())) {
            problems.add(FROM, "Enter the first day the places are not available");
        }
        LocalDate until = DateInput.read(UNTIL, form.getFirst("until-day"), form.getFirst("until-month"),
                form.getFirst("until-year"), null, problems);
        if (until == null && !problems.has(UNTIL.id())) {
            problems.add(UNTIL, "Enter the day the places are available again");
        }
        if (problems.isEmpty()) {
            Map<String, Object> input = new HashMap<>();
            input.put("householdId", householdId);
            input.put("places", places);
            input.put("reason", reason);
            input.put("detail", FormValues.blankToNull(form.getFirst("detail")));
            input.put("from", from.toString());
            input.put("until", until.toString());
            input.put("clientKey", formKey + "-not-available-" + householdId);
            GraphQlGateway.Answer<NotAvailableAnswer> marked = graphQl.execute(request, NOT_AVAILABLE, Map.of("input", input),
                    NotAvailableAnswer.class);
            problems.refused(marked.refusals(), Map.of("places", PLACES, "reason", WHY, "from", FROM, "until", UNTIL,
                    "detail", DETAIL));
            if (marked.ok()) {
                MarkedHome home = marked.data().markHomePlacesNotAvailable();
                redirect.addFlashAttribute("done", words.count(places, "place", "places") + " at " + home.name()
                        + " not available from " + words.date(from.toString()) + " until " + words.date(until.toString())
                        + ". Councils' matching does not offer them until then.");
                return "redirect:/web/provider";
            }
        }
        redirect.addFlashAttribute("problems", problems);
        return "redirect:/web/provider";
    }

    /**
     * Publishes places at one of the provider's homes as free from a day, with the carers' profile (the form under the
     * vacancies on the provider's page): the councils' officers see it beside each open referral it fits.
     */
    @PostMapping("/web/provider/vacancies")
    String publishVacancy(HttpServletRequest request, @RequestParam MultiValueMap<String, String> form,
            @RequestParam String formKey, RedirectAttributes redirect) {
        Problems problems = Problems.none();
        String home = FormValues.blankToNull(form.getFirst("vacancyHome"));
        if (home == null) {
            problems.add(VACANCY_HOME, "Select the home with places free");
        }
        Integer places = FormValues.wholeNumber(form.getFirst("vacancyPlaces"), VACANCY_PLACES, problems);
        if (places == null && !problems.has(VACANCY_PLACES.id())) {
            problems.add(VACANCY_PLACES, "Enter how many places are free");
        }
        LocalDate from = DateInput.read(FREE_FROM, form.getFirst("freeFrom-day"), form.getFirst("freeFrom-month"),
                form.getFirst("freeFrom-year"), null, problems);
        if (from == null && !problems.has(FREE_FROM.id())) {
            problems.add(FREE_FROM, "Enter the first day the places are free");
        }
        String profile = FormValues.blankToNull(form.getFirst("carerProfile"));
        if (profile == null) {
            problems.add(PROFILE, "Say who the carers are: their experience, skills and the children they care for best");
        }
        if (problems.isEmpty()) {
            Map<String, Object> input = new HashMap<>();
            input.put("householdId", home);
            input.put("places", places);
            input.put("availableFrom", from.toString());
            input.put("carerProfile", profile);
            input.put("clientKey", formKey + "-publish");
            GraphQlGateway.Answer<PublishAnswer> published = graphQl.execute(request, PUBLISH, Map.of("input", input),
                    PublishAnswer.class);
            problems.refused(published.refusals(), Map.of("householdId", VACANCY_HOME, "places", VACANCY_PLACES,
                    "availableFrom", FREE_FROM, "carerProfile", PROFILE));
            if (published.ok()) {
                Published vacancy = published.data().publishVacancy();
                redirect.addFlashAttribute("done", words.count(vacancy.places(), "place", "places") + " at "
                        + vacancy.home().name() + " published as free from " + words.date(vacancy.availableFrom())
                        + ". Councils' officers see it beside the referrals it fits.");
                return "redirect:/web/provider";
            }
        }
        redirect.addFlashAttribute("problems", problems);
        redirect.addFlashAttribute("answers", form.toSingleValueMap());
        return "redirect:/web/provider";
    }

    @PostMapping("/web/provider/vacancies/{id}/withdraw")
    String withdrawVacancy(HttpServletRequest request, @PathVariable String id, @RequestParam String formKey,
            RedirectAttributes redirect) {
        Map<String, Object> input = Map.of("vacancyId", id, "clientKey", formKey + "-withdraw-" + id);
        GraphQlGateway.Answer<WithdrawAnswer> withdrawn = graphQl.execute(request, WITHDRAW, Map.of("input", input),
                WithdrawAnswer.class);
        if (withdrawn.ok()) {
            redirect.addFlashAttribute("done", "Vacancy at " + withdrawn.data().withdrawVacancy().home().name()
                    + " withdrawn. Councils' officers no longer see it.");
        } else {
            redirect.addFlashAttribute("problems", Problems.none().refused(withdrawn.refusals(), Map.of()));
        }
        return "redirect:/web/provider";
    }

    @PostMapping("/web/provider/referrals/{id}/decline")
    String decline(HttpServletRequest request, @PathVariable String id, @RequestParam MultiValueMap<String, String> form,
            @RequestParam String formKey, RedirectAttributes redirect) {
        Problems problems = Problems.none();
        String reason = FormValues.blankToNull(form.getFirst("reason"));
        if (reason == null || !DECLINE_REASONS.contains(reason)) {
            problems.add(REASON, "Select why you cannot offer a home");
        }
        if (problems.isEmpty()) {
            Map<String, Object> input = new HashMap<>();
            input.put("providerReferralId", id);
            input.put("reason", reason);
            input.put("detail", FormValues.blankToNull(form.getFirst("detail")));
            input.put("clientKey", formKey + "-decline");
            GraphQlGateway.Answer<DeclineAnswer> declined = graphQl.execute(request, DECLINE, Map.of("input", input),
                    DeclineAnswer.class);
            problems.refused(declined.refusals(), Map.of("reason", REASON, "detail", DETAIL));
            if (declined.ok()) {
                redirect.addFlashAttribute("done", "You declined the referral. The council has been told why.");
                return "redirect:/web/provider";
            }
        }
        redirect.addFlashAttribute("problems", problems);
        redirect.addFlashAttribute("answers", form.toSingleValueMap());
        return "redirect:/web/provider/referrals/" + id;
    }
}
