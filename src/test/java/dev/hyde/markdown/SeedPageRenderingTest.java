package dev.hyde.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real page of the Istio documentation, rendered by Jekyll 4.3.1 (kramdown, GFM input): our
 * output must have the same elements, heading ids and text.
 */
class SeedPageRenderingTest {

    private static Element expected;
    private static Element actual;

    @BeforeAll
    static void render() throws IOException {
        expected = Jsoup.parseBodyFragment(resource("seed/troubleshooting.kramdown.html")).body();
        String html = new MarkdownRenderer().render(body(resource("seed/troubleshooting.md")));
        actual = Jsoup.parseBodyFragment(html).body();
    }

    /** The page body as Jekyll hands it to kramdown: front matter gone, Liquid resolved. */
    private static String body(String page) {
        int close = page.indexOf("\n---\n", 4);
        return page.substring(close + "\n---\n".length())
                .replace("{% include home.html %}\n", "")
                .replace("{{site.data.istio.version}}", "0.1");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SeedPageRenderingTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void headingIdsMatchInOrder() {
        assertEquals(ids(expected), ids(actual));
    }

    @Test
    void elementTreeMatches() {
        assertEquals(String.join("\n", tree(expected)), String.join("\n", tree(actual)));
    }

    @Test
    void blockTextMatchesInOrder() {
        assertEquals(String.join("\n", blockTexts(expected)), String.join("\n", blockTexts(actual)));
    }

    @Test
    void codeBlocksMatchExactly() {
        assertEquals(codeBlocks(expected), codeBlocks(actual));
    }

    @Test
    void wholeTextMatches() {
        assertEquals(expected.text(), actual.text());
    }

    /**
     * Admonitions, code block attributes and tabs leave a page without them as it was: the same
     * bytes as Hyde wrote before they existed (troubleshooting.hyde.html), and no warnings.
     */
    @Test
    void docsSyntaxChangesNothingOnThePage() throws IOException {
        MarkdownRenderer.Rendered rendered = new MarkdownRenderer().renderPage(body(resource("seed/troubleshooting.md")));
        assertEquals(resource("seed/troubleshooting.hyde.html"), rendered.html());
        assertEquals(List.of(), rendered.warnings());
    }

    private static List<String> ids(Element root) {
        List<String> ids = new ArrayList<>();
        for (Element heading : root.select("h1, h2, h3, h4, h5, h6")) {
            ids.add(heading.tagName() + "#" + heading.id());
        }
        return ids;
    }

    private static List<String> tree(Element root) {
        List<String> lines = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            if (element == root) {
                continue;
            }
            String depth = "  ".repeat(element.parents().size());
            lines.add(depth + element.tagName()
                    + attribute(element, "id") + attribute(element, "class") + attribute(element, "href"));
        }
        return lines;
    }

    private static String attribute(Element element, String name) {
        return element.hasAttr(name) ? " " + name + "=" + element.attr(name) : "";
    }

    private static List<String> blockTexts(Element root) {
        List<String> texts = new ArrayList<>();
        for (Element block : root.select("h1, h2, h3, h4, h5, h6, p, li, pre")) {
            String text = block.tagName().equals("pre") ? block.wholeText() : block.text();
            texts.add(block.tagName() + ": " + text);
        }
        return texts;
    }

    private static List<String> codeBlocks(Element root) {
        List<String> blocks = new ArrayList<>();
        for (Element code : root.select("pre > code")) {
            blocks.add(code.className() + "\n" + code.wholeText());
        }
        return blocks;
    }
}
