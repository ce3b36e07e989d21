package org.fostergraph.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (never a downloaded browser: this machine's
 * network reaches package registries only). Without them the browser tests are skipped, unless
 * {@code FOSTERGRAPH_REQUIRE_BROWSER} is set, as {@code .ci/run} does after installing them: then they fail.
 */
final class Browser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browser() {
    }

    static WebDriver start(Path downloads) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("FOSTERGRAPH_REQUIRE_BROWSER") != null) {
            throw new IllegalStateException("FOSTERGRAPH_REQUIRE_BROWSER is set but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing: apt-get install chromium chromium-driver");
        }
        Assumptions.assumeTrue(installed, "Debian's chromium and chromium-driver are not installed (bash .ci/run installs them)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Without the background-networking switches Chromium keeps dialling Google's hosts, which this network refuses.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1366,1000", "--user-data-dir=" + temporaryFolder("chromium-profile"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    static void signIn(WebDriver browser, String baseUrl, String user) {
        browser.manage().deleteAllCookies();
        browser.get(baseUrl + "/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(user);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        // The click returns when the form is sent, not when the next page has loaded.
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ignored -> !browser.getCurrentUrl().endsWith("/login"));
    }

    /**
     * Clicks a button that submits a form and waits, up to {@code wait}, for the page the server answers: the page
     * before may still show what the next one is awaited for (a #done banner, the element a test reads), which would
     * otherwise be found, and then lost to the navigation.
     */
    static void submit(WebDriver browser, WebElement button, Duration wait) {
        WebElement page = browser.findElement(By.tagName("html"));
        button.click();
        new WebDriverWait(browser, wait).until(ExpectedConditions.stalenessOf(page));
    }

    /** Saves what the browser shows as target/screenshots/{name}.png (the README's pictures come from these). */
    static void screenshot(WebDriver browser, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same, at a phone's width (390 CSS pixels), then back to the desktop width the tests use. */
    static void phoneScreenshot(WebDriver browser, String name) {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        screenshot(browser, name);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 1000));
    }

    /** Adds a line to target/task-timings.tsv: how long a user's task took in the test browser, for the notes. */
    static void note(String task, String measured) {
        try {
            Files.createDirectories(SCREENSHOTS.getParent());
            Files.writeString(SCREENSHOTS.getParent().resolve("task-timings.tsv"), task + "\t" + measured + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path temporaryFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
