package org.fostergraph.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The fostering team's picture of each constellation, and where the programme could grow. */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class ConstellationsPage {

    private static final String DOCUMENT = PageDocuments.read("ConstellationsPage");

    /** The picture's size: the hub at the centre, satellites on a ring around it. */
    static final int SIZE = 420;
    private static final double RING = 150;

    /** The answer to {@code ConstellationsPage.graphql}. */
    record Answer(Constellations constellations, List<Api.Named> localitiesWithoutConstellation) {
    }

    /** The first page of constellations (a council has a handful), and how many there are. */
    record Constellations(Integer totalCount, List<Api.Edge<Constellation>> edges) {

        static final Constellations NONE = new Constellations(null, List.of());

        List<Constellation> nodes() {
            return Api.orEmpty(edges).stream().map(Api.Edge::node).toList();
        }
    }

    record Constellation(String id, String name, String launched, Integer vacancies, Integer sleepoverBedsFree, Api.Named liaisonWorker,
            Api.Named locality, Fidelity fidelity, Home hub, List<Home> satellites, List<GrowthCandidate> growthCandidates) {
    }

    record Fidelity(Integer satelliteCount, Boolean withinRange, List<String> issues) {
    }

    /** A hub or satellite household with the children placed there. */
    record Home(String id, String name, String postcodeSector, Integer vacancies, Integer heldPlaces, Integer approvedPlaces,
            List<PlacedChild> children) {
    }

    record PlacedChild(String id, Integer ageYears, String sex) {
    }

    record GrowthCandidate(Double distanceMiles, Candidate household) {
    }

    /** An approved in-house household in no constellation. */
    record Candidate(String id, String name, String postcodeSector, Integer vacancies, Integer approvedPlaces, Api.Named locality) {
    }

    /** A satellite placed on the ring. */
    record Satellite(Home household, double x, double y) {
    }

    /** One constellation with its satellites placed for drawing. */
    record Picture(Constellation constellation, List<Satellite> satellites) {
    }

    private final GraphQlGateway graphQl;

    ConstellationsPage(GraphQlGateway graphQl) {
        this.graphQl = graphQl;
    }

    @GetMapping("/web/constellations")
    String show(HttpServletRequest request, Model model) {
        GraphQlGateway.Answer<Answer> answer = graphQl.execute(request, DOCUMENT, Map.of(), Answer.class);
        Constellations constellations = Objects.requireNonNullElse(answer.data().constellations(), Constellations.NONE);
        model.addAttribute("problems", Problems.none().refused(answer.refusals(), Map.of()));
        model.addAttribute("pictures", constellations.nodes().stream().map(ConstellationsPage::picture).toList());
        model.addAttribute("alsoNear", alsoNear(constellations.nodes()));
        model.addAttribute("totalCount", constellations.totalCount());
        model.addAttribute("localitiesWithout", Api.orEmpty(answer.data().localitiesWithoutConstellation()));
        model.addAttribute("size", SIZE);
        return "constellations";
    }

    /**
     * For each constellation's growth candidate ("constellation id/household id"), the other constellations whose hub
     * it is near: the page says so under each, so the same household is not taken for two ways to grow.
     */
    private static Map<String, String> alsoNear(List<Constellation> constellations) {
        Map<String, List<Constellation>> near = new HashMap<>();
        for (Constellation constellation : constellations) {
            for (GrowthCandidate candidate : Api.orEmpty(constellation.growthCandidates())) {
                near.computeIfAbsent(candidate.household().id(), id -> new ArrayList<>()).add(constellation);
            }
        }
        Map<String, String> others = new HashMap<>();
        near.forEach((householdId, hubs) -> hubs.forEach(constellation -> others.put(constellation.id() + "/" + householdId,
                String.join(", ", hubs.stream().filter(other -> other != constellation).map(Constellation::name).toList()))));
        return others;
    }

    private static Picture picture(Constellation constellation) {
        List<Home> satellites = constellation.satellites();
        List<Satellite> placed = new ArrayList<>();
        double centre = SIZE / 2.0;
        for (int i = 0; i < satellites.size(); i++) {
            double angle = 2 * Math.PI * i / satellites.size() - Math.PI / 2;
            placed.add(new Satellite(satellites.get(i), Drawing.round1(centre + RING * Math.cos(angle)),
                    Drawing.round1(centre + RING * Math.sin(angle))));
        }
        return new Picture(constellation, placed);
    }
}
