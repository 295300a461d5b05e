package dev.hyde.diag;

import dev.hyde.TestSite;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One broken Liquid tag is reported as itself, never swallowed into the tag before it. */
class TagDelimitingTest {

    private static final String INCLUDE = """
            -- templates/_includes/home.html --
            <p>home</p>
            """;

    private static Diagnostic onlyError(String page) {
        List<Diagnostic> errors = TestSite.buildExpectingErrors(INCLUDE + "-- content/troubleshooting.md --\n" + page);
        assertEquals(1, errors.size(), () -> DiagnosticFormatter.formatAll(errors));
        Diagnostic error = errors.get(0);
        assertEquals("content/troubleshooting.md", error.file());
        assertTrue(!error.detail().contains("Include not found") && !error.title().contains("Include"),
                () -> "the include is fine: " + error);
        return error;
    }

    private static String page(String brokenLine) {
        return """
                ---
                title: Troubleshooting
                ---
                # Troubleshooting

                Some text that is long enough to be a run of plain text for the parser.
                {% include home.html %}

                More text that is long enough to be a run of plain text for the parser.

                """ + brokenLine + """

                The rest of the page, long enough to be a run of plain text for the parser.
                """;
    }

    @Test
    void unclosedIfAfterAnIncludeNamesTheIf() {
        Diagnostic e = onlyError(page("{% if x %}"));
        assertEquals("Liquid block not closed: if", e.title());
        assertEquals(11, e.line());
    }

    @Test
    void unclosedForAfterAnIncludeNamesTheFor() {
        Diagnostic e = onlyError(page("{% for x in (1..2) %}"));
        assertEquals("Liquid block not closed: for", e.title());
        assertEquals(11, e.line());
    }

    @Test
    void unclosedCaptureAfterAnIncludeNamesTheCapture() {
        Diagnostic e = onlyError(page("{% capture x %}"));
        assertEquals("Liquid block not closed: capture", e.title());
        assertEquals(11, e.line());
    }

    @Test
    void unclosedRawAfterAnIncludeNamesTheRaw() {
        Diagnostic e = onlyError(page("{% raw %}"));
        assertEquals("Liquid block not closed: raw", e.title());
        assertEquals(11, e.line());
    }

    @Test
    void unclosedCommentAfterAnIncludeNamesTheComment() {
        Diagnostic e = onlyError(page("{% comment %}"));
        assertEquals("Liquid block not closed: comment", e.title());
        assertEquals(11, e.line());
    }

    @Test
    void tagWithoutItsEndNamesTheLineOfTheTag() {
        Diagnostic e = onlyError(page("{% if x"));
        assertEquals(11, e.line(), e::toString);
        assertTrue(e.title().contains("not closed") || e.detail().contains("%}"), e::toString);
    }

    @Test
    void outputWithoutItsEndNamesTheLineOfTheOutput() {
        Diagnostic e = onlyError(page("{{ page.title"));
        assertEquals(11, e.line(), e::toString);
        assertTrue(e.title().contains("not closed") || e.detail().contains("}}"), e::toString);
    }
}
