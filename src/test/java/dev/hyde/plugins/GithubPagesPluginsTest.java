package dev.hyde.plugins;

import dev.hyde.TestSite;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plugins GitHub Pages turns on for every site: optional front matter, README as index, default
 * layouts, titles from headings and relative links. Expected pages are what Jekyll 4.3.1 with the
 * plugins (Debian's ruby-jekyll-* packages) wrote for the same files, compared parsed by jsoup.
 */
class GithubPagesPluginsTest {

    private static final String LAYOUTS = """
            -- _layouts/default.html --
            <html><head><title>{{ page.title }}</title></head><body class="default">{{ content }}</body></html>
            -- _layouts/page.html --
            ---
            layout: default
            ---
            <main class="page">{{ content }}</main>
            -- _layouts/post.html --
            ---
            layout: default
            ---
            <article class="post">{{ content }}</article>
            """;

    private static final String FILES = LAYOUTS + """
            -- README.md --
            # Project *Hello*

            See [the guide](docs/guide.md), [a section](docs/guide.md#setup "Setup title"), [sub](sub/README.md), \
            [missing](nope.md), [abs](https://x.org/a.md), [frag](#top) and [ref][r].

            [r]: ./docs/guide.md#more
            -- docs/guide.md --
            Guide
            =====

            Back to [home](../README.md) and [post](../_posts/2020-01-02-hi.md).
            -- docs/titled.md --
            ---
            title: Given
            ---
            ## Not used

            text
            -- sub/README.md --
            ## Sub readme

            x
            -- docs/plain.md --
            no heading here
            -- _posts/2020-01-02-hi.md --
            ---
            title: Hi
            ---
            # Post title

            body
            -- LICENSE.md --
            MIT
            -- CONTRIBUTING.md --
            # Contributing
            """;

    private static final String PLUGINS = """
            -- _config.yml --
            title: GP
            plugins:
              - jekyll-optional-front-matter
              - jekyll-relative-links
              - jekyll-titles-from-headings
              - jekyll-default-layout
              - jekyll-readme-index
            """;

    @Test
    void pagesAreWhatJekyllWithThePluginsBuilt() {
        TestSite site = TestSite.build(PLUGINS + FILES);
        // Jekyll 4.3.1's _site/index.html (from README.md)
        assertSame("""
                <html><head><title>Project Hello</title></head><body class="default"><main class="page"><h1 id="project-hello">Project <em>Hello</em></h1>

                <p>See <a href="/docs/guide.html">the guide</a>, <a href="/docs/guide.html#setup" title="Setup title">a section</a>, <a href="/sub/">sub</a>, <a href="nope.md">missing</a>, <a href="https://x.org/a.md">abs</a>, <a href="#top">frag</a> and <a href="/docs/guide.html#more">ref</a>.</p>

                </main>
                </body></html>
                """, site.text("index.html"));
        assertSame("""
                <html><head><title>Guide</title></head><body class="default"><main class="page"><h1 id="guide">Guide</h1>

                <p>Back to <a href="/">home</a> and <a href="/2020/01/02/hi.html">post</a>.</p>
                </main>
                </body></html>
                """, site.text("docs/guide.html"));
        assertSame("""
                <html><head><title>Given</title></head><body class="default"><main class="page"><h2 id="not-used">Not used</h2>

                <p>text</p>
                </main>
                </body></html>
                """, site.text("docs/titled.html"));
        assertSame("""
                <html><head><title>Sub readme</title></head><body class="default"><main class="page"><h2 id="sub-readme">Sub readme</h2>

                <p>x</p>
                </main>
                </body></html>
                """, site.text("sub/index.html"));
        assertSame("""
                <html><head><title></title></head><body class="default"><main class="page"><p>no heading here</p>
                </main>
                </body></html>
                """, site.text("docs/plain.html"));
        assertSame("""
                <html><head><title>Hi</title></head><body class="default"><article class="post"><h1 id="post-title">Post title</h1>

                <p>body</p>
                </article>
                </body></html>
                """, site.text("2020/01/02/hi.html"));
        // Jekyll's _site also keeps every Markdown file as a static copy, and makes no page of
        // README, LICENSE or CONTRIBUTING under their own names
        for (String copied : List.of("README.md", "LICENSE.md", "CONTRIBUTING.md", "docs/guide.md", "docs/plain.md",
                "sub/README.md")) {
            assertTrue(site.exists(copied), copied);
        }
        for (String absent : List.of("README.html", "LICENSE.html", "CONTRIBUTING.html", "sub/README.html")) {
            assertFalse(site.exists(absent), absent);
        }
    }

    @Test
    void withoutThePluginsMarkdownWithoutFrontMatterIsCopied() {
        TestSite site = TestSite.build("-- _config.yml --\ntitle: GP\n" + FILES);
        assertFalse(site.exists("index.html"));
        assertFalse(site.exists("docs/guide.html"));
        assertTrue(site.exists("docs/guide.md"));
    }

    /** Both documents, parsed, print the same: white space between tags aside, the markup is Jekyll's. */
    private static void assertSame(String jekyll, String hyde) {
        assertEquals(Jsoup.parse(jekyll).outerHtml(), Jsoup.parse(hyde).outerHtml());
    }
}
