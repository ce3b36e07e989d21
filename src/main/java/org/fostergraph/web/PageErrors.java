package org.fostergraph.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The pages' own error pages, in the service's layout with its header: a page this role may not open (Spring
 * Security forwards here), and an address whose parameters the page cannot read ({@code ?after=} cut short, a form
 * posted without a field) instead of the framework's error page. Neither repeats the value, which could be a child's.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Controller
class PageErrors {

    static final String NOT_ALLOWED = "/web/not-allowed";

    @RequestMapping(NOT_ALLOWED)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String notAllowed() {
        return "not-allowed";
    }

    /**
     * The page a record's own page shows when the API has no such record for the user (another council's or provider's
     * answers the same): what was asked, and the way back.
     */
    static String noSuchRecord(Model model, String heading, String explanation, String back, String backText) {
        model.addAttribute("heading", heading);
        model.addAttribute("explanation", explanation);
        model.addAttribute("back", back);
        model.addAttribute("backText", backText);
        return "page-problem";
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String unreadableAddress(Exception problem, Model model) {
        String parameter = problem instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : ((MissingServletRequestParameterException) problem).getParameterName();
        return noSuchRecord(model, "There is a problem with the page address", "The page could not read its “" + parameter
                + "” setting. If you typed or changed the web address, go back and use the page's own links and forms.", "/web",
                "Go to your pages");
    }
}
