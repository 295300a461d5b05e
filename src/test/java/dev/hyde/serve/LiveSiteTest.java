package dev.hyde.serve;

import dev.hyde.TestSite;
import dev.hyde.pipeline.BuildOptions;
import dev.hyde.diag.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Edits each kind of source of a live site and checks that what it serves is byte-for-byte a
 * clean full build of the same files, and that only the pages an edit reaches were rendered.
 */
class LiveSiteTest {
    private static final String SITE = """
            -- _config.yml --
            title: Docs
            -- _data/product.yml --
            version: "1.0"
            -- _data/team.yml --
            lead: Ada
            -- templates/default.ftlh --
            ---
            layout: base
            ---
            <main>${content?no_esc}</main>
            -- templates/plain.ftlh --
            <div class="plain">${content?no_esc}</div>
            -- templates/base.ftlh --
            <!doctype html><html><head><title>${page.title}</title></head><body>
            <nav><#list site.pages as p><a href="${p.url}">${p.title}</a></#list></nav>
            ${content?no_esc}<#include "footer.ftl"></body></html>
            -- templates/footer.ftl --
            <footer>v${site.data.product.version}</footer>
            -- templates/_includes/note.html --
            <aside>{{ include.text }}</aside>
            -- templates/assets/site.css --
            body{}
            -- content/index.md --
            ---
            title: Home
            ---
            Welcome. {% include note.html text="hi" %}
            -- content/guide.md --
            ---
            title: Guide
            ---
            Lead: {{ site.data.team.lead }}
            -- content/solo.md --
            ---
            title: Solo
            layout: plain
            ---
            Just me.
            -- content/img/logo.svg --
            <svg/>
            """;

    private Path root;
    private BuildOptions options;
    private LiveSite live;

    @BeforeEach
    void open() {
        root = TestSite.write(SITE);
        options = BuildOptions.of(root).withTime(ZonedDateTime.parse("2020-01-01T00:00:00Z"));
        live = LiveSite.open(options);
        assertSameAsCleanBuild();
    }

    private void edit(String files) {
        TestSite.writeInto(root, files);
        List<Path> changed = TestSite.pathsOf(root, files);
        live.apply(changed);
    }

    private void delete(String path) throws IOException {
        Files.delete(root.resolve(path));
        live.apply(List.of(root.resolve(path)));
    }

    private void assertSameAsCleanBuild() {
        LiveSite clean = LiveSite.open(options);
        Map<String, byte[]> expected = clean.output().snapshot();
        Map<String, byte[]> actual = live.output().snapshot();
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertTrue(Arrays.equals(bytes, actual.get(path)),
                () -> path + " differs:\n" + new String(actual.get(path), StandardCharsets.UTF_8)
                        + "\nexpected:\n" + new String(bytes, StandardCharsets.UTF_8)));
        assertEquals(clean.diagnostics(), live.diagnostics());
    }

    private String page(String path) {
        return new String(live.file(path).orElseThrow(), StandardCharsets.UTF_8);
    }

    @Test
    void pageBodyEditRendersOnlyThatPage() {
        edit("""
                -- content/guide.md --
                ---
                title: Guide
                ---
                Lead: {{ site.data.team.lead }}. Revised.
                """);
        assertEquals(Set.of("guide.md"), live.lastRendered());
        assertTrue(page("guide/index.html").contains("Revised."));
        assertSameAsCleanBuild();
    }

    @Test
    void frontMatterEditRendersEveryPageListingThePages() {
        edit("""
                -- content/guide.md --
                ---
                title: User Guide
                ---
                Lead: {{ site.data.team.lead }}
                """);
        assertEquals(Set.of("guide.md", "index.md"), live.lastRendered());
        assertTrue(page("index.html").contains(">User Guide</a>"));
        assertSameAsCleanBuild();
    }

    @Test
    void includeEditRendersThePagesThatUseIt() {
        edit("""
                -- templates/_includes/note.html --
                <aside class="note">{{ include.text }}</aside>
                """);
        assertEquals(Set.of("index.md"), live.lastRendered());
        assertSameAsCleanBuild();
    }

    @Test
    void layoutEditRendersThePagesInItsChain() {
        edit("""
                -- templates/plain.ftlh --
                <div class="plainer">${content?no_esc}</div>
                """);
        assertEquals(Set.of("solo.md"), live.lastRendered());
        assertSameAsCleanBuild();
    }

    @Test
    void partialTemplateEditRendersThePagesWhoseLayoutsIncludeIt() {
        edit("""
                -- templates/footer.ftl --
                <footer>version ${site.data.product.version}</footer>
                """);
        assertEquals(Set.of("index.md", "guide.md"), live.lastRendered());
        assertSameAsCleanBuild();
    }

    @Test
    void aNewLayoutFixesThePagesThatAskedForIt() {
        edit("""
                -- content/solo.md --
                ---
                title: Solo
                layout: later
                ---
                Just me.
                """);
        assertEquals("Layout not found: later", live.diagnostics().get(0).title());
        edit("""
                -- templates/later.ftlh --
                <section>${content?no_esc}</section>
                """);
        assertTrue(live.diagnostics().isEmpty(), () -> live.diagnostics().toString());
        assertSameAsCleanBuild();
    }

    @Test
    void dataEditRendersThePagesThatReadIt() {
        edit("""
                -- _data/team.yml --
                lead: Grace
                """);
        assertEquals(Set.of("guide.md"), live.lastRendered());
        assertTrue(page("guide/index.html").contains("Lead: Grace"));
        assertSameAsCleanBuild();
    }

    @Test
    void configEditRebuildsEverything() {
        edit("""
                -- _config.yml --
                title: Handbook
                baseurl: /hb
                """);
        assertTrue(page("index.html").contains("href=\"/hb/guide/\""));
        assertSameAsCleanBuild();
    }

    @Test
    void newPageAppearsAndTheListingPagesUpdate() {
        edit("""
                -- content/faq.md --
                ---
                title: FAQ
                ---
                Questions.
                """);
        assertTrue(live.lastRendered().containsAll(Set.of("faq.md", "index.md", "guide.md")));
        assertTrue(page("guide/index.html").contains(">FAQ</a>"));
        assertSameAsCleanBuild();
    }

    @Test
    void deletedPageDisappearsAndTheListingPagesUpdate() throws IOException {
        delete("content/guide.md");
        assertTrue(live.file("guide/index.html").isEmpty());
        assertFalse(page("index.html").contains(">Guide</a>"));
        assertSameAsCleanBuild();
    }

    @Test
    void renamedPageMovesItsOutput() throws IOException {
        Files.move(root.resolve("content/guide.md"), root.resolve("content/manual.md"));
        live.apply(List.of(root.resolve("content/guide.md"), root.resolve("content/manual.md")));
        assertTrue(live.file("guide/index.html").isEmpty());
        assertTrue(live.file("manual/index.html").isPresent());
        assertSameAsCleanBuild();
    }

    @Test
    void deletedFolderTakesItsFilesAlong() throws IOException {
        Files.delete(root.resolve("content/img/logo.svg"));
        Files.delete(root.resolve("content/img"));
        live.apply(List.of(root.resolve("content/img")));
        assertTrue(live.file("img/logo.svg").isEmpty());
        assertSameAsCleanBuild();
    }

    @Test
    void staticFileAndAssetEditsAreCopied() {
        edit("""
                -- content/img/logo.svg --
                <svg id="new"/>
                -- templates/assets/site.css --
                body{color:red}
                """);
        assertEquals("<svg id=\"new\"/>\n", page("img/logo.svg"));
        assertEquals("body{color:red}\n", page("assets/site.css"));
        assertSameAsCleanBuild();
    }

    @Test
    void brokenPageKeepsItsLastGoodOutputUntilFixed() {
        String good = page("guide/index.html");
        edit("""
                -- content/guide.md --
                ---
                title: Guide
                ---
                {% include missing.html %}
                """);
        assertEquals(good, page("guide/index.html"));
        List<Diagnostic> errors = live.diagnostics();
        assertEquals("Include not found: missing.html", errors.get(0).title());
        edit("""
                -- templates/_includes/missing.html --
                found
                """);
        assertTrue(live.diagnostics().isEmpty(), () -> live.diagnostics().toString());
        assertTrue(page("guide/index.html").contains("found"));
        assertSameAsCleanBuild();
    }

    @Test
    void brokenLayoutIsReportedAndFixingItRendersAgain() {
        edit("""
                -- templates/plain.ftlh --
                <#if>
                """);
        assertEquals("Template syntax error", live.diagnostics().get(0).title());
        edit("""
                -- templates/plain.ftlh --
                <section>${content?no_esc}</section>
                """);
        assertTrue(live.diagnostics().isEmpty(), () -> live.diagnostics().toString());
        assertTrue(page("solo/index.html").contains("<section>"));
        assertSameAsCleanBuild();
    }

    @Test
    void halfSavedFrontMatterIsReportedThenRecovers() {
        edit("""
                -- content/guide.md --
                ---
                title: [Guide
                """);
        assertFalse(live.diagnostics().isEmpty());
        assertTrue(live.file("guide/index.html").isPresent());
        edit("""
                -- content/guide.md --
                ---
                title: Guide again
                ---
                Back.
                """);
        assertTrue(live.diagnostics().isEmpty(), () -> live.diagnostics().toString());
        assertSameAsCleanBuild();
    }

    @Test
    void aJekyllSiteServedLiveIsWhatABuildWrites() throws IOException {
        Path site = TestSite.write("""
                -- _config.yml --
                title: J
                collections:
                  docs:
                    output: true
                -- _layouts/default.html --
                <html><body>{% for d in site.docs %}<a href="{{ d.url }}">{{ d.title }}</a>{% endfor %}{{ content }}</body></html>
                -- index.md --
                ---
                layout: default
                ---
                Home
                -- _docs/a.md --
                ---
                title: A
                layout: default
                ---
                Doc A
                -- _posts/2017-01-02-hello.md --
                ---
                title: Hello
                layout: default
                ---
                Post
                -- img/x.svg --
                <svg/>
                """);
        BuildOptions jekyll = BuildOptions.of(site).withTime(ZonedDateTime.parse("2020-01-01T00:00:00Z"));
        LiveSite served = LiveSite.open(jekyll);
        assertSameFiles(built(jekyll), served.output().snapshot());
        TestSite.writeInto(site, """
                -- _docs/b.md --
                ---
                title: B
                layout: default
                ---
                Doc B
                """);
        served.apply(List.of(site.resolve("_docs/b.md")));
        assertTrue(new String(served.file("index.html").orElseThrow(), StandardCharsets.UTF_8).contains(">B</a>"));
        assertSameFiles(built(jekyll), served.output().snapshot());

        TestSite.writeInto(site, """
                -- index.md --
                ---
                layout: default
                ---
                Home, edited
                """);
        served.apply(List.of(site.resolve("index.md")));
        assertEquals(Set.of("index.md"), served.lastRendered());
        assertTrue(new String(served.file("index.html").orElseThrow(), StandardCharsets.UTF_8).contains("Home, edited"));
        assertSameFiles(built(jekyll), served.output().snapshot());

        TestSite.writeInto(site, """
                -- index.md --
                ---
                layout: default
                title: Now titled
                ---
                Home
                """);
        served.apply(List.of(site.resolve("index.md")));
        assertTrue(served.lastRendered().size() > 1, "front matter changes reach every listing page");
        assertSameFiles(built(jekyll), served.output().snapshot());
    }

    @Test
    void aJekyllSiteWithGithubPagesPluginsServedLiveIsWhatABuildWrites() throws IOException {
        Path site = TestSite.write("""
                -- _config.yml --
                title: J
                -- Gemfile --
                gem "github-pages", group: :jekyll_plugins
                -- _layouts/default.html --
                <html><title>{{ page.title }}</title><body>{{ content }}</body></html>
                -- README.md --
                # Read me
                -- guide.md --
                ---
                title: Guide
                layout: default
                ---
                Start
                -- other.md --
                Other
                """);
        BuildOptions jekyll = BuildOptions.of(site).withTime(ZonedDateTime.parse("2020-01-01T00:00:00Z"));
        LiveSite served = LiveSite.open(jekyll);
        assertSameFiles(built(jekyll), served.output().snapshot());
        // same front matter and URL: a plain site would re-render this page alone, from the file as
        // read; here its link must still be rewritten to the page it points at
        TestSite.writeInto(site, """
                -- guide.md --
                ---
                title: Guide
                layout: default
                ---
                Start at [home](README.md) or [other](other.md)
                """);
        served.apply(List.of(site.resolve("guide.md")));
        assertTrue(new String(served.file("guide.html").orElseThrow(), StandardCharsets.UTF_8)
                .contains("<a href=\"/other.html\">other</a>"));
        assertSameFiles(built(jekyll), served.output().snapshot());
        TestSite.writeInto(site, """
                -- other.md --
                # Other, now titled
                """);
        served.apply(List.of(site.resolve("other.md")));
        assertTrue(new String(served.file("other.html").orElseThrow(), StandardCharsets.UTF_8)
                .contains("<title>Other, now titled</title>"));
        assertSameFiles(built(jekyll), served.output().snapshot());
    }

    /** What a build writes to disk, as a map like the live site's. */
    private static Map<String, byte[]> built(BuildOptions options) throws IOException {
        Path out = Files.createTempDirectory(Path.of("target", "test-sites").toAbsolutePath(), "built");
        assertTrue(dev.hyde.Hyde.build(options.withDestination(out.resolve("site"))).succeeded());
        return TestSite.files(out.resolve("site"));
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertTrue(Arrays.equals(bytes, actual.get(path)), path));
    }
}
