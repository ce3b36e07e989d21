package org.fostergraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Deque's axe-core (the rules behind most accessibility audits) on the page the browser shows, at desktop width and at
 * a phone's 390 CSS pixels, against WCAG 2.2 A and AA; and the page reflowing at 320 pixels (WCAG 1.4.10: nothing
 * scrolls sideways but a table or picture in its own region). A serious or critical violation fails the test; every
 * count is written to target/accessibility.tsv for docs and notes.
 */
final class Accessibility {

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");
    static final Dimension DESKTOP = new Dimension(1366, 1000);

    private Accessibility() {
    }

    /** Checks the page as shown now, then puts the window back to desktop width. */
    static void check(WebDriver browser, String state) {
        List<String> serious = new ArrayList<>();
        for (Dimension size : List.of(DESKTOP, new Dimension(390, 844))) {
            browser.manage().window().setSize(size);
            Results results = new AxeBuilder().withTags(WCAG).analyze(browser);
            int critical = 0;
            int seriousCount = 0;
            int other = 0;
            List<String> otherRules = new ArrayList<>();
            for (Rule rule : results.getViolations()) {
                String impact = String.valueOf(rule.getImpact());
                if ("critical".equals(impact) || "serious".equals(impact)) {
                    serious.add(state + " at " + size.getWidth() + "px: " + rule.getId() + " (" + impact + ", "
                            + rule.getNodes().size() + " nodes): " + rule.getHelp() + " " + rule.getNodes().get(0).getTarget());
                    if ("critical".equals(impact)) {
                        critical++;
                    }
                    else {
                        seriousCount++;
                    }
                }
                else {
                    other++;
                    otherRules.add(rule.getId() + " (" + rule.getImpact() + ") at " + rule.getNodes().get(0).getTarget());
                }
            }
            record(state, size.getWidth(), critical, seriousCount, other + " " + otherRules);
        }
        browser.manage().window().setSize(new Dimension(320, 800));
        Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        // What sticks out, to say where to look: elements whose right edge passes the window's (outside scroll regions).
        Object wide = ((JavascriptExecutor) browser).executeScript("""
                const width = document.documentElement.clientWidth;
                return [...document.querySelectorAll('body *')].filter(e => !e.closest('.app-table-scroll') || e.matches('.app-table-scroll'))
                    .filter(e => e.getBoundingClientRect().right > width + 0.5).slice(0, 5)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.')
                        + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ');
                """);
        browser.manage().window().setSize(DESKTOP);
        assertThat(serious).as("serious or critical accessibility violations").isEmpty();
        assertThat(overflow.intValue()).as(state + " scrolls sideways at 320px (" + wide + ") by").isLessThanOrEqualTo(0);
    }

    private static void record(String state, int width, int critical, int serious, String other) {
        try {
            Files.createDirectories(Browser.SCREENSHOTS.getParent());
            Files.writeString(Browser.SCREENSHOTS.getParent().resolve("accessibility.tsv"),
                    state + "\t" + width + "\tcritical " + critical + "\tserious " + serious + "\tmoderate or minor " + other + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
