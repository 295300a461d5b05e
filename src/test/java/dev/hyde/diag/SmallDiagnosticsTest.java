package dev.hyde.diag;

import dev.hyde.TestSite;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Careless input the earlier checks let through or described in the wrong words. */
class SmallDiagnosticsTest {
    private static Diagnostic onlyError(String files) {
        List<Diagnostic> errors = TestSite.buildExpectingErrors(files);
        assertEquals(1, errors.size(), () -> DiagnosticFormatter.formatAll(errors));
        Diagnostic e = errors.get(0);
        assertFalse(e.hint().isEmpty(), e::toString);
        return e;
    }

    @Test
    void aDeeplyNestedJsonDataFileIsCalledJson() {
        Diagnostic e = onlyError("""
                -- content/index.md --
                Hi
                -- _data/deep.json --
                """ + "[".repeat(150) + "]".repeat(150) + "\n");
        assertEquals("JSON nested too deeply", e.title());
        assertEquals("_data/deep.json", e.file());
        assertEquals(1, e.line());
        Diagnostic huge = onlyError("""
                -- content/index.md --
                Hi
                -- _data/deep.json --
                {"a":""" + "[".repeat(100_000) + "]".repeat(100_000) + "}\n");
        assertEquals("JSON nested too deeply", huge.title());
        assertEquals(1, huge.line());

        Diagnostic broken = onlyError("""
                -- content/index.md --
                Hi
                -- _data/broken.json --
                {"a": 1,
                 "b": [1, 2}
                """);
        assertEquals("Malformed JSON", broken.title());
        assertEquals("_data/broken.json", broken.file());
        assertEquals(2, broken.line());
    }

    @Test
    void aFloatBeyondAnyNumberIsAnErrorNotInfinity() {
        Diagnostic data = onlyError("""
                -- content/index.md --
                Hi
                -- _data/sizes.yml --
                small: 1.5
                big: 1e999999999
                """);
        assertEquals("Number too large: 1e999999999", data.title());
        assertEquals("_data/sizes.yml", data.file());
        assertEquals(2, data.line());
        assertEquals(6, data.column());

        Diagnostic page = onlyError("""
                -- content/index.md --
                ---
                title: Home
                weight: -1.0e999999
                ---
                Hi
                """);
        assertEquals("Number too large: -1.0e999999", page.title());
        assertEquals("content/index.md", page.file());
        assertEquals(3, page.line());

        TestSite quoted = TestSite.build("""
                -- content/index.md --
                ---
                title: Home
                weight: '1e999999999'
                limit: .inf
                ---
                {{ page.weight }} {{ page.limit }}
                """);
        assertTrue(quoted.html("index.html").text().contains("1e999999999"));
    }

    @Test
    void aTitleThatIsAMapIsAnError() {
        Diagnostic e = onlyError("""
                -- content/index.md --
                ---
                layout: default
                title: {a: b}
                ---
                Hi
                """);
        assertEquals("Front matter 'title' must be text", e.title());
        assertEquals("content/index.md", e.file());
        assertEquals(3, e.line());
        assertEquals("Found a map.", e.detail());
    }

    @Test
    void aDateThatIsNoDateIsAnErrorWithTheFormsAccepted() {
        Diagnostic e = onlyError("""
                -- content/news.md --
                ---
                title: News
                date: not a date
                ---
                Hi
                """);
        assertEquals("Front matter 'date' is not a date", e.title());
        assertEquals("content/news.md", e.file());
        assertEquals(3, e.line());
        assertEquals("Found 'not a date'.", e.detail());
        assertTrue(e.hint().contains("2017-07-11 15:29:34 -0700"), e.hint());

        Diagnostic post = onlyError("""
                -- _config.yml --
                title: J
                -- _posts/2017-07-11-hello.md --
                ---
                date: someday
                ---
                Hi
                """);
        assertEquals("_posts/2017-07-11-hello.md", post.file());
        assertEquals(2, post.line());

        TestSite.build("""
                -- content/news.md --
                ---
                title: News
                date: 2017-07-11 15:29:34 -0700
                ---
                Hi
                """);
    }

    @Test
    void aFilterGivenTextForANumberSaysSo() {
        Diagnostic e = onlyError("""
                -- content/index.md --
                ---
                title: Home
                ---
                Fine {{ 'abc' | upcase }}
                Cut {{ 'abcdef' | truncate: 'x' }}
                """);
        assertEquals("Liquid filter 'truncate' needs a number", e.title());
        assertEquals("content/index.md", e.file());
        assertEquals(5, e.line());
        assertEquals("Its argument 'x' is not a number.", e.detail());
        assertFalse(e.detail().contains("For input string"), e.detail());

        Diagnostic inTag = onlyError("""
                -- content/index.md --
                ---
                title: Home
                ---
                {% assign n = 'abc' | truncatewords: 'many' %}{{ n }}
                """);
        assertEquals("Liquid filter 'truncatewords' needs a number", inTag.title());
        assertEquals(4, inTag.line());
        assertEquals("Its argument 'many' is not a number.", inTag.detail());
    }

    @Test
    void aControlCharacterInAnIncludeNameIsNamed() {
        Diagnostic nul = onlyError("""
                -- content/index.md --
                ---
                title: Home
                inc: "note\\0.html"
                ---
                Text
                {% include {{ page.inc }} %}
                -- templates/_includes/note.html --
                note
                """);
        assertEquals("Include name has a control character", nul.title());
        assertEquals("content/index.md", nul.file());
        assertEquals(6, nul.line());
        assertEquals("The name 'note\\u0000.html' holds character U+0000 at position 5.", nul.detail());
        assertFalse(nul.detail().contains("Nul character not allowed"), nul.detail());

        Diagnostic tab = onlyError("""
                -- content/index.md --
                ---
                title: Home
                ---
                {% capture inc %}note
                .html{% endcapture %}{% include {{ inc }} %}
                -- templates/_includes/note.html --
                note
                """);
        assertEquals("Include name has a control character", tab.title());
        assertEquals(5, tab.line());
        assertTrue(tab.detail().contains("U+000A"), tab.detail());
    }
}
