package org.fostergraph.web;

import java.util.List;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Which pages the signed-in user may open: each page serves one role, as the API's fields do. The templates ask it
 * ({@code @navigation.menu()}), so every page has the header, the not-allowed and error pages included.
 */
@Component("navigation")
public class Navigation {

    /** A page of the site and the role it serves. */
    public record Page(String key, String title, String href, String role, String purpose) {
    }

    /** The signed-in user's name and pages. */
    public record Menu(String user, List<Page> pages) {
    }

    static final List<Page> PAGES = List.of(
            new Page("constellations", "Constellations", "/web/constellations", "ROLE_FOSTERING",
                    "Each Mockingbird constellation: hub, satellites, children, free beds, fidelity, and where to grow."),
            new Page("find-a-home", "Find a home", "/web/find-a-home", "ROLE_OFFICER",
                    "Ranked local matches for a child or a referral, with every reason, and hold or place from there."),
            new Page("referrals", "Referrals", "/web/referrals", "ROLE_OFFICER",
                    "Open referrals, the longest waiting first, each leading to the homes for its children together."),
            new Page("holds", "Holds", "/web/holds", "ROLE_OFFICER",
                    "Places held for children while their placements are agreed: yours and everyone's, and give one back."),
            new Page("step-down", "Step-down", "/web/step-down", "ROLE_OFFICER",
                    "Children in high-cost external placements who could come home to an in-house carer."),
            new Page("dashboard", "Commissioning dashboard", "/web/dashboard", "ROLE_COMMISSIONER",
                    "Internal and external mix, trend, spend, distance, stability, sufficiency, recruitment and forecast."),
            new Page("provider", "Referrals sent to you", "/web/provider", "ROLE_PROVIDER",
                    "Councils' referrals for your homes: offer a home or decline before the deadline; your homes' places."));

    /** The signed-in user's menu; nobody's, with no pages, before sign-in. */
    public Menu menu() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || signedIn instanceof AnonymousAuthenticationToken || !signedIn.isAuthenticated()) {
            return new Menu(null, List.of());
        }
        List<String> roles = signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        return new Menu(signedIn.getName(), PAGES.stream().filter(page -> roles.contains(page.role())).toList());
    }
}
