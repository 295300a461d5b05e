package dev.hyde.diag;

import dev.hyde.TestSite;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A diagnostic's title stays one readable line, whatever user text it quotes. */
class DiagnosticTitleTest {

    @Test
    void anIncludeNameWithLineBreaksIsShownOnOneLine() {
        List<Diagnostic> errors = TestSite.buildExpectingErrors("""
                -- content/page.md --
                ---
                title: Page
                ---
                {% capture f %}note.html
                  line two{% endcapture %}
                {% include {{ f }} %}
                """);
        assertEquals(1, errors.size(), () -> DiagnosticFormatter.formatAll(errors));
        Diagnostic e = errors.get(0);
        assertEquals("Include not found: note.html\\n  line two", e.title());
        assertEquals(6, e.line());
    }

    @Test
    void controlCharactersAreEscapedAndLongTitlesCut() {
        Diagnostic d = Diagnostic.error("a\tb\u0001" + "x".repeat(500)).build();
        assertFalse(d.title().chars().anyMatch(c -> c < 0x20), d.title());
        assertTrue(d.title().startsWith("a\\tb\\u0001x"), d.title());
        assertEquals(200, d.title().length());
    }
}
