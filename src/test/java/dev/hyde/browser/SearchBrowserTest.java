package dev.hyde.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The theme's search on this repository's site, served by a plain static server. */
class SearchBrowserTest {
    private static StaticServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        Chromium.requireInstalled();
        BuiltSite site = BuiltSite.build("search-repository", Path.of(""));
        server = StaticServer.serve(site.destination());
        browser = Browser.start(server.address());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void noConsoleErrorsNorOtherHosts() {
        browser.assertCleanPages();
    }

    @Test
    void ulimitFindsTheTroubleshootingGuideAndOpensItAtItsHeading() {
        browser.open("/guide/getting-started/");
        WebElement input = browser.find("#hyde-search-input");
        input.sendKeys("ulimit");
        List<WebElement> options = waitForResults();
        WebElement first = options.get(0);
        assertTrue(first.getText().contains("Troubleshooting Guide"), first.getText());
        assertTrue(first.getText().contains("Envoy is crashing under load"), first.getText());
        assertEquals("ulimit", first.findElement(org.openqa.selenium.By.cssSelector(".search-result-text mark"))
                .getText().toLowerCase(java.util.Locale.ROOT));
        assertEquals("true", input.getAttribute("aria-expanded"));
        browser.assertAccessible();

        first.click();
        browser.waitForNavigationTo("/troubleshooting/#envoy-is-crashing-under-load");
        // At the top of the window, or as near it as the end of the page lets it come.
        Boolean shown = (Boolean) browser.script("""
                var top = document.getElementById('envoy-is-crashing-under-load').getBoundingClientRect().top;
                var atEnd = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
                return window.scrollY > 0 && top >= 0 && (top < 200 || (atEnd && top < window.innerHeight - 50));""");
        assertEquals(Boolean.TRUE, shown);
    }

    @Test
    void keyboardOnly() {
        browser.open("/guide/");
        new Actions(browser.driver()).sendKeys("/").perform();
        assertEquals("hyde-search-input", browser.script("return document.activeElement.id"));
        new Actions(browser.driver()).sendKeys("envoy").perform();
        List<WebElement> options = waitForResults();
        assertTrue(options.size() >= 2, "envoy is on several pages");
        WebElement input = browser.find("#hyde-search-input");

        input.sendKeys(Keys.ARROW_DOWN);
        assertEquals("hyde-search-option-0", input.getAttribute("aria-activedescendant"));
        assertEquals("true", options.get(0).getAttribute("aria-selected"));
        input.sendKeys(Keys.ARROW_DOWN);
        assertEquals("hyde-search-option-1", input.getAttribute("aria-activedescendant"));
        assertEquals("false", options.get(0).getAttribute("aria-selected"));
        input.sendKeys(Keys.ARROW_UP);
        assertEquals("hyde-search-option-0", input.getAttribute("aria-activedescendant"));
        browser.assertAccessible();

        input.sendKeys(Keys.ESCAPE);
        assertEquals("false", input.getAttribute("aria-expanded"));
        assertTrue(!browser.find(".search-popup").isDisplayed());
        assertEquals(null, input.getAttribute("aria-activedescendant"));

        input.sendKeys(Keys.ARROW_DOWN);
        assertEquals("true", input.getAttribute("aria-expanded"));
        input.sendKeys(Keys.ARROW_DOWN);
        String target = browser.find("#hyde-search-option-1").getAttribute("data-href");
        input.sendKeys(Keys.ENTER);
        browser.waitForNavigationTo(target);
    }

    @Test
    void aWordNoPageHasSaysSo() {
        browser.open("/");
        WebElement input = browser.find("#hyde-search-input");
        input.sendKeys("qwxzy");
        browser.waiting().until(d -> browser.find(".search-empty").isDisplayed());
        assertEquals("No results for “qwxzy”", browser.find(".search-empty").getText());
        assertTrue(browser.find(".search-status").getAttribute("textContent").contains("No results"));
        browser.assertAccessible();
    }

    private static List<WebElement> waitForResults() {
        browser.waiting().until(d -> !browser.findAll("#hyde-search-results [role=option]").isEmpty());
        return browser.findAll("#hyde-search-results [role=option]");
    }
}
