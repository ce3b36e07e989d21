package org.fostergraph.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One referral for the placement officer: the council's own best homes and the providers' offers in one ranking (the
 * API ranks them: the s22C order, then the score), each offer to accept; whom the referral was sent to and how each
 * answered; and the providers whose homes could fit, to send it to. Without scripts it is a page to reload; with them
 * it reloads itself when a provider answers (js/live-referral.js).
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class ReferralOffersPage {

    private static final String DOCUMENT = PageDocuments.read("ReferralOffersPage");
    private static final String PROVIDERS = PageDocuments.read("ProvidersForReferral");
    private static final String SEND = PageDocuments.read("SendToProvidersFromPage");
    private static final String ACCEPT = PageDocuments.read("AcceptOfferFromPage");
    static final Problems.Field MOVE_REASON = new Problems.Field("moveReasonCode", "Why the current placement ends");

    /** The answer to {@code ReferralOffersPage.graphql}. */
    record Answer(Referral referral, List<Code> endReasons) {
    }

    /** An SSDA903 code and what it means. */
    record Code(String code, String meaning) {
    }

    record Referral(String id, String received, String urgency, String placementType, List<String> risks, String status,
            String outcome, String closed, Integer daysWaiting, List<Child> children, List<Sending> sentToProviders,
            List<HomeOrOffer> homesAndOffers, List<FittingVacancy> vacanciesThatFit) {

        public boolean open() {
            return "OPEN".equals(status);
        }

        public String matchesHref() {
            return ReferralsPage.matchesHref(children.stream().map(Child::id).toList(), risks);
        }

        /** Children placed now: accepting an offer moves them, and the form asks why. */
        public List<Child> placedNow() {
            return children.stream().filter(child -> child.currentPlacement() != null).toList();
        }
    }

    record Child(String id, Integer ageYears, CurrentPlacement currentPlacement) {
    }

    record Sending(Api.Named provider, String sent, String respondBy, String status, String declineReason, String declineDetail) {
    }

    record ProviderName(String name) {
    }

    record HomeOrOffer(Match match, Offer offer) {
    }

    record Match(Api.Named household, Double score, String preference, Double distanceMiles, Double weeklyCost, Boolean internal,
            List<String> flags, List<Reason> reasons) {
    }

    record Reason(String factor, Double points, String detail) {
    }

    /** A vacancy a provider published that could take the children, judged as the home will be on its day. */
    record FittingVacancy(PublishedVacancy vacancy, VacancyMatch match, Boolean alreadySent) {
    }

    record PublishedVacancy(String id, Api.Named provider, Api.Named household, Integer places, String availableFrom,
            String carerProfile, String status) {
    }

    record VacancyMatch(Double score, String preference, Double distanceMiles, Double weeklyCost) {
    }

    record Offer(String id, ProviderName provider, String start, Double weeklyCore, Double weeklyAdditional, Double weeklyEducation,
            Double weeklyCost, String notes) {
    }

    /** The answer to {@code ProvidersForReferral.graphql}. */
    record ProvidersAnswer(List<Reach> providersForReferral) {
    }

    record Reach(Provider provider, Integer homesThatFit, Double nearestMiles, Boolean alreadySent) {
    }

    record Provider(String id, String name, String kind) {
    }

    /** The answer to {@code SendToProvidersFromPage.graphql}. */
    record SendAnswer(Sent sendReferralToProviders) {
    }

    record Sent(String id, List<SentTo> sentToProviders) {
    }

    record SentTo(ProviderName provider, String respondBy) {
    }

    /** The answer to {@code AcceptOfferFromPage.graphql}. */
    record AcceptAnswer(Accepted acceptOffer) {
    }

    record Accepted(String id, List<PlacedChild> children) {
    }

    record PlacedChild(String id, PlacedWith currentPlacement) {
    }

    record PlacedWith(HomeName household) {
    }

    record CurrentPlacement(String id, HomeName household) {
    }

    record HomeName(String name) {
    }

    private final GraphQlGateway graphQl;
    private final Words words;

    ReferralOffersPage(GraphQlGateway graphQl, Words words) {
        this.graphQl = graphQl;
        this.words = words;
    }

    @GetMapping("/web/referrals/{referralId}")
    String show(HttpServletRequest request, @PathVariable String referralId, Model model) {
        GraphQlGateway.Answer<Answer> answer = graphQl.execute(request, DOCUMENT, Map.of("id", referralId), Answer.class);
        Problems problems = model.getAttribute("problems") instanceof Problems earlier ? earlier : Problems.none();
        problems.refused(answer.refusals(), Map.of());
        Referral referral = answer.data().referral();
        if (referral == null) {
            return PageErrors.noSuchRecord(model, "There is no such referral", "No referral of your council has the id "
                    + referralId + ".", "/web/referrals", "Go to the open referrals");
        }
        List<Reach> providers = List.of();
        if (referral.open()) {
            GraphQlGateway.Answer<ProvidersAnswer> reach = graphQl.execute(request, PROVIDERS, Map.of("id", referralId),
                    ProvidersAnswer.class);
            problems.refused(reach.refusals(), Map.of());
            providers = Api.orEmpty(reach.data().providersForReferral());
        }
        model.addAttribute("problems", problems);
        model.addAttribute("referral", referral);
        model.addAttribute("providers", providers);
        model.addAttribute("unsent", providers.stream().filter(reach -> !Boolean.TRUE.equals(reach.alreadySent())).toList());
        model.addAttribute("endReasons", Api.orEmpty(answer.data().endReasons()));
        model.addAttribute("formKey", UUID.randomUUID().toString());
        return "referral-offers";
    }

    @PostMapping("/web/referrals/{referralId}/send")
    String send(HttpServletRequest request, @PathVariable String referralId,
            @RequestParam(name = "providerIds", required = false) List<String> providerIds, @RequestParam String formKey,
            RedirectAttributes redirect) {
        Problems problems = Problems.none();
        if (providerIds == null || providerIds.isEmpty()) {
            problems.add(new Problems.Field("providerIds", "Providers"), "Select at least one provider to send the referral to");
        }
        else {
            Map<String, Object> input = new HashMap<>();
            input.put("referralId", referralId);
            input.put("providerIds", providerIds);
            input.put("clientKey", formKey + "-send");
            GraphQlGateway.Answer<SendAnswer> sent = graphQl.execute(request, SEND, Map.of("input", input), SendAnswer.class);
            problems.refused(sent.refusals(), Map.of("providerIds", new Problems.Field("providerIds", "Providers")));
            if (sent.ok()) {
                List<SentTo> to = sent.data().sendReferralToProviders().sentToProviders();
                redirect.addFlashAttribute("done", "Sent referral " + referralId + " to " + providerIds.size() + " "
                        + (providerIds.size() == 1 ? "provider" : "providers") + ". They answer by "
                        + words.dateTime(to.get(to.size() - 1).respondBy()) + ".");
            }
        }
        redirect.addFlashAttribute("problems", problems);
        return "redirect:/web/referrals/" + referralId;
    }

    @PostMapping("/web/referrals/{referralId}/accept")
    String accept(HttpServletRequest request, @PathVariable String referralId, @RequestParam String offerId,
            @RequestParam(required = false) String moveReasonCode, @RequestParam String formKey, RedirectAttributes redirect) {
        Map<String, Object> input = new HashMap<>();
        input.put("offerId", offerId);
        input.put("moveReasonCode", FormValues.blankToNull(moveReasonCode));
        input.put("clientKey", formKey + "-accept-" + offerId);
        GraphQlGateway.Answer<AcceptAnswer> accepted = graphQl.execute(request, ACCEPT, Map.of("input", input), AcceptAnswer.class);
        Problems problems = Problems.none().refused(accepted.refusals(), Map.of("moveReasonCode", MOVE_REASON));
        if (accepted.ok()) {
            List<PlacedChild> children = accepted.data().acceptOffer().children();
            redirect.addFlashAttribute("done", "Accepted the offer: " + String.join(", ", children.stream().map(PlacedChild::id)
                    .toList()) + " placed with " + children.get(0).currentPlacement().household().name()
                    + " from today. The referral is closed and the other providers have been told.");
        }
        redirect.addFlashAttribute("problems", problems);
        return "redirect:/web/referrals/" + referralId;
    }
}
