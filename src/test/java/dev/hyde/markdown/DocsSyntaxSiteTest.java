package dev.hyde.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import dev.hyde.TestSite;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticFormatter;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The Markdown warnings reach the build's report, at the page's file and line. */
class DocsSyntaxSiteTest {

    @Test
    void warningsNameThePageAndItsLine() {
        TestSite site = TestSite.build("""
                -- content/guide.md --
                ---
                title: Guide
                ---
                {% assign x = 1 %}
                > [!DANGER]
                > Hot

                ```java {a-b}
                int x;
                ```

                ```java {9}
                int y;
                ```

                ```bash tab="Maven"
                mvn
                ```

                > [!TIP]
                > Fine
                """);
        List<Diagnostic> warnings = site.result().warnings();
        assertEquals(4, warnings.size(), () -> DiagnosticFormatter.formatAll(warnings));
        assertEquals(List.of("content/guide.md"), warnings.stream().map(Diagnostic::file).distinct().toList());
        assertEquals(List.of(5, 8, 12, 16), warnings.stream().map(Diagnostic::line).toList());
        assertEquals(List.of("Unknown alert type: [!DANGER]", "Invalid line range to highlight: a-b",
                        "Invalid line range to highlight: 9", "Tab group with a single tab: Maven"),
                warnings.stream().map(Diagnostic::title).toList());
        assertTrue(warnings.get(0).detail().contains("[!NOTE], [!TIP], [!IMPORTANT], [!WARNING] and [!CAUTION]"));
        assertTrue(warnings.stream().noneMatch(w -> w.hint().isEmpty()));

        Document page = site.html("guide/index.html");
        assertEquals("Fine", page.expectFirst("div.admonition.tip > p:not(.admonition-title)").text());
        assertEquals("Maven", page.expectFirst("div.code-block > div.code-title").text());
    }
}
