package dev.hyde.diag;

import dev.hyde.TestSite;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nesting far deeper than any real document (10,000 levels) ends in an error at the page's line,
 * never in a stack overflow; the other pages of the site are still built and checked.
 */
class DeepNestingTest {
    private static final int DEEP = 10_000;

    record Case(String name, String body, String title, int line) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        String nestedLists = IntStream.range(0, 1_000).mapToObj(i -> " ".repeat(2 * i) + "- item " + i)
                .collect(Collectors.joining("\n"));
        return Stream.of(
                new Case("block quotes on one line", ">".repeat(DEEP) + " text\n", "Markdown nested too deeply", 8),
                new Case("list items on one line", "- ".repeat(DEEP) + "item\n", "Markdown nested too deeply", 8),
                new Case("list items one per line", nestedLists + "\n", "Markdown nested too deeply", 8 + 499),
                new Case("quotes and lists mixed", "> - ".repeat(DEEP) + "item\n", "Markdown nested too deeply", 8),
                new Case("nested strong emphasis", "**a ".repeat(DEEP) + "x" + " b**".repeat(DEEP) + "\n",
                        "Markdown nested too deeply", 8),
                new Case("brackets around a link", "[".repeat(DEEP) + "x" + "](u)".repeat(DEEP) + "\n",
                        "Markdown nested too deeply", 8),
                new Case("nested images", "![".repeat(DEEP) + "x" + "](u)".repeat(DEEP) + "\n",
                        "Markdown nested too deeply", 8),
                new Case("Liquid if blocks", "{% if true %}".repeat(DEEP) + "x" + "{% endif %}".repeat(DEEP) + "\n",
                        "Liquid nested too deeply", 8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsThePageAndLine(Case c) {
        List<Diagnostic> errors = TestSite.buildExpectingErrors("""
                -- templates/default.ftlh --
                <html><body><main>${content?no_esc}</main></body></html>
                -- content/index.md --
                Home
                -- content/deep.md --
                ---
                title: Deep
                ---
                Some text.

                Above the deep part.

                """ + c.body());
        assertEquals(1, errors.size(), () -> "one error: " + errors);
        Diagnostic error = errors.get(0);
        assertEquals(c.title(), error.title());
        assertEquals("content/deep.md", error.file());
        assertEquals(c.line(), error.line());
        assertTrue(!error.hint().isEmpty(), "has a hint");
    }

    record Rendered(String name, String body, String selector, int count) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Deep input that is fine to render, and nesting just within the limits. */
    static Stream<Rendered> rendered() {
        String nestedLists = IntStream.range(0, 300).mapToObj(i -> " ".repeat(2 * i) + "- item " + i)
                .collect(Collectors.joining("\n"));
        return Stream.of(
                new Rendered("mixed emphasis marks", "*_".repeat(DEEP) + "x" + "_*".repeat(DEEP) + "\n", "main > p", 2),
                new Rendered("HTML block", "<div>\n" + "<div>".repeat(DEEP) + "x" + "</div>".repeat(DEEP)
                        + "\n</div>\n", "main div", DEEP + 1),
                new Rendered("400 levels of emphasis", "**a ".repeat(400) + "x" + " b**".repeat(400) + "\n",
                        "main strong", 400),
                new Rendered("400 block quotes", ">".repeat(400) + " text\n", "main blockquote", 400),
                new Rendered("300 list levels", nestedLists + "\n", "main li", 300),
                new Rendered("100 Liquid if blocks", "{% if true %}".repeat(100) + "*x*" + "{% endif %}".repeat(100)
                        + "\n", "main em", 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rendered")
    void rendersWhatIsWithinTheLimits(Rendered c) {
        TestSite site = TestSite.build("""
                -- templates/default.ftlh --
                <html><body><main>${content?no_esc}</main></body></html>
                -- content/deep.md --
                ---
                title: Deep
                ---
                Above the deep part.

                """ + c.body());
        assertEquals(c.count(), site.html("deep/index.html").select(c.selector()).size());
        assertFalse(site.result().diagnostics().stream().anyMatch(Diagnostic::isError));
    }
}
