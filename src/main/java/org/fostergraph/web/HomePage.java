package org.fostergraph.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Sign-in, and after it the list of the user's pages. */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class HomePage {

    @GetMapping("/")
    String root() {
        return "redirect:/web";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/web")
    String home() {
        return "home";
    }
}
