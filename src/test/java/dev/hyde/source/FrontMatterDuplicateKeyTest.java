package dev.hyde.source;

import dev.hyde.TestSite;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticFormatter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A key set twice in front matter is a warning, once per file, at the line of the repeat; the last value wins. */
class FrontMatterDuplicateKeyTest {
    @Test
    void aPageAndALayoutWithARepeatedKeyWarnOncePerFile() {
        TestSite site = TestSite.build("""
                -- content/index.md --
                ---
                title: First
                layout: page
                title: Second
                tags: a
                tags: b
                ---
                Hello
                -- templates/page.ftlh --
                ---
                layout: default
                layout: default
                ---
                <h1>${page.title}</h1>${content?no_esc}
                -- templates/default.ftlh --
                <main>${content?no_esc}</main>
                """);
        List<Diagnostic> warnings = site.result().diagnostics().stream()
                .filter(d -> d.title().startsWith("Duplicate YAML key")).toList();
        assertEquals(2, warnings.size(), () -> DiagnosticFormatter.formatAll(site.result().diagnostics()));

        Diagnostic page = warnings.stream().filter(d -> d.file().equals("content/index.md")).findFirst().orElseThrow();
        assertEquals("Duplicate YAML key: title (and 1 more)", page.title());
        assertEquals(4, page.line());
        assertTrue(page.detail().contains("'title' is already set at line 2"), page.detail());
        assertTrue(page.detail().contains("tags (line 6)"), page.detail());

        Diagnostic layout = warnings.stream().filter(d -> d.file().equals("templates/page.ftlh")).findFirst()
                .orElseThrow();
        assertEquals("Duplicate YAML key: layout", layout.title());
        assertEquals(3, layout.line());
        assertTrue(layout.detail().contains("already set at line 2"), layout.detail());

        assertEquals("Second", site.html("index.html").select("h1").text(), "the last value wins, as in Jekyll");
    }

    @Test
    void aJekyllPageWarnsToo() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                title: J
                -- about.md --
                ---
                title: A
                title: B
                ---
                Hi
                """);
        List<Diagnostic> warnings = site.result().diagnostics().stream()
                .filter(d -> d.title().startsWith("Duplicate YAML key")).toList();
        assertEquals(1, warnings.size(), () -> DiagnosticFormatter.formatAll(site.result().diagnostics()));
        assertEquals("about.md", warnings.get(0).file());
        assertEquals(3, warnings.get(0).line());
    }
}
