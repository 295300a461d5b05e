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
        // The name itself is refused (a file name holds no line break); the title stays one line.
        assertEquals("Include name has a control character", e.title());
        assertEquals(6, e.line());
        assertTrue(e.detail().contains("'note.html\\u000a  line two'"), e.detail());
    }

    @Test
    void controlCharactersAreEscapedAndLongTitlesCut() {
        Diagnostic d = Diagnostic.error("a\tb\u0001" + "x".repeat(500)).build();
        assertFalse(d.title().chars().anyMatch(c -> c < 0x20), d.title());
        assertTrue(d.title().startsWith("a\\tb\\u0001x"), d.title());
        assertEquals(200, d.title().length());
    }
}
