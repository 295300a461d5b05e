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

    @Test
    void optionsOfThePluginsAreHonoured() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                plugins: [jekyll-optional-front-matter, jekyll-relative-links, jekyll-titles-from-headings, jekyll-default-layout, jekyll-readme-index]
                titles_from_headings:
                  strip_title: true
                  collections: true
                relative_links:
                  collections: true
                collections:
                  docs:
                    output: true
                -- _layouts/home.html --
                <title>{{ page.title }}</title><body class="home">{{ content }}</body>
                -- _layouts/default.html --
                <title>{{ page.title }}</title><body class="default">{{ content }}</body>
                -- index.md --
                # Welcome

                Go to [A](_docs/a.md) or [sub](sub/README.md).
                -- _docs/a.md --
                ---
                title: Set
                ---
                # Heading A

                See [b](b.md "B"). T={{ page.title }}
                -- _docs/b.md --
                ---
                ---
                Back to [a](a.md#x) and [home](../index.md).
                -- static/index.html --
                <p>static index</p>
                -- sub/README.md --
                # Sub
                -- keep.md --
                ---
                strip_title: false
                ---
                ### Keep me ###

                body
                """);
        // Jekyll 4.3.1's output for the same files: the home layout for "/", the heading stripped
        // (strip_title), a document retitled from its heading (collections: true) and its links
        // rewritten (relative_links.collections), a closing ### kept in the title as the plugin does
        assertSame("""
                <title>Welcome</title><body class="home"><p>Go to <a href="/docs/a.html">A</a> or <a href="/sub/">sub</a>.</p>
                </body>
                """, site.text("index.html"));
        assertEquals("<p>See <a href=\"/docs/b.html\" title=\"B\">b</a>. T=Heading A</p>\n", site.text("docs/a.html"));
        assertEquals("<p>Back to <a href=\"/docs/a.html#x\">a</a> and <a href=\"/\">home</a>.</p>\n", site.text("docs/b.html"));
        assertSame("""
                <title>Keep me ###</title><body class="default"><h3 id="keep-me">Keep me</h3>

                <p>body</p>
                </body>
                """, site.text("keep.html"));
        assertTrue(site.exists("sub/index.html"));
        assertTrue(site.exists("static/index.html"));
    }

    @Test
    void readmeIsNoIndexWhereTheFolderHasOneAndPluginsCanBeTurnedOff() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                plugins: [jekyll-optional-front-matter, jekyll-relative-links, jekyll-titles-from-headings, jekyll-readme-index]
                relative_links:
                  enabled: false
                titles_from_headings:
                  enabled: false
                -- README.md --
                # Read me
                -- index.html --
                ---
                ---
                <p>{{ site.pages | map: "path" | sort | join: "," }}</p>
                -- docs/README.md --
                # Docs [guide](guide.md)
                -- docs/index.md --
                ---
                ---
                [guide](guide.md) {{ page.title }}
                -- docs/guide.md --
                # Guide
                """);
        // Jekyll 4.3.1: the folders have an index, so no README becomes one; links stay as written
        assertEquals("<p>docs/guide.md,docs/index.md,index.html</p>\n", site.text("index.html"));
        assertEquals("<p><a href=\"guide.md\">guide</a></p>\n", site.text("docs/index.html"));
        assertFalse(site.exists("docs/README.html"));
    }

    @Test
    void theGithubPagesGemTurnsThemAllOn() {
        TestSite viaGemfile = TestSite.build("""
                -- _config.yml --
                title: GP
                -- Gemfile --
                source "https://rubygems.org"
                gem "github-pages", "~> 228", group: :jekyll_plugins
                """ + FILES);
        TestSite viaConfig = TestSite.build(PLUGINS + FILES);
        TestSite viaPluginsList = TestSite.build("""
                -- _config.yml --
                title: GP
                plugins: [github-pages]
                """ + FILES);
        for (String page : List.of("index.html", "docs/guide.html", "docs/titled.html", "sub/index.html",
                "docs/plain.html", "2020/01/02/hi.html")) {
            assertEquals(viaConfig.text(page), viaGemfile.text(page), page);
            assertEquals(viaConfig.text(page), viaPluginsList.text(page), page);
        }
    }

    @Test
    void gemsOfTheJekyllPluginsGroupAreOnAndOthersAreNot() {
        String files = """
                -- _config.yml --
                title: GP
                -- _layouts/default.html --
                <body>{{ content }}</body>
                -- a.md --
                ---
                ---
                [b](b.md)
                -- b.md --
                ---
                title: B
                ---
                b
                """;
        TestSite grouped = TestSite.build(files + """
                -- Gemfile --
                source "https://rubygems.org"
                gem "jekyll", "~> 4.3"
                # gem "jekyll-default-layout"
                group :jekyll_plugins do
                  gem "jekyll-relative-links"
                  platforms :mingw do
                    gem "wdm"
                  end
                end
                gem "jekyll-default-layout"
                """);
        // relative links on (in the group); default layout off (outside it, and commented out)
        assertEquals("<p><a href=\"/b.html\">b</a></p>\n", grouped.text("a.html"));
        TestSite inline = TestSite.build(files + """
                -- Gemfile --
                gem 'jekyll-default-layout', group: [:jekyll_plugins]
                """);
        assertEquals("<body><p><a href=\"b.md\">b</a></p>\n</body>\n", inline.text("a.html"));
    }

    @Test
    void aLayoutFromFrontMatterDefaultsCountsAsGivenAndHtmlPagesGetNone() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                plugins: [jekyll-default-layout]
                defaults:
                  - scope: {path: notes}
                    values: {layout: null}
                -- _layouts/default.html --
                <div class="default">{{ content }}</div>
                -- notes/n.md --
                ---
                ---
                *n*
                -- index.md --
                ---
                ---
                *i*
                -- h.html --
                ---
                ---
                <b>h</b>
                """);
        // Jekyll 4.3.1's _site/notes/n.html, index.html and h.html
        assertEquals("<p><em>n</em></p>\n", site.text("notes/n.html"));
        assertEquals("<div class=\"default\"><p><em>i</em></p>\n</div>\n", site.text("index.html"));
        assertEquals("<b>h</b>\n", site.text("h.html"));
    }

    @Test
    void misspeltOrMisshapenOptionsAreWarnedAboutAtTheirLine() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                plugins: [jekyll-titles-from-headings, jekyll-relative-links]
                titles_from_headings:
                  strip_titles: true
                relative_links: off
                -- a.md --
                ---
                ---
                # A
                """);
        List<dev.hyde.diag.Diagnostic> warnings = site.result().warnings();
        assertEquals(List.of("Plugin settings are not a map: relative_links", "Unknown plugin option: titles_from_headings.strip_titles"),
                warnings.stream().map(dev.hyde.diag.Diagnostic::title).sorted().toList());
        dev.hyde.diag.Diagnostic unknown = warnings.stream().filter(w -> w.title().startsWith("Unknown")).findFirst().orElseThrow();
        assertEquals("_config.yml", unknown.file());
        assertEquals(3, unknown.line());
        assertEquals("titles_from_headings takes: collections, enabled, strip_title.", unknown.hint());
        // the options are ignored, as the plugins ignore them: the title is not stripped
        assertEquals("<h1 id=\"a\">A</h1>\n", site.text("a.html"));
    }

    /** Both documents, parsed, print the same: white space between tags aside, the markup is Jekyll's. */
    private static void assertSame(String jekyll, String hyde) {
        assertEquals(Jsoup.parse(jekyll).outerHtml(), Jsoup.parse(hyde).outerHtml());
    }
}
