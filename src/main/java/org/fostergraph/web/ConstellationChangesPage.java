package org.fostergraph.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The fostering team's changes to a constellation, each as GOV.UK's question page, then check your answers (with the
 * fidelity the constellation would have, for a satellite joining or leaving), then the API's mutation: record a
 * sleepover or short break at the hub, a meeting or social activity, add or remove a satellite, change a member
 * household's status or terms of approval. The questions are the mutation's input fields, named as the API names
 * them, so the API's refusals land on the field they are about.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class ConstellationChangesPage {

    private static final String CONSTELLATION = PageDocuments.read("ConstellationForChange");

    /**
     * The answer to {@code ConstellationForChange.graphql}: the constellation, and for moving a satellite the others
     * it could join (when asking) or the one chosen with the fidelity it would have (when checking).
     */
    record Answer(ForChange constellation, Others others, Target target) {
    }

    record Others(List<OtherEdge> edges) {
    }

    record OtherEdge(Other node) {
    }

    record Other(String id, String name, SatelliteCount fidelity) {
    }

    record SatelliteCount(Integer satelliteCount) {
    }

    record Target(String id, String name, FidelityNow fidelity, FidelityNow fidelityIf) {
    }

    /** What a change does to one constellation's fidelity, shown on the check page. */
    public record Effect(String name, FidelityNow now, FidelityNow after) {
    }

    record ForChange(String id, String name, FidelityNow fidelity, FidelityNow fidelityIf, Member hub, List<Member> satellites,
            List<Growth> growthCandidates) {

        List<Member> members() {
            return Stream.concat(Stream.of(hub), Api.orEmpty(satellites).stream()).filter(Objects::nonNull).toList();
        }
    }

    public record FidelityNow(Integer satelliteCount, Boolean withinRange, List<String> issues) {
    }

    record Member(String id, String name, String postcodeSector, String status, Integer approvedPlaces, Integer ageMin, Integer ageMax,
            List<String> approvalTypes, Integer bedrooms, List<MemberChild> children) {
    }

    record MemberChild(String id, Integer ageYears) {
    }

    record Growth(Double distanceMiles, GrowthHousehold household) {
    }

    record GrowthHousehold(String id, String name, String postcodeSector) {
    }

    /** The answer to every change's mutation, aliased {@code changed}. */
    record ChangedAnswer(ChangedId changed) {
    }

    record ChangedId(String id) {
    }

    enum Kind { TEXT, NUMBER, DATE, RADIOS, SELECT, CHECKBOXES }

    record Option(String value, String label) {
    }

    /** One question: the API input field it answers, its label, how it is asked, its choices and hint. */
    record Question(String name, String label, Kind kind, List<Option> options, String hint, boolean optional) {

        static Question of(String name, String label, Kind kind) {
            return new Question(name, label, kind, List.of(), null, false);
        }

        Question choices(List<Option> choices) {
            return new Question(name, label, kind, choices, hint, optional);
        }

        Question hint(String text) {
            return new Question(name, label, kind, options, text, optional);
        }

        Question answerNotNeeded() {
            return new Question(name, label, kind, options, hint, true);
        }

        /** The element the error summary links to: the first box of a date, the first choice of a list. */
        public String firstId() {
            return switch (kind) {
                case DATE -> name + "-day";
                case RADIOS, CHECKBOXES -> options.isEmpty() ? name : name + "-" + options.get(0).value();
                default -> name;
            };
        }

        Problems.Field field() {
            return new Problems.Field(firstId(), label);
        }
    }

    /**
     * A kind of change: its page title, the mutation (the text of the document named, read once at start-up) and
     * the input field naming the constellation the page is about (null: the input names none).
     */
    record Change(String key, String title, String confirm, String document, String constellationField, String done) {

        Change {
            document = PageDocuments.read(document);
        }
    }

    static final Map<String, Change> CHANGES = changes(
            new Change("sleepover", "Record a sleepover or short break at the hub", "Record the stay", "RecordSleepoverFromPage", "constellationId",
                    "Recorded the stay at the hub."),
            new Change("event", "Record a meeting or social activity", "Record it", "RecordEventFromPage", "constellationId",
                    "Recorded the meeting or activity."),
            new Change("add-satellite", "Add a satellite household", "Add the satellite", "AddSatelliteFromPage", "constellationId",
                    "Added the satellite household."),
            new Change("remove-satellite", "Remove a satellite household", "Remove the satellite", "RemoveSatelliteFromPage", "constellationId",
                    "Removed the satellite household; it stays in the constellation's history."),
            new Change("move-satellite", "Move a satellite household to another constellation", "Move the satellite",
                    "MoveSatelliteFromPage", "fromConstellationId", "Moved the satellite household; it stays in this constellation's history."),
            new Change("status", "Change a household's status", "Change the status", "ChangeStatusFromPage", null,
                    "Changed the household's status."),
            new Change("terms", "Change a household's terms of approval", "Change the terms", "SetTermsFromPage", null,
                    "Changed the household's terms of approval."));

    private static final List<String> STATUSES = List.of("ENQUIRY", "ASSESSMENT", "APPROVED", "ON_HOLD", "DEREGISTERED");
    private static final List<String> APPROVAL_TYPES = List.of("SHORT_TERM", "LONG_TERM", "EMERGENCY", "RESPITE",
            "PARENT_AND_CHILD", "DISABILITY");

    private final GraphQlGateway graphQl;
    private final Clock clock;
    private final Words words;

    ConstellationChangesPage(GraphQlGateway graphQl, Clock clock, Words words) {
        this.graphQl = graphQl;
        this.clock = clock;
        this.words = words;
    }

    @GetMapping("/web/constellations/{constellationId}/change/{change}")
    String ask(HttpServletRequest request, @PathVariable String constellationId, @PathVariable String change,
            @RequestParam MultiValueMap<String, String> answers, Model model) {
        Opened opened = open(request, constellationId, change, null, model);
        if (opened == null) {
            return "constellation-change";
        }
        MultiValueMap<String, String> first = defaults(opened.kind(), opened.constellation(), answers);
        model.addAttribute("answers", first.toSingleValueMap());
        model.addAttribute("chosen", first);
        return page(model, opened);
    }

    @GetMapping("/web/constellations/{constellationId}/change/{change}/check")
    String check(HttpServletRequest request, @PathVariable String constellationId, @PathVariable String change,
            @RequestParam MultiValueMap<String, String> answers, Model model) {
        // A satellite joining, leaving or moving: read with the fidelity each constellation would have, shown before
        // anyone confirms (one read: the household and the constellation chosen are in the answers).
        Opened opened = open(request, constellationId, change, answers, model);
        if (opened == null) {
            return "constellation-change";
        }
        Problems problems = Problems.none();
        input(opened.kind(), constellationId, opened.questions(), answers, problems);
        model.addAttribute("answers", answers.toSingleValueMap());
        model.addAttribute("chosen", answers);
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            return page(model, opened);
        }
        model.addAttribute("effects", effects(opened.read()));
        model.addAttribute("rows", rows(opened.questions(), answers));
        model.addAttribute("hidden", hidden(answers));
        model.addAttribute("changeQuery", request.getQueryString());
        page(model, opened);
        return "constellation-check";
    }

    @PostMapping("/web/constellations/{constellationId}/change/{change}")
    String confirm(HttpServletRequest request, @PathVariable String constellationId, @PathVariable String change,
            @RequestParam MultiValueMap<String, String> answers, Model model, RedirectAttributes redirect) {
        Opened opened = open(request, constellationId, change, null, model);
        if (opened == null) {
            return "constellation-change";
        }
        Problems problems = Problems.none();
        Map<String, Object> input = input(opened.kind(), constellationId, opened.questions(), answers, problems);
        if (problems.isEmpty()) {
            GraphQlGateway.Answer<ChangedAnswer> answer = graphQl.execute(request, opened.kind().document(),
                    Map.of("input", input), ChangedAnswer.class);
            Map<String, Problems.Field> fields = new HashMap<>();
            opened.questions().forEach(question -> fields.put(question.name(), question.field()));
            problems.refused(answer.refusals(), fields);
            if (answer.ok()) {
                redirect.addFlashAttribute("done", opened.constellation().name() + ": " + opened.kind().done());
                return "redirect:/web/constellations#constellation-" + constellationId;
            }
        }
        // Refused: the questions again, with the answers given and each problem beside its question.
        model.addAttribute("problems", problems);
        model.addAttribute("answers", answers.toSingleValueMap());
        model.addAttribute("chosen", answers);
        return page(model, opened);
    }

    private String page(Model model, Opened opened) {
        if (!(model.getAttribute("problems") instanceof Problems)) {
            model.addAttribute("problems", Problems.none());
        }
        model.addAttribute("change", opened.kind());
        model.addAttribute("constellation", opened.constellation());
        model.addAttribute("questions", opened.questions());
        return "constellation-change";
    }

    /** A change's page as every step opens it: the kind of change, what the API answered, and its questions. */
    private record Opened(Change kind, Answer read, List<Question> questions) {

        ForChange constellation() {
            return read.constellation();
        }
    }

    /** The change named in the address, read for the page (null: no such constellation, the problem on the page). */
    private Opened open(HttpServletRequest request, String constellationId, String change, MultiValueMap<String, String> checking,
            Model model) {
        Change kind = kind(change);
        Answer read = read(request, constellationId, kind, checking, model);
        return read == null ? null : new Opened(kind, read, questions(kind, read));
    }

    /**
     * The constellation the page is about; with {@code checking} (the answers given) the fidelity the change would
     * give it and, for a move, the constellation joined; for a move's question page, the others it could join. Null,
     * with the problem on the page, when the council has no such constellation.
     */
    private Answer read(HttpServletRequest request, String id, Change kind, MultiValueMap<String, String> checking,
            Model model) {
        List<String> household = checking == null || FormValues.blankToNull(checking.getFirst("householdId")) == null
                ? List.of() : List.of(checking.getFirst("householdId"));
        String target = checking == null ? null : FormValues.blankToNull(checking.getFirst("toConstellationId"));
        boolean moving = "move-satellite".equals(kind.key());
        Map<String, Object> variables = new HashMap<>();
        variables.put("id", id);
        variables.put("add", "add-satellite".equals(kind.key()) ? household : List.of());
        variables.put("remove", "remove-satellite".equals(kind.key()) || moving ? household : List.of());
        variables.put("preview", !household.isEmpty() && kind.key().endsWith("-satellite"));
        variables.put("others", moving);
        // The target is read only to check a move to it; otherwise the variable repeats the page's own id, unread.
        variables.put("moving", moving && target != null && !household.isEmpty());
        variables.put("target", target == null ? id : target);
        variables.put("joining", household);
        GraphQlGateway.Answer<Answer> answer = graphQl.execute(request, CONSTELLATION, variables, Answer.class);
        if (answer.data() == null || answer.data().constellation() == null) {
            model.addAttribute("problems", Problems.none().refused(answer.refusals(), Map.of())
                    .add("There is no constellation " + id + " in your council's records"));
            model.addAttribute("change", null);
            model.addAttribute("constellation", null);
            return null;
        }
        return answer.data();
    }

    /** What the change does to the fidelity of the constellations it touches: none, this one, or (a move) both. */
    private static List<Effect> effects(Answer read) {
        ForChange here = read.constellation();
        List<Effect> effects = new ArrayList<>();
        if (here.fidelityIf() != null) {
            effects.add(new Effect(here.name(), here.fidelity(), here.fidelityIf()));
        }
        if (read.target() != null) {
            effects.add(new Effect(read.target().name(), read.target().fidelity(), read.target().fidelityIf()));
        }
        return effects;
    }

    private static Change kind(String change) {
        Change kind = CHANGES.get(change);
        if (kind == null) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        }
        return kind;
    }

    /** The questions of a change, with the constellation's own households and children as the choices. */
    List<Question> questions(Change kind, Answer read) {
        ForChange c = read.constellation();
        List<Option> members = c.members().stream().map(member -> new Option(member.id(), household(member.name(), member.id(),
                member.postcodeSector()) + (member == c.hub() ? ", hub" : ""))).toList();
        List<Option> satellites = members.stream().filter(option -> !option.value().equals(c.hub().id())).toList();
        return switch (kind.key()) {
            case "sleepover" -> List.of(
                    Question.of("childId", "Child", Kind.SELECT).choices(Api.orEmpty(c.satellites()).stream()
                            .flatMap(member -> Api.orEmpty(member.children()).stream().map(child -> new Option(child.id(),
                                    child.id() + " (" + child.ageYears() + "), placed with " + household(member.name(), member.id(), null))))
                            .toList()).hint("Children placed with the constellation's satellite households"),
                    Question.of("kind", "Kind of stay", Kind.RADIOS).choices(List.of(new Option("SLEEPOVER", "Sleepover"),
                            new Option("SHORT_BREAK", "Short break"))),
                    Question.of("urgency", "Planned or emergency", Kind.RADIOS).choices(List.of(new Option("PLANNED", "Planned"),
                            new Option("EMERGENCY", "Emergency"))),
                    Question.of("start", "First night", Kind.DATE).hint("For example, 27 11 2026; a planned stay can be booked ahead"),
                    Question.of("nights", "Nights", Kind.NUMBER).hint("1 to 14"));
            case "event" -> List.of(
                    Question.of("kind", "What it was", Kind.RADIOS).choices(List.of(new Option("MEETING", "Monthly meeting"),
                            new Option("SOCIAL_ACTIVITY", "Social activity"))),
                    Question.of("date", "Date", Kind.DATE).hint("For example, 27 11 2026"),
                    Question.of("householdsAttending", "Households that came", Kind.NUMBER)
                            .hint("Of the " + c.members().size() + " households, the hub included").answerNotNeeded(),
                    Question.of("note", "Note", Kind.TEXT).hint("No names: the graph keeps no names of children").answerNotNeeded());
            case "add-satellite" -> List.of(
                    Question.of("householdId", "Household", Kind.SELECT).choices(Api.orEmpty(c.growthCandidates()).stream()
                            .map(growth -> new Option(growth.household().id(), household(growth.household().name(),
                                    growth.household().id(), growth.household().postcodeSector()) + ", " + words.miles(growth.distanceMiles())
                                    + " from the hub")).toList())
                            .hint("Approved in-house households near the hub in no constellation"),
                    Question.of("since", "Joins on", Kind.DATE).hint("For example, 27 11 2026"));
            case "remove-satellite" -> List.of(
                    Question.of("householdId", "Household", Kind.SELECT).choices(satellites),
                    Question.of("until", "Leaves on", Kind.DATE).hint("For example, 27 11 2026"),
                    Question.of("reason", "Why it leaves", Kind.TEXT).answerNotNeeded());
            case "move-satellite" -> List.of(
                    Question.of("householdId", "Household", Kind.SELECT).choices(satellites),
                    Question.of("toConstellationId", "Constellation it joins", Kind.SELECT).choices(read.others() == null ? List.of()
                            : read.others().edges().stream().map(OtherEdge::node).filter(other -> !other.id().equals(c.id()))
                                    .map(other -> new Option(other.id(), other.name() + " (" + words.count(
                                            other.fidelity().satelliteCount(), "satellite", "satellites") + ")"))
                                    .toList()),
                    Question.of("on", "Moves on", Kind.DATE).hint("It leaves this constellation and joins the other that day; "
                            + "for example, 27 11 2026"),
                    Question.of("reason", "Why it moves", Kind.TEXT).answerNotNeeded());
            case "status" -> List.of(
                    Question.of("householdId", "Household", Kind.SELECT).choices(members),
                    Question.of("status", "New status", Kind.RADIOS).choices(STATUSES.stream()
                            .map(status -> new Option(status, Labels.of(status))).toList()),
                    Question.of("date", "From", Kind.DATE).hint("Today or earlier, for example, 27 11 2026"),
                    Question.of("reason", "Why", Kind.TEXT).answerNotNeeded());
            default -> List.of(
                    Question.of("householdId", "Household", Kind.SELECT).choices(members),
                    Question.of("approvedPlaces", "Approved places", Kind.NUMBER).hint("0 to 10; a hub's include its two sleepover beds"),
                    Question.of("ageMin", "Youngest age", Kind.NUMBER),
                    Question.of("ageMax", "Oldest age", Kind.NUMBER),
                    Question.of("approvalTypes", "Kinds of care", Kind.CHECKBOXES).choices(APPROVAL_TYPES.stream()
                            .map(type -> new Option(type, Labels.of(type))).toList()),
                    Question.of("bedrooms", "Bedrooms for children", Kind.NUMBER).answerNotNeeded());
        };
    }

    /**
     * The answers a question page starts from: what was asked (coming back to change an answer), else today for a
     * date, one night, and for "terms" the household's own terms now (the one linked from, or the hub).
     */
    private MultiValueMap<String, String> defaults(Change kind, ForChange c, MultiValueMap<String, String> asked) {
        MultiValueMap<String, String> answers = new LinkedMultiValueMap<>();
        LocalDate today = LocalDate.now(clock);
        for (String date : List.of("start", "date", "since", "until", "on")) {
            answers.add(date + "-day", String.valueOf(today.getDayOfMonth()));
            answers.add(date + "-month", String.valueOf(today.getMonthValue()));
            answers.add(date + "-year", String.valueOf(today.getYear()));
        }
        answers.add("nights", "1");
        if ("terms".equals(kind.key())) {
            String chosen = asked.getFirst("householdId");
            c.members().stream().filter(member -> chosen == null || member.id().equals(chosen)).findFirst().ifPresent(member -> {
                answers.add("householdId", member.id());
                answers.add("approvedPlaces", String.valueOf(member.approvedPlaces()));
                answers.add("ageMin", member.ageMin() == null ? "" : String.valueOf(member.ageMin()));
                answers.add("ageMax", member.ageMax() == null ? "" : String.valueOf(member.ageMax()));
                answers.add("bedrooms", member.bedrooms() == null ? "" : String.valueOf(member.bedrooms()));
                Api.orEmpty(member.approvalTypes()).forEach(type -> answers.add("approvalTypes", type));
            });
        }
        asked.forEach((name, values) -> answers.put(name, values));
        return answers;
    }

    /** The mutation's input from the answers: numbers and dates read, each problem against its question. */
    private static Map<String, Object> input(Change kind, String constellationId, List<Question> questions,
            MultiValueMap<String, String> answers, Problems problems) {
        Map<String, Object> input = new LinkedHashMap<>();
        if (kind.constellationField() != null) {
            input.put(kind.constellationField(), constellationId);
        }
        for (Question question : questions) {
            Problems.Field field = question.field();
            switch (question.kind()) {
                case NUMBER -> {
                    Integer number = FormValues.wholeNumber(answers.getFirst(question.name()), field, problems);
                    if (number != null) {
                        input.put(question.name(), number);
                    }
                    else if (!question.optional() && FormValues.blankToNull(answers.getFirst(question.name())) == null) {
                        problems.add(field, "Enter the " + question.label().toLowerCase(Locale.UK));
                    }
                }
                case DATE -> {
                    String day = answers.getFirst(question.name() + "-day");
                    String month = answers.getFirst(question.name() + "-month");
                    String year = answers.getFirst(question.name() + "-year");
                    Problems own = Problems.none();
                    LocalDate date = DateInput.read(field, day, month, year, null, own);
                    problems.addAll(own);
                    if (date != null) {
                        input.put(question.name(), date.toString());
                    }
                    else if (own.isEmpty()) {
                        problems.add(field, "Enter the " + question.label().toLowerCase(Locale.UK));
                    }
                }
                case CHECKBOXES -> input.put(question.name(), Objects.requireNonNullElse(answers.get(question.name()), List.of()));
                default -> {
                    String value = FormValues.blankToNull(answers.getFirst(question.name()));
                    if (value != null) {
                        input.put(question.name(), value.trim());
                    }
                    else if (!question.optional()) {
                        problems.add(field, (question.kind() == Kind.TEXT ? "Enter " : "Select ")
                                + question.label().toLowerCase(Locale.UK));
                    }
                }
            }
        }
        return input;
    }

    /** What the check page lists: each question and its answer in words. */
    private List<Option> rows(List<Question> questions, MultiValueMap<String, String> answers) {
        List<Option> rows = new ArrayList<>();
        for (Question question : questions) {
            String shown = switch (question.kind()) {
                case DATE -> words.date(DateInput.read(question.field(), answers.getFirst(question.name() + "-day"),
                        answers.getFirst(question.name() + "-month"), answers.getFirst(question.name() + "-year"), null, Problems.none()));
                case SELECT, RADIOS -> labelOf(question, answers.getFirst(question.name()));
                case CHECKBOXES -> String.join(", ", Objects.requireNonNullElse(answers.get(question.name()), List.<String>of()).stream()
                        .map(value -> labelOf(question, value)).toList());
                default -> Objects.requireNonNullElse(FormValues.blankToNull(answers.getFirst(question.name())), "Not given");
            };
            rows.add(new Option(question.label(), shown.isEmpty() ? "None" : shown));
        }
        return rows;
    }

    /** The answers again as hidden fields, each value once, for the confirmation's form. */
    private static List<Option> hidden(MultiValueMap<String, String> answers) {
        List<Option> hidden = new ArrayList<>();
        answers.forEach((name, values) -> values.forEach(value -> hidden.add(new Option(name, value))));
        return hidden;
    }

    private static String labelOf(Question question, String value) {
        return question.options().stream().filter(option -> option.value().equals(value)).map(Option::label).findFirst()
                .orElse(String.valueOf(value));
    }

    /** A household as the pages tell households apart: name, id and postcode sector. */
    static String household(String name, String id, String postcodeSector) {
        return name + " (" + id + (postcodeSector != null ? ", " + postcodeSector : "") + ")";
    }

    private static Map<String, Change> changes(Change... all) {
        Map<String, Change> byKey = new LinkedHashMap<>();
        for (Change change : all) {
            byKey.put(change.key(), change);
        }
        return java.util.Collections.unmodifiableMap(byKey);
    }
}
