package org.fostergraph.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Sign-in, and after it the list of the user's pages. */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class HomePage {

    /** A sign-in button: the identity provider's registration id and the name the council gave it. */
    record Provider(String href, String name) {
    }

    private final List<Provider> providers;
    private final boolean passwordSignIn;

    HomePage(ObjectProvider<ClientRegistrationRepository> registrations, Environment environment) {
        List<Provider> found = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object item : all) {
                if (item instanceof ClientRegistration registration) {
                    found.add(new Provider("/oauth2/authorization/" + registration.getRegistrationId(), registration.getClientName()));
                }
            }
        }
        this.providers = List.copyOf(found);
        // The local profile's users (password = name) are the only password sign-in there is (SecurityConfiguration).
        this.passwordSignIn = environment.acceptsProfiles(Profiles.of("local"));
    }

    @GetMapping("/")
    String root() {
        return "redirect:/web";
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("providers", providers);
        model.addAttribute("passwordSignIn", passwordSignIn);
        return "login";
    }

    @GetMapping("/web")
    String home() {
        return "home";
    }
}
