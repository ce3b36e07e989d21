package org.fostergraph.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

import org.webjars.WebJarVersionLocator;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * GOV.UK Frontend's compiled styles as a council's service may use them. The GDS Transport typeface is licensed for
 * GOV.UK's own services only, so the Design System tells everyone else to use Arial; the compiled file names
 * Transport first and loads it from /assets/fonts. This serves the same file with Transport taken out (its
 * {@code @font-face} rules and its place in each font stack), which is what compiling the Sass with
 * {@code $govuk-font-family: arial, sans-serif} would give, without a Sass toolchain in the build.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@RestController
class GovukFrontendStyles {

    static final String PATH = "/css/govuk-frontend.css";

    private static final Pattern TRANSPORT_FACE = Pattern.compile("@font-face\\{font-family:GDS Transport;[^}]*}");

    private final String css;
    private final String etag;

    GovukFrontendStyles() {
        String version = new WebJarVersionLocator().version("govuk-frontend");
        String resource = "META-INF/resources/webjars/govuk-frontend/" + version + "/dist/govuk/govuk-frontend.min.css";
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("GOV.UK Frontend's styles are not on the classpath: " + resource);
            }
            this.css = withoutTransport(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.etag = "\"govuk-frontend-" + version + "\"";
    }

    static String withoutTransport(String compiled) {
        return TRANSPORT_FACE.matcher(compiled).replaceAll("").replace("font-family:GDS Transport,", "font-family:");
    }

    @GetMapping(value = PATH, produces = "text/css")
    ResponseEntity<String> styles() {
        return ResponseEntity.ok().contentType(new MediaType("text", "css", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1))).eTag(etag).body(css);
    }
}
