package dev.hyde.browser;

import dev.hyde.TestSite;
import dev.hyde.serve.PreviewServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview server's live reload, seen from a real browser: an edit on disk shows up in the open page. */
class LiveReloadBrowserTest {
    private static Path project;
    private static PreviewServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        Chromium.requireInstalled();
        project = TestSite.write("""
                -- _config.yml --
                title: Live
                -- content/index.md --
                ---
                title: Home
                ---
                Welcome.
                -- content/guide/setup.md --
                ---
                title: Setup
                ---
                ## Install

                The first version of this page.
                """);
        server = PreviewServer.start(project, false, "127.0.0.1", 0, rebuild -> { });
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
