package dev.hyde.source;

import dev.hyde.TestSite;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A permalink names a place inside the site, and a problem with it is reported at its line. */
class PermalinkSafetyTest {

    private static Diagnostic onlyError(String files) {
        List<Diagnostic> errors = TestSite.buildExpectingErrors(files);
        assertEquals(1, errors.size(), () -> DiagnosticFormatter.formatAll(errors));
        assertTrue(!errors.get(0).hint().isEmpty());
        return errors.get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../../escape/", "//evil.example/x/", "'..\\\\..\\\\escape\\\\'", "/%2e%2e/%2E%2E/escape/",
            "\"/a\\0b/\"", "\"/a\\tb/\"", "/a/./b/", "/docs%2f..%2fx/"})
    void aPermalinkThatLeavesTheSiteIsAnErrorAtItsLine(String permalink) {
        Diagnostic e = onlyError("""
                -- content/page.md --
                ---
                title: Page
                permalink: %s
                ---
                Body
                """.formatted(permalink));
        assertEquals("Permalink leaves the site", e.title());
        assertEquals("content/page.md", e.file());
        assertEquals(3, e.line());
        assertTrue(!e.detail().contains("\0"), e.detail());
    }

    @Test
    void aPermalinkThatIsNotTextIsAnErrorAtItsLine() {
        Diagnostic e = onlyError("""
                -- content/page.md --
                ---
                title: Page
                permalink: [a, b]
                ---
                Body
                """);
        assertEquals("Permalink is not text", e.title());
        assertEquals(3, e.line());
    }

    @Test
    void twoPagesAtOnePermalinkNameTheLineOfThePermalink() {
        Diagnostic e = onlyError("""
                -- content/a.md --
                ---
                title: A
                ---
                A
                -- content/b.md --
                ---
                title: B

                permalink: /a/
                ---
                B
                """);
        assertEquals("Two sources write the same file: a/index.html", e.title());
        assertEquals("content/b.md", e.file());
        assertEquals(4, e.line());
    }

    @Test
    void aJekyllPermalinkIsCheckedTheSameWay() {
        Diagnostic e = onlyError("""
                -- _config.yml --
                title: J
                -- about.md --
                ---
                title: About
                permalink: /docs/..\\\\..\\\\x/
                ---
                About
                """);
        assertEquals("Permalink leaves the site", e.title());
        assertEquals("about.md", e.file());
        assertEquals(3, e.line());
    }

    @Test
    void aRedirectFromThatLeavesTheSiteIsAnError() {
        Diagnostic e = onlyError("""
                -- _config.yml --
                plugins: [jekyll-redirect-from]
                -- index.md --
                ---
                title: Home
                redirect_from: /../../../tmp/pwned/
                ---
                Home
                """);
        assertEquals("redirect_from leaves the site", e.title());
        assertEquals("index.md", e.file());
        assertEquals(3, e.line());

        Diagnostic listed = onlyError("""
                -- _config.yml --
                plugins: [jekyll-redirect-from]
                -- index.md --
                ---
                title: Home
                redirect_from:
                  - /old/
                  - //evil.example/
                ---
                Home
                """);
        assertEquals("redirect_from leaves the site", listed.title());
        assertEquals(3, listed.line());
    }

    @Test
    void aRedirectFromOntoAnotherPageNamesTheRedirectLine() {
        Diagnostic e = onlyError("""
                -- _config.yml --
                plugins: [jekyll-redirect-from]
                -- index.md --
                ---
                title: Home
                ---
                Home
                -- about.md --
                ---
                title: About
                layout: none
                redirect_from: /index.html
                ---
                About
                """);
        assertEquals("Two sources write the same file: index.html", e.title());
        assertEquals("about.md", e.file());
        assertEquals(4, e.line());
    }

    @Test
    void ordinaryPermalinksStillWork() {
        TestSite site = TestSite.build("""
                -- content/page.md --
                ---
                title: Page
                permalink: /docs/v1.2/set-up.html
                ---
                Body
                """);
        assertTrue(site.exists("docs/v1.2/set-up.html"));
    }
}
