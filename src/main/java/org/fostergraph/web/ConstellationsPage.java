package org.fostergraph.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /** A satellite placed on the ring. */
    record Satellite(Map<String, Object> household, double x, double y) {
    }

    /** One constellation with its satellites placed for drawing. */
    record Picture(Map<String, Object> constellation, List<Satellite> satellites) {
    }

    private final GraphQlGateway graphQl;

    ConstellationsPage(GraphQlGateway graphQl) {
        this.graphQl = graphQl;
    }

    @GetMapping("/web/constellations")
    String show(HttpServletRequest request, Model model) {
        GraphQlGateway.Answer answer = graphQl.execute(request, DOCUMENT, Map.of());
        List<Picture> pictures = Maps.nodes(answer.object("constellations")).stream().map(ConstellationsPage::picture).toList();
        model.addAttribute("errors", answer.errors());
        model.addAttribute("pictures", pictures);
        model.addAttribute("totalCount", answer.object("constellations").get("totalCount"));
        model.addAttribute("localitiesWithout", answer.list("localitiesWithoutConstellation"));
        model.addAttribute("size", SIZE);
        return "constellations";
    }

    private static Picture picture(Map<String, Object> constellation) {
        List<Map<String, Object>> satellites = Maps.list(constellation, "satellites");
        List<Satellite> placed = new ArrayList<>();
        double centre = SIZE / 2.0;
        for (int i = 0; i < satellites.size(); i++) {
            double angle = 2 * Math.PI * i / satellites.size() - Math.PI / 2;
            placed.add(new Satellite(satellites.get(i), Maps.round1(centre + RING * Math.cos(angle)),
                    Maps.round1(centre + RING * Math.sin(angle))));
        }
        return new Picture(constellation, placed);
    }
}
