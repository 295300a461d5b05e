package dev.hyde.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search box in the preview server: a word saved into a page is found after the reload. */
class SearchPreviewBrowserTest extends PreviewedProject {
    @Test
    void aWordAddedWhileTheServerRunsIsFound() throws IOException {
        browser.open("/");
        browser.find("#hyde-search-input").sendKeys("capybara");
        browser.waiting().until(d -> browser.find(".search-empty").isDisplayed());

        Files.writeString(project.resolve("content/guide/setup.md"), """
                ---
                title: Setup
                ---
                ## Install

                The first version of this page.

                ## Rodents

                A capybara, saved while the server ran.
                """, StandardCharsets.UTF_8);
        // The rebuild writes the page, then the index: wait for the whole rebuild (the manifest
        // lists the shard of "ca", which no other word of the site needs) before loading the page,
        // as the live-reload event does. The manifest always exists, so polling it logs no 404.
        browser.waiting().until(d -> Boolean.TRUE.equals(browser.driver().executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch('/assets/hyde/search/index.json', {cache: 'no-store'})
                    .then(function (r) { return r.ok ? r.text() : ''; })
                    .then(function (t) { done(t.indexOf('"ca"') >= 0); }, function () { done(false); });""")));
        browser.open("/guide/setup/");
        browser.waiting().until(d -> d.findElement(By.tagName("body")).getText().contains("A capybara"));

        WebElement input = browser.find("#hyde-search-input");
        input.sendKeys("capybara");
        browser.waiting().until(d -> !browser.findAll("#hyde-search-results [role=option]").isEmpty());
        String result = browser.find("#hyde-search-option-0").getText();
        assertTrue(result.contains("Setup") && result.contains("Rodents"), result);
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.waitForNavigationTo("/guide/setup/#rodents");
    }
}
