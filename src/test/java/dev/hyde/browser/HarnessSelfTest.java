package dev.hyde.browser;

import dev.hyde.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checks the browser tests rely on see what they should: a page that logs an error, throws,
 * loads an image from another host and has an image without text fails every one of them. Without
 * this, "zero console errors" could pass because nothing was being recorded. An inline data: image
 * on the good page is no request to another host.
 */
class HarnessSelfTest {
    private static StaticServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        Chromium.requireInstalled();
        BuiltSite site = BuiltSite.build("harness", TestSite.write("""
                -- content/index.md --
                ---
                title: Bad page
                layout: none
                ---
                <!doctype html>
                <html><head><title>Bad page</title></head><body>
                <img src="http://example.invalid/pixel.png">
                <script>console.error("recorded console error"); throw new Error("recorded exception");</script>
                </body></html>
                -- content/good.md --
                ---
                title: Good page
                layout: none
                ---
                <!doctype html>
                <html lang="en"><head><title>Good page</title></head><body><main><h1>Fine</h1>
                <img alt="a dot, inline" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 2 2'%3E%3Ccircle cx='1' cy='1' r='1'/%3E%3C/svg%3E">
                </main></body></html>
                """));
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

    @Test
    void recordsConsoleErrorsExceptionsOtherHostsAndAxeViolations() {
        browser.open("/");
        List<Axe.Violation> violations = browser.axe();
        assertTrue(violations.stream().anyMatch(v -> v.id().equals("image-alt") && Axe.BLOCKING.contains(v.impact())),
                violations::toString);
        browser.open("/good/");
        List<Browser.PageProblems> pages = browser.takePages();
        assertEquals(2, pages.size(), pages::toString);
        Browser.PageProblems bad = pages.get(0);
        assertTrue(bad.consoleErrors().stream().anyMatch(e -> e.contains("recorded console error")), bad::toString);
        assertTrue(bad.consoleErrors().stream().anyMatch(e -> e.contains("recorded exception")), bad::toString);
        assertEquals(List.of("http://example.invalid/pixel.png"), bad.otherHostRequests(), bad::toString);
        assertTrue(pages.get(1).clean(), pages.get(1)::toString);
    }
}
