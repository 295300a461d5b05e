package dev.hyde.theme;

import dev.hyde.TestSite;
import dev.hyde.diag.Diagnostic;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code _data/nav.yml}: the sidebar in the order a team writes, and its mistakes at their lines. */
class NavFileTest {
    private static final String PAGES = """
            -- content/index.md --
            ---
            title: Home
            ---
            Hi.
            -- content/guide/intro.md --
            ---
            title: Introduction
            ---
            Intro.
            -- content/guide/setup.md --
            ---
            title: Setup
            ---
            Setup.
            -- content/faq.md --
            ---
            title: FAQ
            ---
            Questions.
            """;

    @Test
    void theSidebarAndPreviousNextFollowTheFile() {
        TestSite site = TestSite.build(PAGES + """
                -- _data/nav.yml --
                - /faq/
                - title: Getting started
                  children:
                    - guide/setup.md
                    - page: guide/intro.md
                      title: Intro
                - title: Source
                  url: https://git.example.org/acme
                """);
        Document page = site.html("guide/setup/index.html");
        assertEquals(List.of("FAQ", "Getting started", "Setup", "Intro", "Source"),
                page.select("nav#sidebar a, nav#sidebar summary").eachText());
        assertEquals("/faq/", page.expectFirst("a[rel=prev]").attr("href"));
        assertEquals("/guide/intro/", page.expectFirst("a[rel=next]").attr("href"));
        assertEquals("https://git.example.org/acme", page.expectFirst("nav#sidebar a:containsOwn(Source)").attr("href"));
        assertTrue(site.html("index.html").select("a[rel=prev], a[rel=next]").isEmpty(), "not listed: no previous or next");
    }

    @Test
    void anEntryNamingNoPageIsAnErrorAtItsLine() {
        List<Diagnostic> errors = TestSite.buildExpectingErrors(PAGES + """
                -- _data/nav.yml --
                - faq.md
                - title: Guide
                  children:
                    - guide/intro.md
                    - guide/instal.md
                """);
        assertEquals(1, errors.size(), errors.toString());
        Diagnostic error = errors.get(0);
        assertEquals("Navigation entry names no page: guide/instal.md", error.title());
        assertEquals("_data/nav.yml", error.file());
        assertEquals(5, error.line());
    }

    @Test
    void anEntryOfTheWrongShapeIsAnErrorAtItsLine() {
        List<Diagnostic> errors = TestSite.buildExpectingErrors(PAGES + """
                -- _data/nav.yml --
                - faq.md
                - title: Lonely
                - title: Guide
                  children: guide/intro.md
                """);
        assertEquals(List.of("Navigation entry needs 'page', 'children' or 'title' with 'url'",
                "'children' must be a list"), errors.stream().map(Diagnostic::title).toList());
        assertEquals(List.of(2, 4), errors.stream().map(Diagnostic::line).toList());
    }
}
