package dev.hyde.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview server's live reload, seen from a real browser: an edit on disk shows up in the open page. */
class LiveReloadBrowserTest extends PreviewedProject {
    @Test
    void anEditedPageReloadsInTheBrowserWithItsNewText() throws IOException {
        browser.open("/guide/setup/");
        assertTrue(browser.find("body").getText().contains("The first version of this page."));
        // A mark on the window that a reload clears: the new text must come by reloading the page.
        browser.script("window.hydeNotReloaded = true");

        Files.writeString(project.resolve("content/guide/setup.md"), """
                ---
                title: Setup
                ---
                ## Install

                The second version, saved while the page was open.
                """, StandardCharsets.UTF_8);

        browser.waiting().until(d -> d.findElement(By.tagName("body")).getText()
                .contains("The second version, saved while the page was open."));
        assertEquals(null, browser.script("return window.hydeNotReloaded"));
        assertTrue(!browser.find("body").getText().contains("The first version of this page."));
    }
}
