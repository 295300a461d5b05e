package dev.hyde.theme;

import dev.hyde.TestSite;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.Severity;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A project with no templates of its own gets the built-in docs theme: sidebar, breadcrumbs, TOC, prev/next. */
class DocsThemeTest {
    private static TestSite site;

    @BeforeAll
    static void build() {
        site = TestSite.build("""
                -- _config.yml --
                title: Acme Docs
                url: https://docs.example.org
                edit_url: https://git.example.org/acme/docs/edit/main/
                -- content/index.md --
                ---
                title: Welcome
                ---
                Start here.
                -- content/guide/index.md --
                ---
                title: User guide
                order: 1
                ---
                The guide.
                -- content/guide/install.md --
                ---
                title: Installing Acme
                nav_title: Install
                order: 1
                ---
                ## Download

                Get it.

                ```sh
                curl -O acme.tgz
                ```

                ### Verify

                Check it.
                -- content/guide/configure.md --
                ---
                title: Configuring
                order: 2
                ---
                Settings.
                -- content/guide/advanced/index.md --
                ---
                title: Advanced
                ---
                Deep.
                -- content/guide/advanced/tuning.md --
                ---
                title: Tuning
                ---
                Faster.
                -- content/reference/cli.md --
                ---
                title: CLI
                ---
                Commands.
                -- content/reference/api.md --
                ---
                title: API
                ---
                Calls.
                -- content/hidden.md --
                ---
                title: Hidden
                nav_exclude: true
                ---
                Not in the sidebar.
                """);
    }

    @Test
    void sidebarFollowsTheFolderTreeInOrderWithNavTitles() {
        Document page = site.html("guide/install/index.html");
        Element sidebar = page.expectFirst("nav#sidebar.sidebar");
        List<String> top = sidebar.select("ul.nav-list > li > a, ul.nav-list > li > details > summary").eachText();
        assertEquals(List.of("Welcome", "User guide", "Reference"), top);
        Element guide = sidebar.selectFirst("ul.nav-list > li.nav-section:has(> details > summary:containsOwn(User guide))");
        assertEquals(List.of("Overview", "Install", "Configuring", "Advanced"),
                guide.select("> details > ul > li > a, > details > ul > li > details > summary").eachText());
        assertEquals(List.of("API", "CLI"),
                sidebar.select("li.nav-section:has(> details > summary:containsOwn(Reference)) a").eachText());
        assertFalse(sidebar.text().contains("Hidden"));
    }

    /**
     * {@code order} places pages in the sidebar; {@code site.pages} keeps the files' order, as in
     * Jekyll, so a navigation written in Liquid sorts it with Jekyll's {@code sort} filter (pages
     * without an order last), as the README shows.
     */
    @Test
    void orderSortsTheSidebarAndSitePagesSortedByOrderInLiquid() {
        TestSite ordered = TestSite.build("""
                -- content/index.md --
                ---
                title: Home
                ---
                <ul id="nav">{% assign pages = site.pages | sort: "order", "last" %}{% for p in pages %}<li>{{ p.title }}</li>{% endfor %}</ul>
                -- content/guide/index.md --
                ---
                title: Guide
                ---
                g
                -- content/guide/alpha.md --
                ---
                title: Alpha
                order: 3
                ---
                a
                -- content/guide/beta.md --
                ---
                title: Beta
                order: 1
                ---
                b
                -- content/guide/gamma.md --
                ---
                title: Gamma
                order: 2
                ---
                c
                """);
        Document home = ordered.html("index.html");
        assertEquals(List.of("Overview", "Beta", "Gamma", "Alpha"),
                home.select("nav#sidebar li.nav-section li > a").eachText());
        assertEquals(List.of("Beta", "Gamma", "Alpha", "Guide", "Home"), home.select("#nav li").eachText());
    }

    @Test
    void currentPageIsMarkedAndOnlyItsSectionsAreOpen() {
        Document page = site.html("guide/advanced/tuning/index.html");
        Element sidebar = page.expectFirst("nav#sidebar");
        assertEquals(List.of("/guide/advanced/tuning/"), sidebar.select("a[aria-current=page]").eachAttr("href"));
        assertEquals(List.of("User guide", "Advanced"), sidebar.select("details[open] > summary").eachText());
        assertEquals(1, sidebar.select("details:not([open]) > summary:containsOwn(Reference)").size());
    }

    @Test
    void breadcrumbsTitleOverviewAndToc() {
        Document page = site.html("guide/advanced/tuning/index.html");
        assertEquals(List.of("Welcome", "User guide", "Advanced", "Tuning"), page.select("nav.breadcrumbs li").eachText());
        assertEquals(List.of("/", "/guide/", "/guide/advanced/"), page.select("nav.breadcrumbs a").eachAttr("href"));
        assertEquals("Tuning", page.expectFirst("h1.doc-title").text());

        Document install = site.html("guide/install/index.html");
        assertEquals(List.of("#download", "#verify"), install.select("nav.toc a").eachAttr("href"));
    }

    @Test
    void previousAndNextFollowTheSidebar() {
        Document page = site.html("guide/install/index.html");
        assertEquals("/guide/", page.expectFirst("nav.pagination a[rel=prev]").attr("href"));
        assertEquals("/guide/configure/", page.expectFirst("nav.pagination a[rel=next]").attr("href"));
        Document last = site.html("reference/cli/index.html");
        assertEquals("/reference/api/", last.expectFirst("a[rel=prev]").attr("href"));
        assertTrue(last.select("a[rel=next]").isEmpty());
        assertTrue(site.html("index.html").select("a[rel=prev]").isEmpty());
    }

    @Test
    void editLinkCanonicalAndOpenGraph() {
        Document page = site.html("guide/install/index.html");
        assertEquals("https://git.example.org/acme/docs/edit/main/content/guide/install.md",
                page.expectFirst("a.edit-link").attr("href"));
        assertEquals("https://docs.example.org/guide/install/", page.expectFirst("link[rel=canonical]").attr("href"));
        assertEquals("Installing Acme", page.expectFirst("meta[property=og:title]").attr("content"));
        assertEquals("Acme Docs", page.expectFirst("meta[property=og:site_name]").attr("content"));
    }

    @Test
    void everyPageLoadsTheThemeAndHighlightJsFromTheSiteItself() {
        Document page = site.html("reference/api/index.html");
        List<String> scripts = page.select("script[src]").eachAttr("src");
        assertTrue(scripts.contains("/assets/highlight/highlight.min.js"), scripts.toString());
        assertTrue(scripts.contains("/assets/js/hyde.js"), scripts.toString());
        for (Element link : page.select("[href], [src]")) {
            String url = link.hasAttr("href") ? link.attr("href") : link.attr("src");
            assertFalse(url.startsWith("//") || (url.contains("://") && !url.startsWith("https://docs.example.org")
                    && !url.startsWith("https://git.example.org")), "another host: " + url);
        }
        assertTrue(site.exists("assets/css/hyde.css"));
        assertTrue(site.exists("assets/js/hyde.js"));
        assertTrue(site.text("assets/css/hyde.css").contains("[data-theme=\"dark\"]"));
    }

    @Test
    void notFoundPageSitemapAndRobots() {
        Document missing = site.html("404.html");
        assertEquals("Page not found", missing.expectFirst("h1.doc-title").text());
        assertTrue(missing.select("nav#sidebar a[aria-current]").isEmpty());
        String sitemap = site.text("sitemap.xml");
        assertTrue(sitemap.contains("<loc>https://docs.example.org/guide/install/</loc>"), sitemap);
        assertFalse(sitemap.contains("404"), sitemap);
        assertEquals("User-agent: *\nAllow: /\n\nSitemap: https://docs.example.org/sitemap.xml\n", site.text("robots.txt"));
    }

    @Test
    void aProjectFileReplacesTheThemesFileOfTheSameName() {
        TestSite own = TestSite.build("""
                -- content/index.md --
                ---
                title: Home
                ---
                Hi.
                -- templates/default.ftlh --
                <main class="mine">${content?no_esc}</main>
                -- templates/assets/css/hyde.css --
                body { color: red; }
                -- content/404.md --
                ---
                title: Lost
                permalink: /404.html
                ---
                Nothing here.
                """);
        assertEquals(1, own.html("index.html").select("main.mine").size());
        assertTrue(own.html("index.html").select("nav#sidebar").isEmpty());
        assertEquals("body { color: red; }\n", own.text("assets/css/hyde.css"));
        assertTrue(own.exists("assets/js/hyde.js"), "theme files the project does not replace are still published");
        assertEquals("Nothing here.", own.html("404.html").expectFirst("main.mine").text(),
                "the project's own 404 page, not the theme's");
        assertFalse(own.exists("sitemap.xml"), "no url: a sitemap of absolute addresses cannot be written");
    }

    @Test
    void turnedOffBySettings() {
        TestSite off = TestSite.build("""
                -- _config.yml --
                url: https://x.example
                sitemap: false
                robots: false
                not_found: false
                -- content/index.md --
                Hi.
                """);
        assertFalse(off.exists("sitemap.xml"));
        assertFalse(off.exists("robots.txt"));
        assertFalse(off.exists("404.html"));
    }

    @Test
    void twoPagesOfASectionWithOneOrderAreAWarningAtTheLaterOrderLine() {
        TestSite twice = TestSite.build("""
                -- content/a.md --
                ---
                title: A
                order: 3
                ---
                A.
                -- content/b.md --
                ---
                title: B
                order: 3
                ---
                B.
                """);
        List<Diagnostic> warnings = twice.result().diagnostics().stream()
                .filter(d -> d.severity() == Severity.WARNING).toList();
        assertEquals(1, warnings.size(), warnings.toString());
        Diagnostic warning = warnings.get(0);
        assertEquals("Two pages share order 3", warning.title());
        assertEquals("content/b.md", warning.file());
        assertEquals(3, warning.line());
        assertTrue(warning.detail().contains("content/a.md"), warning.detail());
    }
}
