package dev.hyde.config;

import dev.hyde.TestSite;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticFormatter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A baseurl that would send every asset request to another host is refused where it is written. */
class BaseurlTest {

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "\"//evil.example/docs\"", "https://evil.example", "javascript:alert(1)",
            "\"\\\\\\\\evil.example\"", "/docs/../..", "\"/docs?x=1\"", "\"/do cs\""})
    void aBaseurlThatIsNotAPathIsAnErrorAtItsLine(String value) {
        List<Diagnostic> errors = TestSite.buildExpectingErrors("""
                -- _config.yml --
                title: Docs
                # the path the site is served under
                baseurl: %s
                -- content/index.md --
                ---
                title: Home
                ---
                Hi
                """.formatted(value));
        assertEquals(1, errors.size(), () -> DiagnosticFormatter.formatAll(errors));
        Diagnostic e = errors.get(0);
        assertEquals("Unsafe baseurl", e.title());
        assertEquals("_config.yml", e.file());
        assertEquals(3, e.line());
        assertEquals(1, e.column());
        assertTrue(e.hint().contains("'url'"), e.hint());
    }

    @Test
    void aJekyllSiteKeepsItsBaseurlWithAWarning() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                baseurl: //cdn.example
                -- _layouts/default.html --
                <a href="{{ '/x/' | relative_url }}">x</a>
                -- index.md --
                ---
                layout: default
                ---
                Hi
                """);
        List<Diagnostic> warnings = site.result().diagnostics().stream().filter(d -> !d.isError()).toList();
        assertEquals(1, warnings.size(), warnings::toString);
        assertEquals("Suspicious baseurl", warnings.get(0).title());
        assertEquals(1, warnings.get(0).line());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/docs", "docs/", "/", "\"\"", "/v1.2/docs", "/~team/docs"})
    void aPathIsAccepted(String value) {
        TestSite site = TestSite.build("""
                -- _config.yml --
                baseurl: %s
                -- content/index.md --
                ---
                title: Home
                ---
                [link](/guide/)
                """.formatted(value));
        String href = site.html("index.html").expectFirst(".doc-body a").attr("href");
        assertTrue(href.endsWith("/guide/") && !href.startsWith("//"), href);
    }

    @Test
    void theLayerThatSetsTheBaseurlIsNamed() {
        java.nio.file.Path root = TestSite.write("""
                -- _config.yml --
                title: Docs
                baseurl: /docs
                -- local.yml --
                title: Local

                baseurl: //evil.example
                -- content/index.md --
                ---
                title: Home
                ---
                Hi
                """);
        dev.hyde.pipeline.BuildResult result = dev.hyde.Hyde.build(dev.hyde.pipeline.BuildOptions.of(root)
                .withTime(TestSite.TIME)
                .withConfigFiles(List.of(root.resolve("_config.yml"), root.resolve("local.yml"))));
        assertEquals(1, result.errors().size(), () -> DiagnosticFormatter.formatAll(result.diagnostics()));
        assertEquals("local.yml", result.errors().get(0).file());
        assertEquals(3, result.errors().get(0).line());
    }
}
