package org.fostergraph.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * The officer's holds: places held for children while placements are agreed, the soonest to expire first, the
 * officer's own or everyone's, those expiring within {@link #SOON} marked; each can be given back from here.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class HoldsPage {

    private static final String DOCUMENT = PageDocuments.read("HoldsPage");

    private static final String RELEASE = PageDocuments.read("ReleaseHoldFromPage");

    /** A hold this close to expiry is marked, and "Expiring soon" lists only those. */
    static final Duration SOON = Duration.ofHours(12);

    /** The answer to {@code HoldsPage.graphql}. */
    record Answer(Api.Connection<HoldRow> holds) {
    }

    record HoldRow(String id, String reason, String createdBy, String createdAt, String expiresAt, String releasedAt, String usedAt,
            Boolean active, HeldChild child, HeldHousehold household) {
    }

    /** The child's id only: the page names a child by id, as every page does. */
    record HeldChild(String id) {
    }

    record HeldHousehold(String id, String name, String postcodeSector) {
    }

    /** The answer to {@code ReleaseHoldFromPage.graphql}. */
    record ReleaseAnswer(Released releaseHold) {
    }

    record Released(String id, Api.Named household) {
    }

    /** A hold as the table shows it: the row and whether it expires soon. */
    record Shown(HoldRow hold, boolean expiringSoon) {
    }

    private final GraphQlGateway graphQl;
    private final Clock clock;

    HoldsPage(GraphQlGateway graphQl, Clock clock) {
        this.graphQl = graphQl;
        this.clock = clock;
    }

    /** {@code show}: mine (the default), all, soon (everyone's expiring within 12 hours) or ended. */
    @GetMapping("/web/holds")
    String show(HttpServletRequest request, @RequestParam(defaultValue = "mine") String show,
            @RequestParam(required = false) String after, @RequestParam(required = false) String trail, Model model) {
        String view = List.of("mine", "all", "soon", "ended").contains(show) ? show : "mine";
        Map<String, Object> variables = new HashMap<>();
        variables.put("active", !"ended".equals(view));
        variables.put("mine", "mine".equals(view));
        variables.put("after", FormValues.blankToNull(after));
        GraphQlGateway.Answer<Answer> answer = graphQl.execute(request, DOCUMENT, variables, Answer.class);
        Api.Connection<HoldRow> holds = answer.data().holds() == null ? Api.Connection.none() : answer.data().holds();
        Instant soon = clock.instant().plus(SOON);
        List<Shown> rows = holds.nodes().stream()
                .map(hold -> new Shown(hold, Boolean.TRUE.equals(hold.active()) && Words.instant(hold.expiresAt()).isBefore(soon)))
                .filter(shown -> !"soon".equals(view) || shown.expiringSoon()).toList();
        Problems problems = model.getAttribute("problems") instanceof Problems refused ? refused : Problems.none();
        model.addAttribute("problems", problems.refused(answer.refusals(), Map.of()));
        model.addAttribute("show", view);
        model.addAttribute("holds", rows);
        model.addAttribute("totalCount", "soon".equals(view) ? rows.size() : holds.totalCount());
        model.addAttribute("pages", Paging.of(holds, 50, after, trail));
        return "holds";
    }

    @PostMapping("/web/holds/{holdId}/release")
    String release(HttpServletRequest request, @PathVariable String holdId, @RequestParam(defaultValue = "mine") String show,
            RedirectAttributes redirect) {
        GraphQlGateway.Answer<ReleaseAnswer> answer = graphQl.execute(request, RELEASE, Map.of("input", Map.of("holdId", holdId)),
                ReleaseAnswer.class);
        if (answer.ok()) {
            redirect.addFlashAttribute("done", "Gave back the place held at " + answer.data().releaseHold().household().name()
                    + " (hold " + holdId + "). It is free for other children now.");
        }
        redirect.addFlashAttribute("problems", Problems.none().refused(answer.refusals(), Map.of()));
        redirect.addAttribute("show", show);
        return "redirect:/web/holds";
    }
}
