package dev.hyde.jekyll;

import dev.hyde.TestSite;
import dev.hyde.diag.Diagnostic;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Jekyll's {@code scssify} and {@code sassify} filters: Sass put together by Liquid, compiled with
 * the site's {@code _sass/} as its stylesheet pages are (Dart Sass, expanded, as
 * jekyll-sass-converter 3 compiles them).
 */
class SassFiltersTest {

    private static final String PARTIAL = """
            -- _config.yml --
            title: Styles
            -- _sass/_vars.scss --
            $accent: #123456;
            """;

    @Test
    void scssifyCompilesWithTheSitesSassFolder() {
        TestSite site = TestSite.build(PARTIAL + """
                -- style.html --
                ---
                ---
                {% capture scss %}@use "vars" as *;
                .x { color: $accent; &:hover { color: red; } }{% endcapture %}<style>{{ scss | scssify }}</style>
                """);
        assertEquals("""
                <style>.x {
                  color: #123456;
                }
                .x:hover {
                  color: red;
                }</style>
                """, site.text("style.html"));
    }

    @Test
    void sassifyReadsTheIndentedSyntax() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                title: Styles
                -- style.html --
                ---
                ---
                {% capture sass %}nav
                  a
                    margin: 0{% endcapture %}{{ sass | sassify }}
                """);
        assertEquals("nav a {\n  margin: 0;\n}\n", site.text("style.html"));
    }

    @Test
    void theLastRulesOfAThemesStylesheetAsJustTheDocsTakesThem() {
        // just-the-docs' assets/css/just-the-docs-head-nav.css keeps the last three lines of a whole stylesheet
        TestSite site = TestSite.build(PARTIAL + """
                -- _includes/base.scss --
                @use "vars" as *;
                body { margin: 0; }
                -- assets/head-nav.css --
                ---
                ---
                {%- capture newline %}
                {% endcapture -%}
                {%- capture scss -%}
                {% include base.scss %}
                .site-nav a { color: $accent; }
                {%- endcapture -%}
                {{ scss | scssify | split: newline | slice: -3, 3 | join: newline }}
                """);
        assertEquals(".site-nav a {\n  color: #123456;\n}\n", site.text("assets/head-nav.css"));
    }

    @Test
    void aSassErrorInTheTextIsShownAtTheFilterWithItsPlaceInTheText() {
        List<Diagnostic> errors = TestSite.buildExpectingErrors("""
                -- _config.yml --
                title: Styles
                -- style.html --
                ---
                ---
                <p>before</p>
                {% capture scss %}.a { color: red; }
                .b { color: ; }{% endcapture %}
                <style>{{ scss | scssify }}</style>
                """);
        assertEquals(1, errors.size(), errors.toString());
        Diagnostic error = errors.get(0);
        assertEquals("Sass error", error.title());
        assertEquals("style.html", error.file());
        assertEquals(6, error.line());
        assertEquals(16, error.column(), "the filter's |");
        assertTrue(error.detail().startsWith("At line 2, column 13 of the stylesheet given to scssify: Expected expression."),
                error.detail());
    }

    @Test
    void aSassErrorInAPartialIsShownInThePartial() {
        List<Diagnostic> errors = TestSite.buildExpectingErrors("""
                -- _config.yml --
                title: Styles
                -- _sass/_broken.scss --
                .ok { margin: 0; }
                .b { color: ; }
                -- style.html --
                ---
                ---
                {% capture scss %}@use "broken";{% endcapture %}{{ scss | scssify }}
                """);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("_sass/_broken.scss", errors.get(0).file());
        assertEquals(2, errors.get(0).line());
    }
}
