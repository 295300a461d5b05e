package dev.hyde.diag;

import dev.hyde.TestSite;
import dev.hyde.yaml.Canary;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of bad input gives an error naming the file, the line and what to do. */
class BadInputTest {

    private static Diagnostic onlyError(String files) {
        List<Diagnostic> errors = TestSite.buildExpectingErrors(files);
        assertEquals(1, errors.size(), () -> DiagnosticFormatter.formatAll(errors));
        Diagnostic error = errors.get(0);
        assertTrue(!error.hint().isEmpty(), "every error has a hint: " + error);
        return error;
    }

    private static void assertContains(String text, String part) {
        assertTrue(text.contains(part), () -> "expected '" + part + "' in: " + text);
    }

    @Test
    void malformedFrontMatterPointsAtTheYamlErrorInThePage() {
        Diagnostic e = onlyError("""
                -- content/guide.md --
                ---
                title: Guide
                overview: a: b
                ---
                Body
                """);
        assertEquals("Malformed YAML", e.title());
        assertEquals("content/guide.md", e.file());
        assertEquals(3, e.line());
        assertEquals(12, e.column());
        assertContains(e.detail(), "mapping values are not allowed");
    }

    @Test
    void unclosedLiquidTagPointsAtItsLine() {
        Diagnostic e = onlyError("""
                -- content/guide.md --
                ---
                title: Guide
                ---
                Line one

                {% if page.title %}
                {% for x in page.list %}{% endfor %}
                never closed
                """);
        assertEquals("Liquid block not closed: if", e.title());
        assertEquals("content/guide.md", e.file());
        assertEquals(6, e.line());
        assertEquals(1, e.column());
    }

    @Test
    void unknownLiquidTagPointsAtItsLine() {
        Diagnostic e = onlyError("""
                -- content/guide.md --
                ---
                title: Guide
                ---
                Fine

                {% frobnicate x %}
                """);
        assertEquals("Unknown Liquid tag: frobnicate", e.title());
        assertEquals("content/guide.md", e.file());
        assertEquals(6, e.line());
    }

    @Test
    void unknownLiquidFilterPassesTheValueThroughWithAWarningAtItsLine() {
        TestSite site = TestSite.build("""
                -- content/guide.md --
                ---
                title: Guide
                ---
                Fine
                <p id="x">{{ page.title | upcase | shout }}</p>
                """);
        List<Diagnostic> warnings = site.result().warnings();
        assertEquals(1, warnings.size(), () -> DiagnosticFormatter.formatAll(warnings));
        Diagnostic w = warnings.get(0);
        assertEquals("Unknown Liquid filter: shout", w.title());
        assertEquals("content/guide.md", w.file());
        assertEquals(5, w.line());
        assertEquals("GUIDE", site.html("guide/index.html").expectFirst("#x").text());
        assertHintLeadsToTheExtensionApi(w);
    }

    /** The hint names README sections by their GitHub anchors: both headings must exist. */
    private static void assertHintLeadsToTheExtensionApi(Diagnostic d) {
        assertTrue(d.hint().contains("README.md#extending-hyde"), d.hint());
        assertTrue(d.hint().contains("README.md#liquid"), d.hint());
        try {
            List<String> headings = java.nio.file.Files.readAllLines(java.nio.file.Path.of("README.md"));
            assertTrue(headings.contains("## Extending Hyde") && headings.contains("### Liquid"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void unknownLiquidFilterWithStrictFiltersIsAnErrorLeadingToTheExtensionApi() {
        Diagnostic e = onlyError("""
                -- _config.yml --
                liquid:
                  strict_filters: true
                -- content/guide.md --
                ---
                title: Guide
                ---
                {{ page.title | shout }}
                """);
        assertEquals("Unknown Liquid filter: shout", e.title());
        assertEquals(4, e.line());
        assertHintLeadsToTheExtensionApi(e);
    }

    @Test
    void missingIncludeNamesTheIncludeAndTheFolderSearched() {
        Diagnostic e = onlyError("""
                -- content/guide.md --
                ---
                title: Guide
                ---
                Intro

                {% include nothere.html %}
                """);
        assertEquals("Include not found: nothere.html", e.title());
        assertEquals("content/guide.md", e.file());
        assertEquals(6, e.line());
        assertContains(e.detail(), "templates/_includes/");
    }

    @Test
    void includeThatLeavesTheIncludesFolderIsRefused() {
        Diagnostic e = onlyError("""
                -- pom.xml --
                <project>secret</project>
                -- content/guide.md --
                ---
                title: Guide
                ---
                {% include ../../pom.xml %}
                """);
        assertEquals("Include path leaves the includes folder", e.title());
        assertEquals("content/guide.md", e.file());
        assertEquals(4, e.line());
    }

    @Test
    void problemInsideAnIncludePointsIntoTheInclude() {
        Diagnostic e = onlyError("""
                -- templates/_includes/outer.html --
                first line
                {% include inner.html %}
                -- content/guide.md --
                ---
                title: Guide
                ---
                {% include outer.html %}
                """);
        assertEquals("Include not found: inner.html", e.title());
        assertEquals("templates/_includes/outer.html", e.file());
        assertEquals(2, e.line());
    }

    @Test
    void includeLoopIsStoppedWhereJekyllStopsIt() {
        Diagnostic e = onlyError("""
                -- templates/_includes/a.html --
                {% include b.html %}
                -- templates/_includes/b.html --
                {% include a.html %}
                -- content/guide.md --
                ---
                title: Guide
                ---
                {% include a.html %}
                """);
        assertEquals("Includes nested too deep: b.html", e.title());
        assertContains(e.detail(), "the 100th include open at once");
        assertContains(e.detail(), ": a.html -> b.html -> a.html -> b.html -> ... -> b.html -> a.html -> b.html.");
        assertEquals("templates/_includes/a.html", e.file());
        assertEquals(1, e.line());
    }

    @Test
    void missingLayoutNamesThePageAndTheLayoutsThatExist() {
        Diagnostic e = onlyError("""
                -- templates/default.ftlh --
                ${content?no_esc}
                -- templates/doc.ftlh --
                ${content?no_esc}
                -- content/guide.md --
                ---
                title: Guide
                layout: docs
                ---
                Body
                """);
        assertEquals("Layout not found: docs", e.title());
        assertEquals("content/guide.md", e.file());
        assertEquals(3, e.line());
        assertContains(e.detail(), "default, doc");
    }

    @Test
    void freemarkerErrorPointsAtTemplateLineAndNamesThePage() {
        Diagnostic e = onlyError("""
                -- templates/default.ftlh --
                <html>
                <body>
                  ${page.nope}
                </body>
                -- content/guide.md --
                ---
                title: Guide
                ---
                Body
                """);
        assertEquals("Template error while rendering content/guide.md", e.title());
        assertEquals("templates/default.ftlh", e.file());
        assertEquals(3, e.line());
        assertEquals(5, e.column());
        assertContains(e.detail(), "page.nope");
    }

    @Test
    void freemarkerSyntaxErrorIsReportedOnceAtItsLine() {
        List<Diagnostic> errors = TestSite.buildExpectingErrors("""
                -- templates/default.ftlh --
                <html>
                <#if page.title??>
                -- content/a.md --
                ---
                title: A
                ---
                A
                """);
        Diagnostic e = errors.get(0);
        assertEquals("Template syntax error", e.title());
        assertEquals("templates/default.ftlh", e.file());
        assertTrue(e.line() >= 2, "line " + e.line());
    }

    @Test
    void layoutFrontMatterKeepsTemplateLineNumbers() {
        Diagnostic e = onlyError("""
                -- templates/default.ftlh --
                ---
                layout: none
                ---
                <main>
                ${page.nope}
                </main>
                -- content/guide.md --
                ---
                title: Guide
                ---
                Body
                """);
        assertEquals(5, e.line());
    }

    @Test
    void layoutCycleIsReported() {
        List<Diagnostic> errors = TestSite.buildExpectingErrors("""
                -- templates/default.ftlh --
                ---
                layout: base
                ---
                ${content?no_esc}
                -- templates/base.ftlh --
                ---
                layout: default
                ---
                ${content?no_esc}
                -- content/a.md --
                ---
                title: A
                ---
                A
                """);
        Diagnostic e = errors.get(0);
        assertEquals("Layout cycle", e.title());
        assertContains(e.detail(), "default -> base -> default");
    }

    @Test
    void twoSourcesWritingOneFileAreBothNamed() {
        Diagnostic e = onlyError("""
                -- content/guide.md --
                ---
                title: Guide
                ---
                One
                -- content/guide/index.html --
                ---
                title: Guide again
                ---
                Two
                """);
        assertEquals("Two sources write the same file: guide/index.html", e.title());
        assertContains(e.detail(), "content/guide.md");
        assertContains(e.detail(), "content/guide/index.html");
    }

    @Test
    void fileThatIsNotUtf8IsNamedWithTheByteOffset() throws Exception {
        var root = TestSite.write("""
                -- content/ok.md --
                ---
                title: OK
                ---
                OK
                """);
        byte[] latin1 = "---\ntitle: Caf\u00e9\n---\nBody\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        java.nio.file.Files.write(root.resolve("content/cafe.md"), latin1);
        var result = dev.hyde.Hyde.build(dev.hyde.pipeline.BuildOptions.of(root));
        Diagnostic e = result.errors().get(0);
        assertEquals("File is not valid UTF-8", e.title());
        assertEquals("content/cafe.md", e.file());
        assertEquals(2, e.line());
        assertContains(e.detail(), "byte offset 14");
    }

    @Test
    void yamlGlobalTagsAreRefusedAndNothingIsInstantiated() {
        int before = Canary.CREATED.get();
        List<Diagnostic> errors = TestSite.buildExpectingErrors("""
                -- content/a.md --
                ---
                title: !!dev.hyde.yaml.Canary {}
                ---
                A
                -- _data/evil.yml --
                engine: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://127.0.0.1:1/"]]]]
                """);
        assertEquals(before, Canary.CREATED.get());
        assertEquals(2, errors.size(), () -> DiagnosticFormatter.formatAll(errors));
        for (Diagnostic e : errors) {
            assertEquals("YAML tag is not allowed", e.title());
        }
        assertEquals("_data/evil.yml", errors.get(0).file());
        assertEquals(1, errors.get(0).line());
        assertEquals("content/a.md", errors.get(1).file());
        assertEquals(2, errors.get(1).line());
    }

    @Test
    void allErrorsOfABuildAreReportedTogether() {
        List<Diagnostic> errors = TestSite.buildExpectingErrors("""
                -- content/a.md --
                ---
                title: [unclosed
                ---
                A
                -- content/b.md --
                ---
                title: B
                layout: nope
                ---
                B
                -- content/c.md --
                ---
                title: C
                ---
                {% include missing.html %}
                """);
        assertEquals(List.of("content/a.md", "content/b.md", "content/c.md"),
                errors.stream().map(Diagnostic::file).toList());
        assertTrue(DiagnosticFormatter.formatAll(errors).endsWith("3 errors, 0 warnings"));
    }

    @Test
    void aFileThatVanishesWhileBeingReadIsReportedNotACrash() {
        var root = TestSite.write("""
                -- content/index.md --
                ---
                ---
                x
                """);
        var project = new dev.hyde.config.ProjectLayout(root);
        var config = dev.hyde.config.ConfigLoader.load(project, TestSite.TIME, new Diagnostics());
        DiagnosticException e = org.junit.jupiter.api.Assertions.assertThrows(DiagnosticException.class,
                () -> dev.hyde.source.SourceScanner.scanFile(project, config, false, root.resolve("content/gone.md"), w -> { }));
        assertEquals("File vanished while the site was being built", e.diagnostic().title());
        assertEquals("content/gone.md", e.diagnostic().file());
    }
}
