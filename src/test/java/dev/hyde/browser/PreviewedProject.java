package dev.hyde.browser;

import dev.hyde.TestSite;
import dev.hyde.serve.PreviewServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

import java.nio.file.Path;

/**
 * A small project served by a running preview server and open in a browser, for tests that edit
 * its files and watch the page follow: the home page and {@code content/guide/setup.md}, whose
 * text starts as "The first version of this page."
 */
abstract class PreviewedProject {
    static Path project;
    static PreviewServer server;
    static Browser browser;

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
}
