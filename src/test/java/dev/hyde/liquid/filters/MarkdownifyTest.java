package dev.hyde.liquid.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

class MarkdownifyTest {

    private final Templates templates = Templates.withMarkdown(
            text -> HtmlRenderer.builder().build().render(Parser.builder().build().parse(text)));

    @Test
    void rendersMarkdown() {
        assertEquals("<p>something <strong>really</strong> simple</p>\n",
                templates.render("{{ 'something **really** simple' | markdownify }}"));
    }

    @Test
    void rendersNumbersAsText() {
        assertEquals("<p>404</p>\n", templates.render("{{ 404 | markdownify }}"));
    }

    @Test
    void nilRendersEmptyText() {
        assertEquals("", templates.render("{{ nothing | markdownify }}"));
    }
}
