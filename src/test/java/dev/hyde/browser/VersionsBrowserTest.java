package dev.hyde.browser;

import dev.hyde.VersionedSites;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Three versions of the docs (1.0, 1.1, 2.0; see {@link VersionedSites}) served side by side under
 * /docs by one static server, as they would be published: the selector, switching between
 * versions, and the banner on old versions. 1.0 and 1.1 were built before 2.0 existed, so what
 * they show of 2.0 comes from the shared versions.json alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VersionsBrowserTest {
    private static final List<String> PAGES = List.of("/docs/1.0/guide/install/", "/docs/1.0/guide/old-api/",
            "/docs/1.1/", "/docs/1.1/guide/old-api/", "/docs/2.0/guide/install/", "/docs/2.0/guide/new-feature/");
    private StaticServer server;
    private Browser browser;

    @BeforeAll
    void start() throws IOException {
        Chromium.requireInstalled();
        Path root = Path.of("target", "browser-sites", "versions").toAbsolutePath();
        if (Files.exists(root)) {
            PathUtils.deleteDirectory(root);
        }
        VersionedSites.publishAll(root.resolve("docs"));
        server = StaticServer.serve(root);
        browser = Browser.start(server.address());
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void everyPageOpenedWasClean() {
        browser.assertCleanPages();
        browser.width(Browser.DESKTOP);
    }

    /** Opens a page and waits until its selector has read versions.json. */
    private void open(String path) {
        browser.open(path);
        browser.waiting().until(d -> "true".equals(browser.find(".version-menu").getDomAttribute("data-loaded")));
    }

    private List<String> listed() {
        return browser.findAll(".version-list a").stream().map(a -> a.getAttribute("textContent").strip()).toList();
    }

    @Test
    void theSelectorListsAllThreeVersionsOnEveryVersionEvenOneBuiltBeforeTheOthers() {
        for (String page : List.of("/docs/1.0/guide/install/", "/docs/1.1/", "/docs/2.0/guide/install/")) {
            open(page);
            assertEquals(List.of("2.0 (current)", "1.1", "1.0"), listed(), page);
            String version = page.split("/")[2];
            assertEquals(version, browser.find(".version-list a[aria-current]").getDomAttribute("data-version"), page);
        }
    }

    @Test
    void switchingWithTheKeyboardKeepsTheReaderOnTheSamePage() {
        open("/docs/1.1/guide/old-api/");
        WebElement summary = browser.find(".version-menu summary");
        summary.sendKeys(Keys.ENTER);
        assertTrue(browser.find(".version-list").isDisplayed(), "Enter opens the menu");
        WebElement older = browser.find(".version-list a[data-version='1.0']");
        browser.waiting().until(d -> older.getDomProperty("href").endsWith("/docs/1.0/guide/old-api/"));
        older.sendKeys(Keys.ENTER);
        browser.waitForNavigationTo("/docs/1.0/guide/old-api/");
        assertEquals("Old API", browser.find("h1").getText());
        assertOnlyProbesOf("/docs/2.0/guide/old-api/");
    }

    @Test
    void switchingToAVersionWithoutThePageGoesToItsHome() {
        open("/docs/2.0/guide/new-feature/");
        browser.find(".version-menu summary").click();
        browser.find(".version-list a[data-version='1.1']").click();
        browser.waitForNavigationTo("/docs/1.1/");
        assertTrue(browser.find("main").getText().contains("Welcome to version 1.1."));
        assertOnlyProbesOf("/docs/1.0/guide/new-feature/", "/docs/1.1/guide/new-feature/");
    }

    @Test
    void switchingByClickKeepsThePageAndItsSection() {
        open("/docs/1.0/guide/install/#requirements");
        browser.find(".version-menu summary").click();
        browser.find(".version-list a[data-version='2.0']").click();
        browser.waitForNavigationTo("/docs/2.0/guide/install/#requirements");
        assertTrue(browser.find("main").getText().contains("Install version 2.0."));
    }

    @Test
    void escapeClosesTheMenuAndReturnsToItsButton() {
        open("/docs/2.0/guide/install/");
        WebElement summary = browser.find(".version-menu summary");
        summary.click();
        assertTrue(browser.find(".version-list").isDisplayed());
        browser.find(".version-list a[data-version='2.0']").sendKeys(Keys.ESCAPE);
        assertFalse(browser.find(".version-list").isDisplayed());
        assertEquals(summary, browser.driver().switchTo().activeElement());
    }

    @Test
    void onlyOldVersionsShowTheBannerAndItLeadsToTheSamePageInTheLatest() {
        for (String page : List.of("/docs/2.0/guide/install/", "/docs/2.0/guide/new-feature/")) {
            open(page);
            assertFalse(browser.find(".version-banner").isDisplayed(), page);
        }
        for (String page : List.of("/docs/1.0/guide/install/", "/docs/1.1/")) {
            open(page);
            WebElement banner = browser.find(".version-banner");
            assertTrue(banner.isDisplayed(), page);
            assertEquals("You are reading the docs of " + page.split("/")[2] + ". The latest is 2.0.", banner.getText());
        }
        open("/docs/1.0/guide/install/");
        browser.find(".version-banner a").click();
        browser.waitForNavigationTo("/docs/2.0/guide/install/");
    }

    @Test
    void theBannerOfAPageTheLatestNoLongerHasLeadsToTheLatestHome() {
        open("/docs/1.1/guide/old-api/");
        browser.find(".version-banner a").click();
        browser.waitForNavigationTo("/docs/2.0/");
        assertOnlyProbesOf("/docs/2.0/guide/old-api/");
    }

    @Test
    void theRootSendsReadersToTheLatest() {
        browser.open("/docs/");
        browser.waitForNavigationTo("/docs/2.0/");
    }

    @Test
    void pagesOfEveryVersionPassAxeWithTheMenuOpenInLightAndDark() {
        List<String> failures = new ArrayList<>();
        for (String page : PAGES) {
            for (int width : List.of(Browser.DESKTOP, Browser.PHONE)) {
                browser.width(width);
                for (String scheme : List.of("light", "dark")) {
                    browser.prefersColorScheme(scheme);
                    open(page);
                    check(page + " " + width + " " + scheme, failures);
                    browser.find(".version-menu summary").click();
                    check(page + " " + width + " " + scheme + " menu open", failures);
                    browser.screenshot("versions/" + page.replace('/', '-') + width + "-" + scheme);
                }
            }
        }
        browser.prefersColorScheme("light");
        // Opening the menu asks each version for the page: those without it answer 404.
        assertOnlyProbesOf("/docs/2.0/guide/old-api/", "/docs/1.0/guide/new-feature/",
                "/docs/1.1/guide/new-feature/");
        assertTrue(failures.isEmpty(), () -> String.join("\n  ", failures));
    }

    private void check(String what, List<String> failures) {
        browser.axe().stream().filter(v -> Axe.BLOCKING.contains(v.impact())).forEach(v -> failures.add(what + ": " + v));
    }

    /**
     * Every console error since the last check is the 404 of a HEAD request for a page that a
     * version lacks, and nothing else went wrong.
     */
    private void assertOnlyProbesOf(String... missing) {
        List<String> unexpected = new ArrayList<>();
        for (Browser.PageProblems page : browser.takePages()) {
            unexpected.addAll(page.otherHostRequests());
            page.consoleErrors().stream()
                    .filter(e -> !(e.contains("404") && List.of(missing).stream().anyMatch(m -> e.contains(m + " "))))
                    .forEach(e -> unexpected.add(page.url() + ": " + e));
        }
        assertTrue(unexpected.isEmpty(), () -> String.join("\n  ", unexpected));
    }
}
