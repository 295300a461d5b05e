package dev.hyde.links;

import dev.hyde.TestSite;
import dev.hyde.cli.CheckCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code hyde check} on folders written by the tests: what it reports, where, and its exit code. */
class FolderCheckTest {

    static final String SITE = """
            -- index.html --
            <!DOCTYPE html>
            <html><head><title>Home</title><link rel="stylesheet" href="/css/site.css"></head>
            <body>
            <h1 id="home">Home</h1>
            <a href="/guide/">Guide</a>
            <a href="/guide">Guide without a slash</a>
            <a href="/guide/install.html#set-up">Set up</a>
            <a href="/guide/install.html#caf%C3%A9">Café</a>
            <a href="/files/manual.pdf">Manual</a>
            <img src="/img/logo.png" srcset="/img/logo.png 1x, /img/logo-2x.png 2x" alt="">
            <a href="/gude/">broken: a folder mistyped</a>
            <a href="/guide/install.html#setup">broken: an anchor</a>
            <a href="/guide/install.html#caf%C3%A8">broken: an encoded anchor</a>
            <img src="/img/logo.png" srcset="/img/logo.png 1x, /img/logo-3x.png 3x" alt="">
            <a href="/files/Manual.pdf">broken: letter case</a>
            <a href="#home">top</a><a href="#nowhere">broken: own anchor</a>
            <a href="mailto:me@example.org">mail</a>
            </body></html>
            -- guide/index.html --
            <!DOCTYPE html>
            <html><head><title>Guide</title></head>
            <body>
            <h1 id="guide">Guide</h1>
            <a href="install.html">Install</a>
            <a href="../index.html#home">Home</a>
            <a href="../img/logo.png">Logo</a>
            <a href="../../guide/install.html">above the root stays at the root</a>
            <a href="instal.html">broken: relative</a>
            <a href="../imgs/logo.png">broken: ../ relative</a>
            <p id="guide">duplicate</p>
            </body></html>
            -- guide/install.html --
            <!DOCTYPE html>
            <html><head><title>Install</title></head>
            <body>
            <h2 id="set-up">Set up</h2>
            <h2 id="café">Café</h2>
            </body></html>
            -- api/v1/index.html --
            <!DOCTYPE html>
            <html><head><title>API</title><base href="/guide/"></head>
            <body>
            <a href="install.html">resolved against the base</a>
            <a href="index.html#guide">ok</a>
            <a href="reference.html">broken: against the base</a>
            </body></html>
            -- css/site.css --
            body { color: black; }
            -- img/logo.png --
            png
            -- img/logo-2x.png --
            png
            -- files/manual.pdf --
            pdf
            """;

    record Run(int exitCode, String out, String err) {
        String all() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    static Run hyde(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new CheckCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** The folder as a user in the project folder types it: {@code target/test-sites/site123}. */
    static String typed(Path site) {
        return Path.of("").toAbsolutePath().relativize(site.toAbsolutePath()).toString();
    }

    @Test
    void reportsEveryBrokenLinkOfEveryKindAtTheBuiltFilesLineAndColumnWithAHint() {
        String site = typed(TestSite.write(SITE));
        Run run = hyde(site);
        assertEquals(1, run.exitCode(), run.all());
        assertEquals("", run.err(), run.all());
        String expected = """
                error: %1$s/api/v1/index.html:6:10: Link target not found: reference.html
                  The <a href> leads to /guide/reference.html, which no file of the site serves.
                  hint: No page or file of the site is at that path: check the spelling, or add the page.
                error: %1$s/guide/index.html:9:10: Link target not found: instal.html
                  The <a href> leads to /guide/instal.html, which no file of the site serves.
                  hint: Did you mean /guide/install.html?
                error: %1$s/guide/index.html:10:10: Link target not found: ../imgs/logo.png
                  The <a href> leads to /imgs/logo.png, which no file of the site serves.
                  hint: Did you mean /img/logo.png?
                warning: %1$s/guide/index.html:11:8: Duplicate id on one page: guide
                  The id was used first at line 4, column 9.
                  hint: Links to #guide reach only the first element with it: give each its own id.
                error: %1$s/index.html:11:10: Link target not found: /gude/
                  The <a href> leads to /gude/, which no file of the site serves.
                  hint: Did you mean /guide/?
                error: %1$s/index.html:12:10: Anchor not found: /guide/install.html#setup
                  The <a href> leads to /guide/install.html, which has no element with the id "setup".
                  hint: Did you mean /guide/install.html#set-up?
                error: %1$s/index.html:13:10: Anchor not found: /guide/install.html#caf%%C3%%A8
                  The <a href> leads to /guide/install.html, which has no element with the id "cafè".
                  hint: Did you mean /guide/install.html#café?
                error: %1$s/index.html:14:52: Link target not found: /img/logo-3x.png
                  The <img srcset> leads to /img/logo-3x.png, which no file of the site serves.
                  hint: Did you mean /img/logo-2x.png?
                error: %1$s/index.html:15:10: Link target not found: /files/Manual.pdf
                  The <a href> leads to /files/Manual.pdf, which no file of the site serves.
                  hint: Did you mean /files/manual.pdf? Letter case matters on most web servers.
                error: %1$s/index.html:16:33: Anchor not found: #nowhere
                  The <a href> leads to /, which has no element with the id "nowhere".
                  hint: The target page has no element with that id: link to one of its headings' ids, \
                or give the element an id ({#id} after a Markdown heading).
                Checked 4 pages, 27 links: 9 broken, 1 warning.
                """.formatted(site);
        assertEquals(expected, run.out());
    }

    @Test
    void aTrailingSlashOnTheFolderIsNotDoubled() {
        String site = typed(TestSite.write(SITE));
        Run run = hyde(site + "/");
        assertTrue(run.out().startsWith("error: " + site + "/api/v1/index.html:6:10: "), run.all());
    }

    @Test
    void aSiteBuiltByJekyllIsCheckedAsItIs() {
        // Jekyll's own output: folders with index.html, dated posts, a feed and a sitemap with full URLs
        Path site = TestSite.write("""
                -- index.html --
                <!DOCTYPE html>
                <html lang="en"><head>
                <meta charset="utf-8">
                <link rel="stylesheet" href="/assets/main.css">
                <link type="application/atom+xml" rel="alternate" href="/feed.xml" title="Blog">
                </head><body>
                <header class="site-header"><a class="site-title" rel="author" href="/">Blog</a>
                <nav><a class="page-link" href="/about/">About</a></nav></header>
                <ul class="post-list"><li><a class="post-link" href="/jekyll/update/2017/07/11/welcome.html">Welcome</a></li>
                <li><a class="post-link" href="/jekyll/update/2017/07/12/gone.html">Gone</a></li></ul>
                </body></html>
                -- about/index.html --
                <!DOCTYPE html>
                <html><head><link rel="stylesheet" href="/assets/main.css"></head>
                <body><a href="/">Home</a> <a href="/about">This page</a></body></html>
                -- jekyll/update/2017/07/11/welcome.html --
                <!DOCTYPE html>
                <html><head><link rel="stylesheet" href="/assets/main.css"></head>
                <body><h2 id="getting-started">Getting started</h2><a href="/about/#team">The team</a>
                <a href="#getting-started">Start</a></body></html>
                -- assets/main.css --
                body {}
                -- feed.xml --
                <?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
                <link href="https://blog.example.org/feed.xml" rel="self" type="application/atom+xml" />
                <link href="https://blog.example.org/" rel="alternate" type="text/html" />
                <entry><link href="https://blog.example.org/jekyll/update/2017/07/11/welcome.html" rel="alternate"/></entry>
                </feed>
                -- sitemap.xml --
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <url><loc>https://blog.example.org/about/</loc></url>
                <url><loc>https://blog.example.org/jekyll/update/2017/07/10/draft.html</loc></url>
                </urlset>
                """);
        String shown = typed(site);
        Run run = hyde(shown, "--site-url", "https://blog.example.org");
        assertEquals(1, run.exitCode(), run.all());
        String expected = """
                error: %1$s/index.html:10:32: Link target not found: /jekyll/update/2017/07/12/gone.html
                  The <a href> leads to /jekyll/update/2017/07/12/gone.html, which no file of the site serves.
                  hint: Did you mean /jekyll/update/2017/07/11/welcome.html?
                error: %1$s/jekyll/update/2017/07/11/welcome.html:3:61: Anchor not found: /about/#team
                  The <a href> leads to /about/, which has no element with the id "team".
                  hint: The target page has no element with that id: link to one of its headings' ids, \
                or give the element an id ({#id} after a Markdown heading).
                error: %1$s/sitemap.xml:4:11: Link target not found: https://blog.example.org/jekyll/update/2017/07/10/draft.html
                  The <loc text> leads to /jekyll/update/2017/07/10/draft.html, which no file of the site serves.
                  hint: Did you mean /jekyll/update/2017/07/11/welcome.html?
                Checked 3 pages, 17 links: 3 broken.
                """.formatted(shown);
        assertEquals(expected, run.out());
    }

    private static final String DOCS = """
            -- index.html --
            <!DOCTYPE html>
            <html><body>
            <a href="/docs/guide/">Guide</a>
            <a href="guide/">Guide, relative</a>
            <a href="/guide/">outside the base URL</a>
            <a href="https://docs.example.org/docs/guide/#start">Guide, in full</a>
            <a href="https://docs.example.org/docs/guid/">Mistyped, in full</a>
            </body></html>
            -- guide/index.html --
            <!DOCTYPE html>
            <html><body><h1 id="start">Start</h1><a href="/docs/">Home</a></body></html>
            """;

    @Test
    void withABaseUrlLinksMustStartWithItAndAreCheckedBelowIt() {
        String site = typed(TestSite.write(DOCS));
        Run run = hyde(site, "--baseurl", "docs");
        assertEquals(1, run.exitCode(), run.all());
        String expected = """
                error: %1$s/index.html:5:10: Link outside the site: /guide/
                  The <a href> leads to /guide/.
                  hint: The site is served below /docs, so this path is outside it. Write it as /docs/guide/, \
                or with the relative_url filter, or as a relative link.
                Checked 2 pages, 4 links: 1 broken.
                """.formatted(site);
        assertEquals(expected, run.out());

        Run atTheRoot = hyde(site);
        assertTrue(atTheRoot.out().contains(site + "/index.html:3:10: Link target not found: /docs/guide/\n"),
                atTheRoot.all());
        assertTrue(atTheRoot.out().contains(site + "/guide/index.html:2:47: Link target not found: /docs/\n"),
                atTheRoot.all());
    }

    @Test
    void withTheSiteUrlAbsoluteLinksToTheSiteAreInternal() {
        String site = typed(TestSite.write(DOCS));
        Run run = hyde(site, "--baseurl", "/docs/", "--site-url", "https://docs.example.org/");
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.out().contains("""
                error: %1$s/index.html:7:10: Link target not found: https://docs.example.org/docs/guid/
                  The <a href> leads to /docs/guid/, which no file of the site serves.
                  hint: Did you mean /docs/guide/?
                """.formatted(site)), run.all());
        assertTrue(run.out().endsWith("Checked 2 pages, 6 links: 2 broken.\n"), run.all());
    }

    @Test
    void exitCodesZeroWhenWholeOneWhenBrokenTwoForWrongUsage() throws Exception {
        Path whole = TestSite.write("""
                -- index.html --
                <h1 id="a">A</h1><h2 id="a">A again</h2><a href="#a">A</a><a href="page.html">Page</a>
                -- page.html --
                <a href="./">Home</a>
                """);
        Run ok = hyde(typed(whole));
        assertEquals(0, ok.exitCode(), ok.all());
        assertEquals("""
                warning: %s/index.html:1:26: Duplicate id on one page: a
                  The id was used first at line 1, column 9.
                  hint: Links to #a reach only the first element with it: give each its own id.
                Checked 2 pages, 3 links: 1 warning.
                """.formatted(typed(whole)), ok.out());

        Path one = TestSite.write("""
                -- index.html --
                <a href="/">Home</a>
                """);
        assertEquals("Checked 1 page, 1 link: no broken links.\n", hyde(typed(one)).out());

        Run missing = hyde(typed(whole) + "/nothing-here");
        assertEquals(2, missing.exitCode(), missing.all());
        assertEquals("", missing.out(), missing.all());
        assertEquals("""
                error: Site folder does not exist: %s/nothing-here
                  hint: Build the site first, or name the folder that holds it (hyde check _site).
                """.formatted(typed(whole)), missing.err());
        assertEquals(2, hyde(typed(whole) + "/index.html").exitCode());
        Path empty = Files.createDirectories(whole.resolve("empty"));
        Run noPages = hyde(typed(empty));
        assertEquals(2, noPages.exitCode(), noPages.all());
        assertTrue(noPages.err().startsWith("error: No HTML pages in " + typed(empty) + "\n  The folder is empty.\n"),
                noPages.all());
        assertEquals(2, hyde(typed(whole), "--external", "--concurrency", "0").exitCode());
        assertEquals(2, hyde(typed(whole), "--external", "--timeout", "0").exitCode());
        assertEquals(2, hyde(typed(whole), "--site-url", "docs.example.org").exitCode());
        assertEquals(2, hyde(typed(whole), "--baseurl", "https://docs.example.org/docs").exitCode());
        assertEquals(2, hyde(typed(whole), "--external", "--cache", "x.json", "--no-cache").exitCode());
        assertEquals(2, hyde(typed(whole), "--no-such-option").exitCode());
        Run cacheInside = hyde(typed(whole), "--external", "--cache", typed(whole) + "/links.json");
        assertEquals(2, cacheInside.exitCode(), cacheInside.all());
        assertTrue(cacheInside.err().startsWith("error: The link cache file is inside the site folder: "), cacheInside.all());
        assertFalse(Files.exists(whole.resolve("links.json")));
        Run help = hyde("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("--site-url=URL") && help.out().contains("Exit codes:"), help.all());
    }

    @Test
    void theSiteFolderDefaultsToSiteInTheCurrentFolder() {
        // the tests run in the project folder, whose site/ may or may not be built yet
        Run run = hyde();
        if (Files.isDirectory(Path.of("site"))) {
            assertTrue(run.out().contains("Checked "), run.all());
        } else if (Files.isDirectory(Path.of("_site"))) {
            assertTrue(run.out().contains("Checked ") || run.err().contains("_site"), run.all());
        } else {
            assertEquals("error: Site folder does not exist: site", run.err().lines().findFirst().orElse(""), run.all());
        }
    }
}
