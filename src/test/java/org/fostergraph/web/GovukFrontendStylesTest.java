package org.fostergraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The styles served are GOV.UK Frontend's, with the GDS Transport typeface (GOV.UK's own services' only) taken out. */
class GovukFrontendStylesTest {

    @Test
    void theServedStylesNameNoTransportAndLoadNoFont() {
        String css = new GovukFrontendStyles().styles().getBody();
        assertThat(css).contains(".govuk-error-summary").contains("font-family:arial,sans-serif")
                .doesNotContain("GDS Transport").doesNotContain("/assets/fonts/");
    }

    @Test
    void bothWaysTransportIsNamedAreRemoved() {
        assertThat(GovukFrontendStyles.withoutTransport(
                "@font-face{font-family:GDS Transport;font-style:normal;src:url(/assets/fonts/a.woff2)}.x{font-family:GDS Transport,arial,sans-serif}"))
                .isEqualTo(".x{font-family:arial,sans-serif}");
    }
}
