package org.fostergraph.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * A page's live script fetches the page it stands on again, in the background, whenever its stream says something
 * changed. A form on that page (send the referral, send an offer) ends in a redirect back to it carrying a one-time
 * message ("Sent referral REF-015 to 1 provider.") or the problems to put right. The form's own change fires the
 * stream, so the background fetch can reach the server between the redirect and the browser following it; Spring's
 * flash messages go to the first request for their page, and the person would see the page without the message they
 * were owed. Background fetches say so in {@link #HEADER}, and the flash messages wait for the page the browser itself
 * opens.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
class LiveRefreshes {

    /** Sent by {@code js/live-referral.js} on its background fetches; its value is not read. */
    static final String HEADER = "X-Fostergraph-Live-Refresh";

    /** Replaces Spring Boot's own by its name, which is how the dispatcher finds it. */
    @Bean(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
    FlashMapManager flashMapManager() {
        return new FlashMessagesForTheBrowsersOwnRequests();
    }

    /**
     * The session's flash messages (Spring's own manager keeps them), given only to requests that are not a live script's
     * background fetch. A wrapper, as Spring's retrieval is final.
     */
    static final class FlashMessagesForTheBrowsersOwnRequests implements FlashMapManager {

        private final FlashMapManager session = new SessionFlashMapManager();

        @Override
        public FlashMap retrieveAndUpdate(HttpServletRequest request, HttpServletResponse response) {
            return request.getHeader(HEADER) != null ? null : session.retrieveAndUpdate(request, response);
        }

        @Override
        public void saveOutputFlashMap(FlashMap flashMap, HttpServletRequest request, HttpServletResponse response) {
            session.saveOutputFlashMap(flashMap, request, response);
        }
    }
}
