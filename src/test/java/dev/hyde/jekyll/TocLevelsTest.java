package dev.hyde.jekyll;

import dev.hyde.TestSite;
import dev.hyde.diag.Diagnostic;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * kramdown's {@code toc_levels}, set for the site in {@code _config.yml} or for a page with
 * {@code {::options /}}, against what Jekyll 4.3.1 built.
 */
class TocLevelsTest {

    /** A page with a table of contents over headings of levels 1 to 3, then {@code more}. */
    private static String page(String name, String more) {
        return """
                -- %s --
                ---
                ---
                # Title

                * TOC
                {:toc}

                ## Two

                ### Three

                %s
                """.formatted(name, more);
    }

    private static final String PAGES = page("site.md", "#### Four") + page("page.md", "{::options toc_levels=\"1,2\" /}");

    @Test
    void theSitesLevelsAndAPagesOwn() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                title: T
                kramdown:
                  toc_levels: 2..3
                """ + PAGES);
        // Jekyll 4.3.1's _site/site.html and _site/page.html (the page's options win, wherever they stand)
        String html = site.text("site.html");
        assertTrue(html.contains("""
                <ul id="markdown-toc">
                  <li><a href="#two" id="markdown-toc-two">Two</a>    <ul>
                      <li><a href="#three" id="markdown-toc-three">Three</a></li>
                    </ul>
                  </li>
                </ul>"""), html);
        String page = site.text("page.html");
        assertTrue(page.contains("""
                <ul id="markdown-toc">
                  <li><a href="#title" id="markdown-toc-title">Title</a>    <ul>
                      <li><a href="#two" id="markdown-toc-two">Two</a></li>
                    </ul>
                  </li>
                </ul>"""), page);
    }

    @Test
    void aSiteWithoutLevelsListsEveryLevel() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                title: T
                """ + PAGES);
        String html = site.text("site.html");
        assertTrue(html.contains("id=\"markdown-toc-title\"") && html.contains("id=\"markdown-toc-four\""), html);
    }

    @Test
    void levelsKramdownWouldRefuseAreAWarningAndEveryLevelIsListed() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                title: T
                kramdown:
                  toc_levels: two to three
                """ + PAGES);
        List<Diagnostic> warnings = site.result().diagnostics().stream()
                .filter(d -> d.title().equals("kramdown toc_levels not understood")).toList();
        assertEquals(1, warnings.size(), site.result().diagnostics().toString());
        assertEquals("_config.yml", warnings.get(0).file());
        assertEquals(3, warnings.get(0).line(), "the toc_levels line");
        assertTrue(site.text("site.html").contains("id=\"markdown-toc-four\""));
    }
}
