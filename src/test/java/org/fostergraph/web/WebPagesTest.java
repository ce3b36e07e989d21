package org.fostergraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.fostergraph.GraphQlHttpTest;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Each page in headless Chromium, signed in as the role it serves, against the demo council: the numbers on the
 * page are the API's, found by asking the API the same question over HTTP. Its own context and database, because
 * holding a vacancy changes the graph.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "fostergraph.test-context=browser")
class WebPagesTest extends GraphQlHttpTest {

    private static WebDriver browser;
    /** A4's 210 mm less Chrome's default margins of about 1 cm a side, at CSS's 96 pixels to the inch. */
    private static final int A4_PRINTABLE_PIXELS = 718;
    private static Path downloads;

    @LocalServerPort
    private int port;

    @BeforeAll
    static void startBrowser() {
        downloads = Browser.temporaryFolder("downloads");
        browser = Browser.start(downloads);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(String user) {
        Browser.signIn(browser, url(""), user);
    }

    private static List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    @Test
    void eachRoleSignsInToItsOwnPagesOnly() {
        Map<String, List<String>> pagesByUser = new LinkedHashMap<>();
        pagesByUser.put("fostering", List.of("Constellations"));
        pagesByUser.put("officer", List.of("Find a home", "Referrals", "Holds", "Step-down"));
        pagesByUser.put("commissioner", List.of("Commissioning dashboard"));
        pagesByUser.put("provider", List.of("Referrals sent to you"));
        pagesByUser.put("admin", List.of());
        pagesByUser.forEach((user, pages) -> {
            signIn(user);
            assertThat(browser.getCurrentUrl()).as(user).isEqualTo(url("/web"));
            assertThat(texts("nav[aria-label=Pages] a")).as(user).isEqualTo(pages);
            assertThat(texts(".page-list > li > a")).as(user).isEqualTo(pages);
            Accessibility.check(browser, "home (" + user + ")");
        });
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Your role has no pages here");

        signIn("fostering");
        browser.get(url("/web/dashboard"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("You may not open this page");
        browser.get(url("/web/find-a-home"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("You may not open this page");
        // The refusal is the service's own page, with its header, pages and sign-out.
        assertThat(texts("nav[aria-label=Pages] a")).isEqualTo(List.of("Constellations"));
        assertThat(browser.findElement(By.id("signed-in-as")).getText()).isEqualTo("fostering");
        Accessibility.check(browser, "not allowed");

        Browser.signIn(browser, url(""), "nobody");
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/login?error"));
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary .errors")).getText())
                .isEqualTo("That user name and password do not match.");
        Accessibility.check(browser, "sign-in refused");
        browser.get(url("/web/constellations"));
        assertThat(browser.getCurrentUrl()).as("signed out, a page sends you to sign in").isEqualTo(url("/login"));
    }

    @Test
    void theFosteringTeamSeesEachConstellationAsTheApiHasIt() {
        signIn("fostering");
        browser.get(url("/web/constellations"));
        Browser.screenshot(browser, "constellations");
        Accessibility.check(browser, "constellations");

        var api = graphQlAs("fostering").document("""
                { constellations(first: 50) { totalCount edges { node { id vacancies sleepoverBedsFree fidelity { issues }
                    satellites { name } growthCandidates { household { name } } } } }
                  localitiesWithoutConstellation { name } }
                """).execute().errors().verify();
        assertThat(browser.findElement(By.id("constellation-count")).getText()).isEqualTo("3");
        api.path("constellations.totalCount").entity(Integer.class).isEqualTo(3);
        List<Map<String, Object>> constellations = api.path("constellations.edges[*].node").entityList(mapType()).get();
        List<WebElement> sections = browser.findElements(By.cssSelector("section.constellation"));
        assertThat(sections).hasSize(3);
        for (int i = 0; i < 3; i++) {
            Map<String, Object> expected = constellations.get(i);
            WebElement section = sections.get(i);
            assertThat(section.getDomAttribute("data-id")).isEqualTo(expected.get("id"));
            assertThat(section.findElement(By.className("vacancies")).getText()).isEqualTo(String.valueOf(expected.get("vacancies")));
            assertThat(section.findElement(By.className("sleepover-free")).getText())
                    .isEqualTo(String.valueOf(expected.get("sleepoverBedsFree")));
            assertThat(section.findElements(By.cssSelector("tr.satellite-row .household-name")).stream().map(WebElement::getText).toList())
                    .isEqualTo(names(expected.get("satellites")));
            assertThat(section.findElements(By.cssSelector("svg .satellite"))).hasSize(names(expected.get("satellites")).size());
            assertThat(section.findElement(By.className("growth-count")).getText())
                    .isEqualTo(String.valueOf(((List<?>) expected.get("growthCandidates")).size()));
        }
        assertThat(texts("#localities-without li")).isEqualTo(List.of("Aldridge"));
        api.path("localitiesWithoutConstellation[*].name").entityList(String.class).containsExactly("Aldridge");
    }

    @Test
    void theFosteringTeamRecordsASleepoverAndGrowsAConstellation() {
        HttpGraphQlTester fostering = graphQlAs("fostering");
        var before = fostering.document("""
                { constellations(first: 50) { edges { node { id name fidelity { satelliteCount }
                    satellites { id children { id } } growthCandidates { household { id } } } } } }
                """).execute().errors().verify();
        List<Map<String, Object>> all = before.path("constellations.edges[*].node").entityList(mapType()).get();
        Map<String, Object> growing = all.stream().filter(c -> !((List<?>) c.get("growthCandidates")).isEmpty()).findFirst().orElseThrow();
        String id = (String) growing.get("id");
        String childId = ((List<?>) growing.get("satellites")).stream().flatMap(s -> ((List<?>) ((Map<?, ?>) s).get("children")).stream())
                .map(child -> (String) ((Map<?, ?>) child).get("id")).findFirst().orElseThrow();
        signIn("fostering");

        // A sleepover: the questions, check your answers, a refusal beside its field, and nothing recorded.
        browser.get(url("/web/constellations"));
        browser.findElement(By.cssSelector("#constellation-" + id + " .changes a[href$='/change/sleepover']")).click();
        new org.openqa.selenium.support.ui.Select(await(By.id("childId"))).selectByValue(childId);
        browser.findElement(By.cssSelector("label[for=kind-SLEEPOVER]")).click();
        browser.findElement(By.cssSelector("label[for=urgency-EMERGENCY]")).click();
        WebElement nights = browser.findElement(By.id("nights"));
        nights.clear();
        nights.sendKeys("20");
        Accessibility.check(browser, "constellation: record a sleepover");
        browser.findElement(By.cssSelector("#change-form button")).click();
        assertThat(await(By.cssSelector("#answers")).getText()).contains(childId).contains("Emergency").contains("24 November 2026");
        Browser.screenshot(browser, "constellation-check");
        Accessibility.check(browser, "constellation: check the sleepover");
        browser.findElement(By.cssSelector("button.confirm")).click();
        WebElement refused = await(By.cssSelector(".govuk-error-summary li a"));
        assertThat(refused.getDomAttribute("href")).isEqualTo("#nights");
        assertThat(refused.getText()).contains("you entered 20");
        assertThat(browser.findElement(By.id("childId")).getDomProperty("value")).as("the answers kept").isEqualTo(childId);
        fostering.document("query($id: ID!) { constellation(id: $id) { sleepovers { child { id } } } }").variable("id", id).execute()
                .path("constellation.sleepovers[*].child.id").entityList(String.class).doesNotContain(childId);

        // The same task as the team does it, timed: from the constellations page to the graph holding the stay.
        long started = System.nanoTime();
        browser.get(url("/web/constellations"));
        browser.findElement(By.cssSelector("#constellation-" + id + " .changes a[href$='/change/sleepover']")).click();
        new org.openqa.selenium.support.ui.Select(await(By.id("childId"))).selectByValue(childId);
        browser.findElement(By.cssSelector("label[for=kind-SLEEPOVER]")).click();
        browser.findElement(By.cssSelector("label[for=urgency-EMERGENCY]")).click();
        browser.findElement(By.cssSelector("#change-form button")).click();
        await(By.cssSelector("button.confirm")).click();
        assertThat(await(By.id("done")).getText()).endsWith("Recorded the stay at the hub.");
        Browser.note("record a sleepover (fostering team)", "6 clicks, " + (System.nanoTime() - started) / 1_000_000
                + " ms in the test browser");
        fostering.document("query($id: ID!) { constellation(id: $id) { sleepovers { child { id } kind urgency start nights } } }")
                .variable("id", id).execute().errors().verify()
                .path("constellation.sleepovers[?(@.child.id == '" + childId + "')].nights").entityList(Integer.class).containsExactly(1)
                .path("constellation.sleepovers[?(@.child.id == '" + childId + "')].urgency").entityList(String.class).containsExactly("EMERGENCY");

        // A satellite joins: the check page shows the fidelity it would have, and the graph has it after.
        Map<?, ?> firstCandidate = (Map<?, ?>) ((List<?>) growing.get("growthCandidates")).get(0);
        String joining = (String) ((Map<?, ?>) firstCandidate.get("household")).get("id");
        int satellites = (Integer) ((Map<?, ?>) growing.get("fidelity")).get("satelliteCount");
        browser.get(url("/web/constellations/" + id + "/change/add-satellite"));
        new org.openqa.selenium.support.ui.Select(await(By.id("householdId"))).selectByValue(joining);
        browser.findElement(By.cssSelector("#change-form button")).click();
        assertThat(await(By.id("satellites-after")).getText()).isEqualTo(satellites + " now, " + (satellites + 1) + " after");
        Accessibility.check(browser, "constellation: check a new satellite");
        fostering.document("query($id: ID!) { constellation(id: $id) { satellites { id } } }").variable("id", id).execute()
                .path("constellation.satellites[*].id").entityList(String.class).doesNotContain(joining);
        browser.findElement(By.cssSelector("button.confirm")).click();
        assertThat(await(By.id("done")).getText()).endsWith("Added the satellite household.");
        fostering.document("query($id: ID!) { constellation(id: $id) { satellites { id } fidelity { satelliteCount } } }")
                .variable("id", id).execute().errors().verify()
                .path("constellation.satellites[*].id").entityList(String.class).contains(joining)
                .path("constellation.fidelity.satelliteCount").entity(Integer.class).isEqualTo(satellites + 1);

        // Terms of approval, starting from the household's own.
        browser.get(url("/web/constellations"));
        browser.findElement(By.cssSelector("#constellation-" + id + " a[href*='/change/terms?householdId=" + joining + "']")).click();
        WebElement places = await(By.id("approvedPlaces"));
        int approved = fostering.document("query($id: ID!) { household(id: $id) { approvedPlaces } }").variable("id", joining).execute()
                .errors().verify().path("household.approvedPlaces").entity(Integer.class).get();
        assertThat(places.getDomProperty("value")).isEqualTo(String.valueOf(approved));
        places.clear();
        places.sendKeys(String.valueOf(approved + 1));
        browser.findElement(By.cssSelector("#change-form button")).click();
        await(By.cssSelector("button.confirm")).click();
        assertThat(await(By.id("done")).getText()).endsWith("Changed the household's terms of approval.");
        fostering.document("query($id: ID!) { household(id: $id) { approvedPlaces } }").variable("id", joining).execute()
                .path("household.approvedPlaces").entity(Integer.class).isEqualTo(approved + 1);

        // A monthly meeting with its attendance.
        browser.get(url("/web/constellations/" + id + "/change/event"));
        await(By.cssSelector("label[for=kind-MEETING]")).click();
        browser.findElement(By.id("householdsAttending")).sendKeys("5");
        browser.findElement(By.cssSelector("#change-form button")).click();
        await(By.cssSelector("button.confirm")).click();
        assertThat(await(By.id("done")).getText()).endsWith("Recorded the meeting or activity.");
        fostering.document("query($id: ID!) { constellation(id: $id) { events { kind date householdsAttending } } }").variable("id", id)
                .execute().errors().verify()
                .path("constellation.events[?(@.householdsAttending == 5)].kind").entityList(String.class).containsExactly("MEETING")
                .path("constellation.events[?(@.householdsAttending == 5)].date").entityList(String.class).containsExactly("2026-11-24");

        // The satellite leaves again: the check page shows the count going back down, and the graph has it gone.
        browser.get(url("/web/constellations/" + id + "/change/remove-satellite"));
        new org.openqa.selenium.support.ui.Select(await(By.id("householdId"))).selectByValue(joining);
        browser.findElement(By.id("reason")).sendKeys("Moved out of the area");
        browser.findElement(By.cssSelector("#change-form button")).click();
        assertThat(await(By.id("satellites-after")).getText()).isEqualTo((satellites + 1) + " now, " + satellites + " after");
        browser.findElement(By.cssSelector("button.confirm")).click();
        assertThat(await(By.id("done")).getText()).endsWith("Removed the satellite household; it stays in the constellation's history.");
        fostering.document("query($id: ID!) { constellation(id: $id) { satellites { id } } }").variable("id", id).execute()
                .errors().verify().path("constellation.satellites[*].id").entityList(String.class).doesNotContain(joining);

        // A satellite moves to another constellation: the check page shows both constellations' fidelity, and the
        // graph has it in the other one after, in one change.
        String moving = (String) ((Map<?, ?>) ((List<?>) growing.get("satellites")).get(1)).get("id");
        List<Map<String, Object>> others = fostering.document("{ constellations(first: 100) { edges { node { id fidelity { satelliteCount } } } } }")
                .execute().errors().verify().path("constellations.edges[*].node").entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() { }).get();
        Map<String, Object> other = others.stream().filter(node -> !id.equals(node.get("id")))
                .filter(node -> (Integer) ((Map<?, ?>) node.get("fidelity")).get("satelliteCount") < 10).findFirst().orElseThrow();
        String otherId = (String) other.get("id");
        int otherSatellites = (Integer) ((Map<?, ?>) other.get("fidelity")).get("satelliteCount");
        browser.get(url("/web/constellations"));
        browser.findElement(By.cssSelector("#constellation-" + id + " .changes a[href$='/change/move-satellite']")).click();
        new org.openqa.selenium.support.ui.Select(await(By.id("householdId"))).selectByValue(moving);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("toConstellationId"))).selectByValue(otherId);
        browser.findElement(By.id("reason")).sendKeys("Nearer the other hub");
        browser.findElement(By.cssSelector("#change-form button")).click();
        assertThat(await(By.id("satellites-after")).getText()).isEqualTo(satellites + " now, " + (satellites - 1) + " after");
        assertThat(browser.findElement(By.id("satellites-after-1")).getText())
                .isEqualTo(otherSatellites + " now, " + (otherSatellites + 1) + " after");
        Accessibility.check(browser, "constellation: check a satellite's move");
        browser.findElement(By.cssSelector("button.confirm")).click();
        assertThat(await(By.id("done")).getText()).endsWith("Moved the satellite household; it stays in this constellation's history.");
        fostering.document("query($id: ID!, $other: ID!) { here: constellation(id: $id) { satellites { id } } "
                        + "there: constellation(id: $other) { satellites { id } } }")
                .variable("id", id).variable("other", otherId).execute().errors().verify()
                .path("here.satellites[*].id").entityList(String.class).doesNotContain(moving)
                .path("there.satellites[*].id").entityList(String.class).contains(moving);

        // A status the rules refuse is said beside the question; one they allow is in the graph after.
        String member = (String) ((Map<?, ?>) ((List<?>) growing.get("satellites")).get(0)).get("id");
        browser.get(url("/web/constellations/" + id + "/change/status"));
        new org.openqa.selenium.support.ui.Select(await(By.id("householdId"))).selectByValue(member);
        browser.findElement(By.cssSelector("label[for=status-ENQUIRY]")).click();
        browser.findElement(By.cssSelector("#change-form button")).click();
        await(By.cssSelector("button.confirm")).click();
        WebElement refusedStatus = await(By.cssSelector(".govuk-error-summary li a"));
        assertThat(refusedStatus.getDomAttribute("href")).isEqualTo("#status-ENQUIRY");
        assertThat(refusedStatus.getText()).contains("APPROVED").contains("ON_HOLD");
        fostering.document("query($id: ID!) { household(id: $id) { status } }").variable("id", member).execute()
                .path("household.status").entity(String.class).isEqualTo("APPROVED");
        browser.findElement(By.cssSelector("label[for=status-ON_HOLD]")).click();
        browser.findElement(By.cssSelector("#change-form button")).click();
        await(By.cssSelector("button.confirm")).click();
        assertThat(await(By.id("done")).getText()).endsWith("Changed the household's status.");
        fostering.document("query($id: ID!) { household(id: $id) { status } }").variable("id", member).execute()
                .path("household.status").entity(String.class).isEqualTo("ON_HOLD");
    }

    @Test
    void aPlacementOfficerFindsHomesForASeededChildAndHoldsOne() {
        signIn("officer");
        browser.get(url("/web/find-a-home"));
        Browser.screenshot(browser, "find-a-home-choose");
        Accessibility.check(browser, "find a home: choose");
        WebElement firstChild = browser.findElement(By.cssSelector("#children tbody tr th a"));
        String childId = firstChild.getText();
        firstChild.click();
        assertThat(await(By.id("child-id")).getText()).isEqualTo(childId);
        Browser.screenshot(browser, "find-a-home");
        Browser.phoneScreenshot(browser, "find-a-home-phone");
        Accessibility.check(browser, "find a home: matches");
        // Only the pages have read this child so far: their reads are audited like any API client's.
        graphQlAs("admin").document("query($id: ID!) { childReads(childId: $id, by: \"officer\") { operation } }")
                .variable("id", childId).execute().errors().verify()
                .path("childReads[*].operation").entityList(String.class).contains("Query.children", "Query.child");

        HttpGraphQlTester officer = graphQlAs("officer");
        var api = officer.document("""
                query($id: ID!) { matchesForChild(childId: $id, options: {includeExternal: false}) {
                    candidates { score placeCode household { id name vacancies } } excluded { rule } excludedCount
                    exclusionSummary { rule count } scoreOutOf } }
                """).variable("id", childId).execute().errors().verify();
        List<String> names = api.path("matchesForChild.candidates[*].household.name").entityList(String.class).get();
        assertThat(names).isNotEmpty();
        assertThat(texts("#candidates .household-name")).isEqualTo(names);
        // Each score on the scale the API gives it.
        assertThat(browser.findElement(By.cssSelector("#candidates .score")).findElement(By.xpath("..")).getText())
                .startsWith(String.format(Locale.UK, "Score %.1f of a possible %.1f points;",
                        api.path("matchesForChild.candidates[0].score").entity(Double.class).get(),
                        api.path("matchesForChild.scoreOutOf").entity(Double.class).get()));
        assertThat(browser.findElement(By.id("excluded-count")).getText())
                .isEqualTo(String.valueOf(api.path("matchesForChild.excludedCount").entity(Integer.class).get()));
        // The page lists the nearest page of exclusions the API answers, and the rules with their counts.
        assertThat(browser.findElements(By.cssSelector("#excluded tbody tr")))
                .hasSize(api.path("matchesForChild.excluded").entityList(Object.class).get().size());
        assertThat(browser.findElements(By.cssSelector("#exclusion-summary tbody th.rule")).stream()
                .map(rule -> rule.getDomAttribute("data-rule")).toList())
                .isEqualTo(api.path("matchesForChild.exclusionSummary[*].rule").entityList(String.class).get());
        assertThat(browser.findElements(By.cssSelector("svg.map circle.candidate"))).hasSize(names.size());
        // The kind of care matched is said, and the officer can change it: the page then matches as the API does.
        String kind = officer.document("query($id: ID!) { matchesForChild(childId: $id) { approvalType approvalTypeSource } }")
                .variable("id", childId).execute().errors().verify().path("matchesForChild.approvalType").entity(String.class).get();
        assertThat(browser.findElement(By.id("kind-of-care")).getText())
                .contains(kind.toLowerCase().replace('_', '-') + " care (the kind of the child's placement now)");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("approvalType"))).selectByValue("EMERGENCY");
        Browser.submit(browser, browser.findElement(By.cssSelector("#search-again button[type=submit]")), Duration.ofSeconds(30));
        assertThat(await(By.id("kind-of-care")).getText()).contains("emergency care (as asked)");
        var emergency = officer.document("""
                query($id: ID!) { matchesForChild(childId: $id, options: {approvalType: EMERGENCY, includeExternal: false}) {
                    candidates { household { name } } } }
                """).variable("id", childId).execute().errors().verify();
        assertThat(texts("#candidates .household-name"))
                .isEqualTo(emergency.path("matchesForChild.candidates[*].household.name").entityList(String.class).get());
        WebElement emergencyPage = browser.findElement(By.id("kind-of-care"));
        browser.navigate().back();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(emergencyPage));
        await(By.id("hours-0"));

        String householdId = api.path("matchesForChild.candidates[0].household.id").entity(String.class).get();
        int vacancies = api.path("matchesForChild.candidates[0].household.vacancies").entity(Integer.class).get();
        WebElement hours = browser.findElement(By.id("hours-0"));
        hours.clear();
        hours.sendKeys("100");
        // The browser would stop 100 at the field's max; the service's own answer is what this checks.
        ((JavascriptExecutor) browser).executeScript("arguments[0].removeAttribute('max')", hours);
        browser.findElement(By.cssSelector("#candidates li:first-child button.hold")).click();
        WebElement refused = await(By.cssSelector(".govuk-error-summary li a"));
        assertThat(refused.getText()).isEqualTo("A vacancy can be held for 1 to 72 hours (you entered 100)");
        assertThat(refused.getDomAttribute("href")).isEqualTo("#hours-0");
        assertThat(browser.findElement(By.id("hours-0-error")).getText()).contains("A vacancy can be held for 1 to 72 hours");
        assertThat(browser.getTitle()).startsWith("Error: ");
        Accessibility.check(browser, "find a home: hold refused");
        officer.document("query($id: ID!) { household(id: $id) { vacancies } }").variable("id", householdId).execute()
                .path("household.vacancies").entity(Integer.class).isEqualTo(vacancies);

        WebElement hoursAgain = browser.findElement(By.id("hours-0"));
        hoursAgain.clear();
        hoursAgain.sendKeys("24");
        browser.findElement(By.cssSelector("#candidates li:first-child button.hold")).click();
        String done = await(By.id("done")).getText();
        assertThat(done).startsWith("Held a place at " + names.get(0) + " until ");
        assertThat(done).as("a UK date and time").matches(".* until \\d{1,2} [A-Z][a-z]+ 20\\d\\d at \\d{1,2}:\\d\\d[ap]m \\(hold .*");
        Matcher holdId = Pattern.compile("\\(hold (\\S+)\\)").matcher(done);
        assertThat(holdId.find()).isTrue();
        officer.document("query($id: ID!) { hold(id: $id) { active household { id } child { id } } }").variable("id", holdId.group(1))
                .execute().errors().verify()
                .path("hold.active").entity(Boolean.class).isEqualTo(true)
                .path("hold.household.id").entity(String.class).isEqualTo(householdId)
                .path("hold.child.id").entity(String.class).isEqualTo(childId);

        // The child is placed today, so the page offers a move, which uses the place just held.
        browser.findElement(By.cssSelector("#candidates li:first-child .actions details summary")).click();
        assertThat(browser.findElement(By.cssSelector("#candidates li:first-child .actions details summary")).getText())
                .isEqualTo("Move the child here");
        String placeCode = api.path("matchesForChild.candidates[0].placeCode").entity(String.class).get();
        String meaning = officer.document("{ ssda903Codes(list: PLACE) { code meaning } }").execute().errors().verify()
                .path("ssda903Codes[?(@.code == '" + placeCode + "')].meaning").entityList(String.class).get().get(0);
        // No reason chosen for the officer: the check page says so and offers no confirmation.
        browser.findElement(By.cssSelector("#candidates li:first-child button.place")).click();
        assertThat(await(By.cssSelector(".govuk-error-summary li")).getText()).isEqualTo("Select why the current placement ends");
        assertThat(browser.findElements(By.cssSelector("button.confirm"))).isEmpty();
        browser.navigate().back();
        WebElement moveHere = await(By.cssSelector("#candidates li:first-child .actions details"));
        if (moveHere.getDomAttribute("open") == null) {
            moveHere.findElement(By.tagName("summary")).click();
        }
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("reason-0"))).selectByValue("CARPL");
        browser.findElement(By.cssSelector("#candidates li:first-child button.place")).click();
        // Check your answers: nothing has changed yet.
        assertThat(await(By.id("answer-household")).getText()).startsWith(names.get(0) + " (" + householdId);
        assertThat(browser.findElement(By.id("answer-start")).getText()).isEqualTo("24 November 2026");
        assertThat(browser.findElement(By.id("answer-place-code")).getText()).isEqualTo(placeCode + ": " + meaning);
        assertThat(browser.findElement(By.id("answer-reason")).getText()).isEqualTo("CARPL: Change to the care plan");
        Accessibility.check(browser, "find a home: check the move");
        officer.document("query($id: ID!) { child(id: $id) { currentPlacement { household { id } } } }").variable("id", childId)
                .execute().path("child.currentPlacement.household.id").entity(String.class).isNotEqualTo(householdId);
        browser.findElement(By.cssSelector("button.confirm")).click();
        assertThat(await(By.cssSelector("#confirmation h1")).getText()).isEqualTo("Child moved");
        assertThat(browser.findElement(By.cssSelector("#confirmation .govuk-panel__body")).getText())
                .startsWith(childId + " is placed with " + names.get(0) + " from 24 November 2026");
        Accessibility.check(browser, "find a home: moved");
        officer.document("query($id: ID!) { child(id: $id) { currentPlacement { start placeCode household { id } } } }")
                .variable("id", childId).execute().errors().verify()
                .path("child.currentPlacement.household.id").entity(String.class).isEqualTo(householdId)
                .path("child.currentPlacement.start").entity(String.class).isEqualTo("2026-11-24")
                .path("child.currentPlacement.placeCode").entity(String.class).isEqualTo(placeCode);
        officer.document("query($id: ID!) { hold(id: $id) { active } }").variable("id", holdId.group(1)).execute()
                .path("hold.active").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void anOfficerFindsAChildByIdOrByFilterAndBadAddressesAreExplained() {
        signIn("officer");
        long started = System.nanoTime();
        browser.get(url("/web/find-a-home"));
        browser.findElement(By.id("childId")).sendKeys("ch-0022");
        browser.findElement(By.cssSelector("#childId ~ button")).click();
        assertThat(await(By.id("child-id")).getText()).isEqualTo("CH-0022");
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/web/find-a-home/child/CH-0022"));
        browser.findElement(By.cssSelector("#candidates li:first-child button.hold")).click();
        assertThat(await(By.id("done")).getText()).startsWith("Held a place at ");
        Browser.note("find a home for CH-0022 and hold it (officer)", "2 clicks, " + (System.nanoTime() - started) / 1_000_000
                + " ms in the test browser");

        browser.get(url("/web/find-a-home"));
        browser.findElement(By.id("childId")).sendKeys("CH-9999");
        browser.findElement(By.cssSelector("#childId ~ button")).click();
        assertThat(await(By.cssSelector(".govuk-error-summary li a")).getText())
                .isEqualTo("There is no child with id CH-9999 in your council's records");
        assertThat(browser.findElement(By.id("childId-error")).getText()).contains("There is no child with id CH-9999");
        Accessibility.check(browser, "find a home: no such child");

        // Agency homes when asked: the council's own first, as the law ranks them, then the best agency homes.
        browser.get(url("/web/find-a-home/child/CH-0022?includeExternal=true"));
        var withAgencies = graphQlAs("officer").document("""
                { matchesForChild(childId: "CH-0022", options: {includeExternal: true, first: 100}) { candidates { internal household { name } } } }
                """).execute().errors().verify();
        List<Boolean> internal = withAgencies.path("matchesForChild.candidates[*].internal").entityList(Boolean.class).get();
        List<String> all = withAgencies.path("matchesForChild.candidates[*].household.name").entityList(String.class).get();
        List<String> agencies = java.util.stream.IntStream.range(0, all.size()).filter(i -> !internal.get(i)).mapToObj(all::get).limit(10).toList();
        assertThat(agencies).as("the demo has agency homes within reach").isNotEmpty();
        assertThat(texts("#agency-candidates .household-name")).isEqualTo(agencies);
        assertThat(texts("#candidates .household-name")).isEqualTo(java.util.stream.IntStream.range(0, all.size())
                .filter(internal::get).mapToObj(all::get).limit(20).toList());

        browser.get(url("/web/find-a-home/child/ch-9999"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("There is no child CH-9999 in your council's records");

        browser.get(url("/web/find-a-home/child/CH-0022?maxDistanceMiles=abc"));
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary li a")).getText()).isEqualTo("Within miles must be a number, like 12.5");
        assertThat(browser.findElement(By.id("maxDistanceMiles")).getDomProperty("value")).isEqualTo("abc");

        browser.get(url("/web/find-a-home?after=not-a-cursor"));
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary li")).getText()).isNotBlank();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Find a home");

        // Children placed by other providers, page after page, as the API lists them.
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("provision"))).selectByValue("external");
        Browser.submit(browser, browser.findElement(By.cssSelector(".app-filters button")), Duration.ofSeconds(30));
        var api = graphQlAs("officer").document("""
                { children(inCare: true, internal: false, first: 25) { totalCount edges { node { id currentPlacement { internal } } } } }
                """).execute().errors().verify();
        int external = api.path("children.totalCount").entity(Integer.class).get();
        assertThat(texts("#children tbody th")).isEqualTo(api.path("children.edges[*].node.id").entityList(String.class).get());
        assertThat(api.path("children.edges[*].node.currentPlacement.internal").entityList(Boolean.class).get()).containsOnly(false);
        assertThat(browser.findElement(By.id("children-caption")).getText())
                .startsWith(String.format("%,d children in care, page 1 of %d", external, (external + 24) / 25));
        browser.findElement(By.id("next-page")).click();
        assertThat(await(By.id("children-caption")).getText()).contains("page 2 of");
        browser.findElement(By.cssSelector(".govuk-pagination__prev a")).click();
        assertThat(await(By.id("children-caption")).getText()).contains("page 1 of");
        assertThat(texts("#children tbody th")).isEqualTo(api.path("children.edges[*].node.id").entityList(String.class).get());
    }

    /**
     * The officer's main task with the keyboard only: the skip link first, then Tab to the child's id, Enter, Tab to
     * the first home's "Hold this place", Enter. Every stop on the way shows where the focus is (GOV.UK's yellow focus).
     */
    @Test
    void anOfficerFindsAHomeAndHoldsItWithTheKeyboardOnly() {
        signIn("officer");
        browser.get(url("/web/find-a-home"));
        ((JavascriptExecutor) browser).executeScript("document.activeElement.blur()");
        tab();
        assertThat(focused().getText()).isEqualTo("Skip to main content");
        WebElement childId = tabTo(element -> "childId".equals(element.getDomAttribute("id")));
        childId.sendKeys("CH-0015", Keys.ENTER);
        assertThat(await(By.id("child-id")).getText()).isEqualTo("CH-0015");
        WebElement hold = tabTo(element -> element.getDomAttribute("class") != null && element.getDomAttribute("class").contains("hold"));
        assertThat(hold.getText()).startsWith("Hold this place");
        hold.sendKeys(Keys.ENTER);
        assertThat(await(By.id("done")).getText()).startsWith("Held a place at ");
    }

    private static void tab() {
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.TAB).perform();
    }

    private static WebElement focused() {
        return browser.switchTo().activeElement();
    }

    /** Presses Tab until the focus reaches an element the test wants, checking each stop shows its focus. */
    private static WebElement tabTo(java.util.function.Predicate<WebElement> wanted) {
        for (int stop = 0; stop < 200; stop++) {
            tab();
            WebElement element = focused();
            String outline = element.getCssValue("outline-style");
            String shadow = element.getCssValue("box-shadow");
            String background = element.getCssValue("background-color");
            assertThat(!"none".equals(outline) || !"none".equals(shadow) || background.contains("255, 221, 0"))
                    .as("focus visible on <%s id=%s class=%s>", element.getTagName(), element.getDomAttribute("id"),
                            element.getDomAttribute("class")).isTrue();
            if (wanted.test(element)) {
                return element;
            }
        }
        throw new AssertionError("the keyboard never reached the element");
    }

    @Test
    void graphiQlComesFromTheJarAndWorksWithThePageSignIn() {
        signIn("officer");
        browser.get(url("/graphiql"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ignored -> !browser.findElements(By.cssSelector(".graphiql-container")).isEmpty());
        browser.findElement(By.cssSelector(".graphiql-execute-button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ignored -> browser.findElements(By.cssSelector(".result-window")).stream()
                .anyMatch(result -> result.getText().contains("Aldridge")));
        // Every script and style came from this service (fonts inlined in its styles): no CDN, so it works offline.
        List<String> loaded = ((List<?>) ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(entry => entry.name)")).stream().map(String::valueOf).toList();
        assertThat(loaded).isNotEmpty().allMatch(address -> address.startsWith(url("/")) || address.startsWith("data:"));
    }

    @Test
    void anOfficerSeesTheHoldsAndGivesOneBack() {
        HttpGraphQlTester officer = graphQlAs("officer");
        String childId = officer.document("{ children(inCare: true, internal: false, first: 1) { edges { node { id } } } }").execute()
                .errors().verify().path("children.edges[0].node.id").entity(String.class).get();
        String householdId = officer.document("query($id: ID!) { matchesForChild(childId: $id) { candidates { household { id } } } }")
                .variable("id", childId).execute().errors().verify()
                .path("matchesForChild.candidates[0].household.id").entity(String.class).get();
        String holdId = officer.document("""
                mutation($child: ID!, $home: ID!) { holdVacancy(input: {childId: $child, householdId: $home, hours: 6}) { id } }
                """).variable("child", childId).variable("home", householdId).execute().errors().verify()
                .path("holdVacancy.id").entity(String.class).get();

        signIn("officer");
        browser.get(url("/web/holds"));
        WebElement row = await(By.cssSelector("#holds tr[data-hold='" + holdId + "']"));
        assertThat(row.findElement(By.tagName("th")).getText()).isEqualTo(childId);
        assertThat(row.getText()).contains("Expires soon").contains("officer");
        var active = officer.document("{ holds(mine: true, first: 50) { totalCount edges { node { id } } } }").execute().errors().verify();
        assertThat(texts("#holds tbody tr").size()).isEqualTo(active.path("holds.totalCount").entity(Integer.class).get());
        Browser.screenshot(browser, "holds");
        Accessibility.check(browser, "holds");

        browser.findElement(By.linkText("Expiring within 12 hours")).click();
        assertThat(await(By.cssSelector("#holds tr[data-hold='" + holdId + "']")).isDisplayed()).isTrue();
        browser.findElement(By.cssSelector("#holds tr[data-hold='" + holdId + "'] button.release")).click();
        assertThat(await(By.id("done")).getText()).startsWith("Gave back the place held at ").contains("(hold " + holdId + ")");
        assertThat(browser.findElements(By.cssSelector("#holds tr[data-hold='" + holdId + "']"))).isEmpty();
        officer.document("query($id: ID!) { hold(id: $id) { active releasedAt } }").variable("id", holdId).execute().errors().verify()
                .path("hold.active").entity(Boolean.class).isEqualTo(false)
                .path("hold.releasedAt").hasValue();
        browser.findElement(By.linkText("Ended")).click();
        assertThat(await(By.cssSelector("#holds tr[data-hold='" + holdId + "']")).getText()).contains("Given back");
    }

    @Test
    void aReferralIsMatchedAsTheApiMatchesIt() {
        signIn("officer");
        browser.get(url("/web/find-a-home"));
        browser.findElement(By.id("age1")).sendKeys("8");
        browser.findElement(By.id("age2")).sendKeys("10");
        browser.findElement(By.cssSelector("label[for=sex1-FEMALE]")).click();
        browser.findElement(By.id("homePostcodeSector")).sendKeys("WS2 7");
        browser.findElement(By.id("schoolPostcodeSector")).sendKeys("WS1 4");
        browser.findElement(By.cssSelector("label[for=sharingAgreed]")).click();
        new Select(browser.findElement(By.id("risks"))).selectByValue("NO_YOUNGER_CHILDREN");
        browser.findElement(By.cssSelector("#referral-form button[type=submit]")).click();
        // The second child's sex is not chosen for the officer: the form says so, keeping every answer.
        assertThat(await(By.cssSelector(".govuk-error-summary li a")).getText()).isEqualTo("Select the sex of brother or sister 1");
        assertThat(browser.findElement(By.id("age2")).getDomProperty("value")).isEqualTo("10");
        assertThat(browser.findElement(By.id("sharingAgreed")).isSelected()).isTrue();
        assertThat(new Select(browser.findElement(By.id("risks"))).getFirstSelectedOption().getText())
                .isEqualTo("Not with children younger than them");
        Accessibility.check(browser, "find a home: referral refused");
        browser.findElement(By.cssSelector("label[for=sex2-FEMALE]")).click();
        browser.findElement(By.cssSelector("#referral-form button[type=submit]")).click();
        await(By.id("candidate-count"));
        Browser.screenshot(browser, "find-a-home-referral");
        Accessibility.check(browser, "find a home: referral matches");

        var api = graphQlAs("officer").document("""
                { matchesForReferral(referral: {children: [{age: 8, sex: FEMALE, needs: []}, {age: 10, sex: FEMALE, needs: []}],
                    homePostcodeSector: "WS2 7", schoolPostcodeSector: "WS1 4", urgency: PLANNED, sharingAgreed: true,
                    risks: [NO_YOUNGER_CHILDREN]},
                    options: {includeExternal: false}) { candidates { household { name } } excluded { rule } } }
                """).execute().errors().verify();
        List<String> names = api.path("matchesForReferral.candidates[*].household.name").entityList(String.class).get();
        assertThat(names).isNotEmpty();
        assertThat(texts("#candidates .household-name")).isEqualTo(names);
        assertThat(browser.findElements(By.cssSelector("svg.map .home"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("svg.map .school"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("button.hold"))).as("a referral is not in the graph to hold for").isEmpty();

        // Made a referral in the graph: the children registered with their dates of birth, the referral opened, and a
        // place held for them from the homes that take them all.
        browser.findElement(By.id("open-referral")).click();
        browser.findElement(By.cssSelector("#open-referral button")).click();
        assertThat(await(By.cssSelector(".govuk-error-summary li a")).getText()).isEqualTo("Enter the date of birth of child 1");
        Accessibility.check(browser, "referral: dates of birth refused");
        for (String[] child : new String[][] {{"1", "14", "3", "2018"}, {"2", "2", "9", "2016"}}) {
            browser.findElement(By.id("dob" + child[0] + "-day")).sendKeys(child[1]);
            browser.findElement(By.id("dob" + child[0] + "-month")).sendKeys(child[2]);
            browser.findElement(By.id("dob" + child[0] + "-year")).sendKeys(child[3]);
        }
        browser.findElement(By.cssSelector("#open-referral button")).click();
        String opened = await(By.id("done")).getText();
        Matcher referral = Pattern.compile("Opened referral (\\S+) for (\\S+), (\\S+)\\.").matcher(opened);
        assertThat(referral.find()).as(opened).isTrue();
        Accessibility.check(browser, "referrals");
        HttpGraphQlTester officer = graphQlAs("officer");
        var inGraph = officer.document("query($id: ID!) { referral(id: $id) { status risks children { id dateOfBirth sex homePostcodeSector } } }")
                .variable("id", referral.group(1)).execute().errors().verify()
                .path("referral.status").entity(String.class).isEqualTo("OPEN")
                .path("referral.risks").entityList(String.class).containsExactly("NO_YOUNGER_CHILDREN")
                .path("referral.children[*].id").entityList(String.class).contains(referral.group(2), referral.group(3)).hasSize(2)
                .path("referral.children[?(@.id == '" + referral.group(2) + "')].dateOfBirth").entityList(String.class).containsExactly("2018-03-14")
                .path("referral.children[?(@.id == '" + referral.group(3) + "')].dateOfBirth").entityList(String.class).containsExactly("2016-09-02")
                .path("referral.children[*].homePostcodeSector").entityList(String.class).containsExactly("WS2 7", "WS2 7");
        List<String> inReferral = inGraph.path("referral.children[*].id").entityList(String.class).get();
        browser.findElement(By.cssSelector("#referrals tr[data-referral='" + referral.group(1) + "'] a.find-homes")).click();
        assertThat(await(By.id("siblings")).getText()).contains(inReferral.get(1));
        assertThat(browser.findElement(By.id("living-alongside")).getText()).contains("Not with children younger than them");
        List<String> together = officer.document("""
                query($id: ID!, $sibling: ID!) { matchesForChild(childId: $id, options: {siblingIds: [$sibling], includeExternal: false,
                    risks: [NO_YOUNGER_CHILDREN]}) {
                    candidates { household { name } } } }
                """).variable("id", inReferral.get(0)).variable("sibling", inReferral.get(1)).execute().errors().verify()
                .path("matchesForChild.candidates[*].household.name").entityList(String.class).get();
        assertThat(texts("#candidates .household-name")).isEqualTo(together);
        browser.findElement(By.cssSelector("#candidates li:first-child button.hold")).click();
        assertThat(await(By.id("done")).getText()).startsWith("Held a place at " + together.get(0));
        officer.document("{ holds(mine: true, first: 50) { edges { node { child { id } household { name } } } } }").execute().errors().verify()
                .path("holds.edges[*].node.child.id").entityList(String.class).contains(inReferral.get(0));
    }

    @Test
    void theStepDownPlanIsTheApis() {
        signIn("officer");
        browser.get(url("/web/step-down"));
        Browser.screenshot(browser, "step-down");
        Accessibility.check(browser, "step-down");
        var api = graphQlAs("officer").document("""
                { stepDownOpportunities(first: 50) { totalCount edges { node { child { id } annualSaving } }
                  plan { households annualSaving annualFullCostSaving } } }
                """).execute().errors().verify();
        assertThat(browser.findElement(By.id("plan-households")).getText())
                .isEqualTo(String.valueOf(api.path("stepDownOpportunities.plan.households").entity(Integer.class).get()));
        assertThat(browser.findElement(By.id("plan-saving")).getText()).isEqualTo(String.format("£%,.0f",
                api.path("stepDownOpportunities.plan.annualSaving").entity(Double.class).get()));
        assertThat(browser.findElement(By.id("plan-full-saving")).getText()).isEqualTo(String.format("£%,.0f",
                api.path("stepDownOpportunities.plan.annualFullCostSaving").entity(Double.class).get()));
        assertThat(browser.findElement(By.id("opportunity-count")).getText())
                .isEqualTo(String.valueOf(api.path("stepDownOpportunities.totalCount").entity(Integer.class).get()));
        assertThat(texts("#opportunities tbody th"))
                .isEqualTo(api.path("stepDownOpportunities.edges[*].node.child.id").entityList(String.class).get());
        double saving = api.path("stepDownOpportunities.edges[*].node.annualSaving").entityList(Double.class).get().stream()
                .mapToDouble(Double::doubleValue).sum();
        assertThat(browser.findElement(By.id("page-saving")).getText()).isEqualTo(String.format("£%,.0f", saving));
    }

    @Test
    void theDashboardShowsTheApisNumbersAndDownloadsItsTables() throws IOException {
        signIn("commissioner");
        browser.get(url("/web/dashboard"));
        Browser.screenshot(browser, "dashboard");
        Accessibility.check(browser, "dashboard");

        HttpGraphQlTester commissioner = graphQlAs("commissioner");
        var mix = commissioner.document("""
                { placementMix { total internal external } byType: placementMix(groupBy: [PLACEMENT_TYPE]) { groups { key total internal external } }
                  sufficiency { localities { demand { gap } } } }
                """).execute().errors().verify();
        assertThat(browser.findElement(By.id("mix-total")).getText()).isEqualTo("477");
        mix.path("placementMix.total").entity(Integer.class).isEqualTo(477);
        assertThat(browser.findElement(By.id("mix-internal")).getText()).isEqualTo("211");
        mix.path("placementMix.internal").entity(Integer.class).isEqualTo(211);
        assertThat(browser.findElement(By.id("mix-external")).getText()).isEqualTo("266");
        List<Map<String, Object>> groups = mix.path("byType.groups").entityList(mapType()).get();
        List<WebElement> rows = browser.findElements(By.cssSelector("#by-type tbody tr"));
        assertThat(rows).hasSize(groups.size());
        for (int i = 0; i < groups.size(); i++) {
            List<String> cells = Stream.concat(Stream.of(rows.get(i).findElement(By.tagName("th"))),
                    rows.get(i).findElements(By.tagName("td")).stream()).map(WebElement::getText).toList();
            Map<String, Object> group = groups.get(i);
            // The placement type in words (Labels), the counts as the API answers them.
            assertThat(cells.subList(0, 4)).isEqualTo(List.of(new Words().label(((List<?>) group.get("key")).get(0)), group.get("total"),
                    group.get("internal"), group.get("external")));
        }
        List<String> gaps = mix.path("sufficiency.localities[*].demand[*].gap").entityList(String.class).get();
        assertThat(texts("#sufficiency td.gap")).isEqualTo(gaps);
        assertThat(gaps).as("the seed has suppressed gaps, shown as c").contains("c");

        browser.findElement(By.linkText("Download by placement type as CSV")).click();
        Path file = downloads.resolve("placement-mix-2026-11-24.csv");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ignored -> Files.exists(file));
        String fromApi = as("commissioner").get().uri("/api/reports/placement-mix.csv?groupBy=PLACEMENT_TYPE").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(Files.readString(file)).isEqualTo(fromApi);
        assertThat(fromApi).startsWith("as_of,placement_type,total,internal,external,");

        browser.findElement(By.id("extraInHousePlacesPerYear")).sendKeys("20");
        browser.findElement(By.cssSelector("#forecast-heading ~ form button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ignored -> browser.findElements(By.cssSelector("#forecast tbody tr")).size() == 2);
        Browser.screenshot(browser, "dashboard-forecast");
        Accessibility.check(browser, "dashboard with a scenario");
        double saving = commissioner.document("""
                { sufficiencyForecast(horizonMonths: 24, scenarios: [{name: "Scenario", extraInHousePlacesPerYear: 20}]) {
                    scenarios { savingOverHorizon } } }
                """).execute().errors().verify()
                .path("sufficiencyForecast.scenarios[1].savingOverHorizon").entity(Double.class).get();
        assertThat(saving).isPositive();
        assertThat(texts("#forecast tbody tr:nth-child(2) td").get(2)).isEqualTo(String.format("%,.0f", saving));
        assertThat(browser.findElements(By.cssSelector("svg.chart polyline.scenario"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#forecast-months tbody tr"))).hasSize(24);
        assertThat(texts("#forecast-legend li")).containsExactly("Baseline", "Scenario", "Likely range of the baseline");
    }

    @Test
    void theCommissionerChoosesTheReportDateAndDownloadsTheCouncillorsReport() throws IOException {
        signIn("commissioner");
        browser.get(url("/web/dashboard"));
        browser.findElement(By.id("asOf-day")).sendKeys("31");
        browser.findElement(By.id("asOf-month")).sendKeys("13");
        browser.findElement(By.id("asOf-year")).sendKeys("2026");
        browser.findElement(By.cssSelector("#report-date button")).click();
        assertThat(await(By.cssSelector(".govuk-error-summary li a")).getText()).isEqualTo("Report date must be a real date, like 31 10 2026");
        Accessibility.check(browser, "dashboard: date refused");
        WebElement month = browser.findElement(By.id("asOf-month"));
        month.clear();
        month.sendKeys("10");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("trendMonths"))).selectByValue("12");
        browser.findElement(By.cssSelector("#report-date button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ignored -> browser.findElements(By.cssSelector("#trend tbody tr")).size() == 13);

        HttpGraphQlTester commissioner = graphQlAs("commissioner");
        var october = commissioner.document("""
                { placementMix(asOf: "2026-10-31") { asOf total internal }
                  byType: placementMix(asOf: "2026-10-31", groupBy: [PLACEMENT_TYPE]) { groups { key total } } }
                """).execute().errors().verify();
        int total = october.path("placementMix.total").entity(Integer.class).get();
        assertThat(browser.findElement(By.id("mix-total")).getText()).isEqualTo(String.valueOf(total));
        assertThat(browser.findElement(By.id("mix-heading")).getText()).isEqualTo("Children in care on 31 October 2026");
        assertThat(browser.findElements(By.cssSelector("#trend tbody th")).get(12).getDomProperty("textContent")).isEqualTo("October 2026");

        long started = System.nanoTime();
        browser.findElement(By.id("councillors-report")).click();
        Path file = downloads.resolve("councillors-report-2026-10-31.xlsx");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ignored -> Files.exists(file) && file.toFile().length() > 0);
        Browser.note("the councillors' report as XLSX (commissioner, from the dashboard)", "1 click, "
                + (System.nanoTime() - started) / 1_000_000 + " ms in the test browser");
        List<Map<String, Object>> groups = october.path("byType.groups").entityList(mapType()).get();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("About");
            assertThat(workbook.getSheetAt(0).getRow(4).getCell(0).getStringCellValue()).startsWith("Small numbers: a count from 1 to 4 reads c");
            var mix = workbook.getSheet("Placement mix");
            assertThat(mix.getRow(0).getCell(1).getStringCellValue()).isEqualTo("total");
            assertThat(mix.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(total);
            var byType = workbook.getSheet("Mix by placement type");
            for (int i = 0; i < groups.size(); i++) {
                var row = byType.getRow(i + 2);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(((List<?>) groups.get(i).get("key")).get(0));
                String expected = (String) groups.get(i).get("total");
                var cell = row.getCell(2);
                assertThat(cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        ? String.valueOf((int) cell.getNumericCellValue()) : cell.getStringCellValue()).isEqualTo(expected);
            }
            assertThat(workbook.getSheet("Trend").getLastRowNum()).isEqualTo(13);
        }

        // Printed for councillors: on A4 the navigation, forms and download links go, the folded tables open, and
        // nothing runs off the page's printable width.
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(A4_PRINTABLE_PIXELS, 900));
            for (String gone : List.of(".govuk-service-navigation", "#report-date", ".downloads", ".govuk-footer", ".govuk-phase-banner")) {
                assertThat(browser.findElements(By.cssSelector(gone))).as(gone).isNotEmpty()
                        .allSatisfy(element -> assertThat(element.isDisplayed()).as(gone + " printed").isFalse());
            }
            // Asked of the page itself: WebDriver's isDisplayed counts anything in a closed details as hidden, whatever the CSS.
            assertThat(chrome.executeScript("const table = document.getElementById('trend');"
                    + " return table.checkVisibility() && table.getBoundingClientRect().height > 100;"))
                    .as("the trend's table, folded on screen, printed").isEqualTo(true);
            Number overflow = (Number) chrome.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            Object wide = chrome.executeScript("""
                    const width = document.documentElement.clientWidth;
                    return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > width + 0.5)
                        .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ' + Math.round(e.getBoundingClientRect().right))
                        .join('; ');
                    """);
            assertThat(overflow.intValue()).as("printed wider than A4 (" + wide + ") by").isLessThanOrEqualTo(0);
            PrintOptions a4 = new PrintOptions();
            a4.setPageSize(new PageSize(29.7, 21.0));
            byte[] pdf = java.util.Base64.getDecoder().decode(chrome.print(a4).getContent());
            Files.write(Browser.SCREENSHOTS.getParent().resolve("dashboard-print.pdf"), pdf);
            long pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .results().count();
            Browser.note("the dashboard printed on A4 (commissioner)", pages + " pages");
            assertThat(pages).isBetween(2L, 12L);
        }
        finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            browser.manage().window().setSize(Accessibility.DESKTOP);
        }
    }

    /** The element once the page that holds it has loaded: a click returns when the request is sent. */
    private static WebElement await(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    private static List<String> names(Object households) {
        return ((List<?>) households).stream().map(household -> (String) ((Map<?, ?>) household).get("name")).toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class<Map<String, Object>> mapType() {
        return (Class) Map.class;
    }
}
