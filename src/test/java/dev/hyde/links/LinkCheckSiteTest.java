package dev.hyde.links;

import dev.hyde.Hyde;
import dev.hyde.TestSite;
import dev.hyde.pipeline.BuildOptions;
import dev.hyde.pipeline.BuildResult;
import dev.hyde.config.SourceKind;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticFormatter;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whole sites with links of every kind, whole and broken: what the build reports, and where. */
class LinkCheckSiteTest {

    private static final String GUIDE = """
            -- content/index.md --
            ---
            title: Home
            ---
            Welcome.
            -- content/guide/index.md --
            ---
            title: Guide
            ---
            ## Setup

            Read on.

            ## Configure it {#configure}

            Text.
            {: #custom-para}

            <div id="raw-div">raw</div>
            <h3 id=unquoted>Unquoted</h3>
            <h2 id="café">Café</h2>
            -- content/guide/install.md --
            ---
            title: Install
            ---
            Install it.
            -- content/img/logo.png --
            png
            """;

    private static List<Diagnostic> linkWarnings(TestSite site) {
        return site.result().diagnostics().stream()
                .filter(d -> d.title().startsWith("Link") || d.title().startsWith("Anchor")
                        || d.title().startsWith("Duplicate id"))
                .toList();
    }

    private static Diagnostic only(List<Diagnostic> found) {
        assertEquals(1, found.size(), () -> DiagnosticFormatter.formatAll(found));
        return found.get(0);
    }

    @Test
    void wholeLinksOfEveryKindAreSilent() {
        TestSite site = TestSite.buildAllowingErrors(GUIDE + """
                -- content/links.md --
                ---
                title: Links
                ---
                [a](/guide/) [b](/guide) [c](/guide/index.html) [d](/guide/install/) [e](/guide/install)
                [f](../guide/install/) [g](./../guide/) [h](/guide/#setup) [i](/guide/#configure) [j](/guide/#custom-para)
                [k](/guide/#raw-div) [l](/guide/#unquoted) [m](/guide/#caf%C3%A9) [n](/guide/#café) [o](#top)
                [p](#links-heading) [q](/img/logo.png) [r](?x=1) [s](/guide/?q=1#setup) [t](mailto:a@example.org)
                [u](https://example.org/nope/) [v](tel:+123) [w](/guide/#) [x](../guide/install/)

                ![logo](/img/logo.png)
                <script src="/assets/js/search.js"></script>
                <img srcset="/img/logo.png 1x, /img/logo.png 2x" src="/img/logo.png" alt="">

                ## Links heading {#links-heading}
                """);
        assertTrue(site.result().succeeded());
        assertEquals(List.of(), linkWarnings(site), () -> DiagnosticFormatter.formatAll(linkWarnings(site)));
    }

    @Test
    void aBrokenMarkdownLinkIsAWarningAtItsSourceLineWithTheNearestPage() {
        TestSite site = TestSite.buildAllowingErrors(GUIDE + """
                -- content/links.md --
                ---
                title: Links
                ---
                First line.

                See [the install page](/guide/instal/) first.
                """);
        assertTrue(site.result().succeeded(), "a broken link is a warning by default");
        Diagnostic warning = only(linkWarnings(site));
        assertFalse(warning.isError());
        assertEquals("Link target not found: /guide/instal/", warning.title());
        assertEquals("content/links.md", warning.file());
        assertEquals(6, warning.line());
        assertEquals(24, warning.column());
        assertEquals("Did you mean /guide/install/?", warning.hint());
        assertTrue(warning.detail().contains("site/links/index.html:"), warning.detail());
        assertTrue(site.exists("links/index.html"));
    }

    @Test
    void eachOfTwoEqualBrokenLinksIsReportedAtItsOwnLine() {
        TestSite site = TestSite.buildAllowingErrors(GUIDE + """
                -- content/links.md --
                ---
                title: Links
                ---
                Some `[x](/nowhere/)` code first: not a link.

                A [link](/nowhere/).

                Again: [link](/nowhere/).
                """);
        List<Diagnostic> found = linkWarnings(site);
        assertEquals(2, found.size(), () -> DiagnosticFormatter.formatAll(found));
        // The code span comes first in the file but is no link: each link is found at its own line.
        assertEquals(List.of("content/links.md:6:10", "content/links.md:8:15"),
                found.stream().map(Diagnostic::location).toList());
    }

    @Test
    void brokenAnchorsOnThisPageAndAnotherNameTheNearestId() {
        TestSite site = TestSite.buildAllowingErrors(GUIDE + """
                -- content/links.md --
                ---
                title: Links
                ---
                [a](/guide/#setpu) and [b](#nowhere-at-all) and [c](/guide/#caf%C3%A8)

                ## Here
                """);
        List<Diagnostic> found = linkWarnings(site);
        assertEquals(3, found.size(), () -> DiagnosticFormatter.formatAll(found));
        Diagnostic setup = found.stream().filter(d -> d.title().contains("setpu")).findFirst().orElseThrow();
        assertEquals("Anchor not found: /guide/#setpu", setup.title());
        assertEquals(4, setup.line());
        assertEquals(5, setup.column());
        assertEquals("Did you mean /guide/#setup?", setup.hint());
        assertTrue(found.stream().anyMatch(d -> d.title().equals("Anchor not found: #nowhere-at-all")));
        assertTrue(found.stream().anyMatch(d -> d.title().equals("Anchor not found: /guide/#caf%C3%A8")));
    }

    @Test
    void missingImagesScriptsAndStylesheetsAreReported() {
        TestSite site = TestSite.buildAllowingErrors(GUIDE + """
                -- content/links.md --
                ---
                title: Links
                ---
                ![shot](/img/shot.png)

                <script src="/js/app.js"></script>
                <link rel="stylesheet" href="/css/site.css">
                <img srcset="/img/logo.png 1x, /img/logo@2x.png 2x" alt="">
                """);
        List<Diagnostic> found = linkWarnings(site);
        assertEquals(List.of("Link target not found: /img/shot.png", "Link target not found: /js/app.js",
                        "Link target not found: /css/site.css", "Link target not found: /img/logo@2x.png"),
                found.stream().map(Diagnostic::title).toList());
        assertEquals(List.of(4, 6, 7, 8), found.stream().map(Diagnostic::line).toList());
        assertTrue(found.get(0).detail().contains("<img src>"), found.get(0).detail());
        assertTrue(found.get(3).detail().contains("<img srcset>"), found.get(3).detail());
    }

    @Test
    void aLinkInAnIncludeIsReportedAtTheIncludeOnceForAllItsPages() {
        TestSite site = TestSite.buildAllowingErrors(GUIDE + """
                -- templates/_includes/footer.html --
                <footer>
                  <a href="/contact/">Contact</a>
                </footer>
                -- content/a.md --
                ---
                title: A
                ---
                {% include footer.html %}
                -- content/b.md --
                ---
                title: B
                ---
                {% include footer.html %}
                """);
        Diagnostic warning = only(linkWarnings(site));
        assertEquals("templates/_includes/footer.html", warning.file());
        assertEquals(2, warning.line());
        assertEquals(12, warning.column());
        assertTrue(warning.detail().contains("was written by this file for content/"), warning.detail());
        assertTrue(warning.detail().contains("and 1 other page"), warning.detail());
    }

    @Test
    void aLinkInALayoutIsReportedAtTheLayoutLine() {
        TestSite site = TestSite.buildAllowingErrors(GUIDE + """
                -- templates/default.ftlh --
                <!doctype html>
                <html><head><title>${page.title}</title>
                <link rel="stylesheet" href="/css/missing.css"></head>
                <body>${content?no_esc}</body></html>
                """);
        Diagnostic warning = only(linkWarnings(site));
        assertEquals("Link target not found: /css/missing.css", warning.title());
        assertEquals("templates/default.ftlh", warning.file());
        assertEquals(3, warning.line());
        assertEquals(30, warning.column());
        assertTrue(warning.detail().contains("other pages"), warning.detail());
    }

    @Test
    void aLinkInTheNavigationFileIsReportedAtItsLine() {
        TestSite site = TestSite.buildAllowingErrors(GUIDE + """
                -- _data/nav.yml --
                - guide/index.md
                - guide/install.md
                - title: Old page
                  url: /old-page/
                """);
        Diagnostic warning = only(linkWarnings(site));
        assertEquals("Link target not found: /old-page/", warning.title());
        assertEquals("_data/nav.yml", warning.file());
        assertEquals(4, warning.line());
        assertEquals(8, warning.column());
    }

    @Test
    void letterCaseAndTheFolderSlashAreTold() {
        TestSite site = TestSite.buildAllowingErrors(GUIDE + """
                -- content/links.md --
                ---
                title: Links
                ---
                [a](/Guide/install/) [b](/guide/install/index.htm)
                """);
        List<Diagnostic> found = linkWarnings(site);
        assertEquals(2, found.size(), () -> DiagnosticFormatter.formatAll(found));
        assertEquals("Did you mean /guide/install/? Letter case matters on most web servers.", found.get(0).hint());
        assertEquals("Link target not found: /guide/install/index.htm", found.get(1).title());
    }

    @Test
    void aBaseurlSiteChecksLinksBelowItsBaseAndNamesTheWrittenLink() {
        TestSite site = TestSite.buildAllowingErrors(GUIDE + """
                -- _config.yml --
                baseurl: /docs
                -- content/links.md --
                ---
                title: Links
                ---
                [ok](/guide/install/) [ok too](/docs/guide/install/) [broken](/guide/instal/)
                <a href="/other-site/">elsewhere on the host</a>
                """);
        List<Diagnostic> found = linkWarnings(site);
        // "/docs/guide/install/" is prefixed again (/docs/docs/...) as any root-relative link is:
        // reported, with the written link found in the source.
        assertEquals(List.of("Link target not found: /docs/docs/guide/install/",
                        "Link target not found: /docs/guide/instal/", "Link target not found: /docs/other-site/"),
                found.stream().map(Diagnostic::title).toList(), () -> DiagnosticFormatter.formatAll(found));
        assertEquals(List.of(4, 4, 5), found.stream().map(Diagnostic::line).toList());
        assertEquals("Did you mean /docs/guide/install/?", found.get(1).hint());
        assertEquals("/docs/guide/install/", site.html("links/index.html").select("a").stream()
                .filter(a -> a.text().equals("ok")).findFirst().orElseThrow().attr("href"));
    }

    @Test
    void aDuplicateIdIsAWarningAtItsSecondUse() {
        TestSite site = TestSite.buildAllowingErrors(GUIDE + """
                -- content/links.md --
                ---
                title: Links
                ---
                <p id="twice">one</p>
                <p id="twice">two</p>
                """);
        Diagnostic warning = only(linkWarnings(site));
        assertEquals("Duplicate id on one page: twice", warning.title());
        assertEquals(5, warning.line());
        assertFalse(warning.isError());
    }

    @Test
    void strictMakesBrokenLinksErrorsAndKeepsThePreviousSite() throws Exception {
        String files = GUIDE + """
                -- content/links.md --
                ---
                title: Links
                ---
                [broken](/nowhere/)
                """;
        Path root = TestSite.write(files);
        BuildOptions options = BuildOptions.of(root).withTime(TestSite.TIME);
        BuildResult first = Hyde.build(options);
        assertTrue(first.succeeded());
        Path marker = options.destination().resolve("links/index.html");
        String before = Files.readString(marker);
        Files.writeString(root.resolve("content/links.md"), Files.readString(root.resolve("content/links.md")) + "\nchanged\n");

        BuildResult strict = Hyde.build(options.withStrict(true));
        assertFalse(strict.succeeded());
        Diagnostic error = only(strict.errors());
        assertEquals("Link target not found: /nowhere/", error.title());
        assertEquals(4, error.line());
        assertEquals(before, Files.readString(marker), "a failed build leaves the previous site");

        Files.writeString(root.resolve("_config.yml"), "strict: true\n");
        assertFalse(Hyde.build(options).succeeded(), "strict: true in _config.yml");
    }

    @Test
    void redirectsFeedsAndSitemapsAreCheckedWithoutFalseAlarms() {
        TestSite site = TestSite.buildAllowingErrors(GUIDE + """
                -- _config.yml --
                url: https://docs.example.org
                plugins: [jekyll-redirect-from, jekyll-sitemap, jekyll-feed]
                -- content/moved.md --
                ---
                title: Moved
                redirect_from:
                  - /old/
                  - /older.html
                ---
                Text and [home](https://docs.example.org/) and [gone](https://docs.example.org/gone/).
                """);
        assertTrue(site.exists("old/index.html"));
        assertTrue(site.exists("sitemap.xml"));
        Diagnostic warning = only(linkWarnings(site));
        assertEquals("Link target not found: https://docs.example.org/gone/", warning.title());
        assertEquals(7, warning.line());
    }

    @Test
    void aJekyllSiteIsCheckedToo() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                title: J
                -- _layouts/default.html --
                <html><body><a href="{{ site.baseurl }}/about/">About</a>{{ content }}</body></html>
                -- index.md --
                ---
                layout: default
                ---
                Go [there](/there.html).
                -- about.md --
                ---
                layout: default
                permalink: /about/
                ---
                About.
                """, options -> options.withSourceKind(SourceKind.JEKYLL));
        Diagnostic warning = only(linkWarnings(site));
        assertEquals("Link target not found: /there.html", warning.title());
        assertEquals("index.md", warning.file());
        assertEquals(4, warning.line());
        assertEquals(12, warning.column());
    }
}
