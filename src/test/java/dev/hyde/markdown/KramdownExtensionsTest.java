package dev.hyde.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** Kramdown syntax beyond GFM: attribute lists, header ids, the table of contents, extensions. */
class KramdownExtensionsTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    private static Element render(String markdown) {
        return Jsoup.parseBodyFragment(RENDERER.render(markdown)).body();
    }

    private static Element first(Element root, String selector) {
        Element element = root.selectFirst(selector);
        assertNotNull(element, () -> selector + " in " + root.html());
        return element;
    }

    private static List<String> headingIds(Element body) {
        List<String> ids = new ArrayList<>();
        for (Element heading : body.select("h1, h2, h3, h4, h5, h6")) {
            ids.add(heading.id());
        }
        return ids;
    }

    // --- span IALs ---

    @Test
    void spanIalAfterLinkSetsAttributesAndIsRemoved() {
        Element body = render("See [GitHub](https://github.com){: target=\"_blank\" rel='noopener'} now\n");
        Element a = first(body, "p > a");
        assertEquals("https://github.com", a.attr("href"));
        assertEquals("_blank", a.attr("target"));
        assertEquals("noopener", a.attr("rel"));
        assertEquals("GitHub", a.text());
        assertEquals("See GitHub now", first(body, "p").text());
    }

    @Test
    void spanIalAfterEmphasisStrongCodeAndImage() {
        Element p = first(render("*a*{: .e} **b**{:#s} `c`{: .k title=\"t\"} ![alt](i.png){: width=\"30\"}\n"), "p");
        assertEquals("e", first(p, "em").className());
        assertEquals("s", first(p, "strong").id());
        Element code = first(p, "code");
        assertEquals("k", code.className());
        assertEquals("t", code.attr("title"));
        assertEquals("c", code.text());
        Element img = first(p, "img");
        assertEquals("30", img.attr("width"));
        assertEquals("alt", img.attr("alt"));
        assertFalse(p.text().contains("{:"), p.html());
    }

    @Test
    void braceAfterPlainTextStaysLiteral() {
        Element p = first(render("plain text {: .x} and text{: .y}\n"), "p");
        assertEquals("plain text {: .x} and text{: .y}", p.text());
        assertTrue(p.select("[class]").isEmpty());
    }

    @Test
    void ialInsideCodeStaysLiteral() {
        Element body = render("Use `[a](b){: .x}` here\n\n```\n[a](b){: .x}\n{: .y}\n```\n");
        assertEquals("[a](b){: .x}", first(body, "p > code").text());
        Element pre = first(body, "pre");
        assertEquals("[a](b){: .x}\n{: .y}\n", first(pre, "code").wholeText());
        assertFalse(pre.hasAttr("class"));
        assertTrue(body.select("a").isEmpty());
    }

    // --- block IALs ---

    @Test
    void blockIalOnParagraphsLastLine() {
        Element p = first(render("A para\nsecond line\n{: .note #p1 data-x='v' .b}\n"), "p");
        assertEquals("note b", p.className());
        assertEquals("p1", p.id());
        assertEquals("v", p.attr("data-x"));
        assertEquals("A para second line", p.text());
    }

    @Test
    void blockIalLineEndsTheParagraph() {
        Elements paragraphs = render("one\n{: .a}\ntwo\n").select("p");
        assertEquals(List.of("one", "two"), paragraphs.eachText());
        assertEquals("a", paragraphs.get(0).className());
        assertFalse(paragraphs.get(1).hasAttr("class"));
    }

    @Test
    void blockIalOnHeadingListQuoteCodeAndTable() {
        Element body = render("""
                ## Title
                {: .h}

                - a
                - b
                {: .list}

                > quoted
                {: .quote}

                ```
                code
                ```
                {: .code}

                | x | y |
                |---|---|
                | 1 | 2 |
                {: .table}
                """);
        assertEquals("h", first(body, "h2").className());
        assertEquals("title", first(body, "h2").id());
        assertEquals("list", first(body, "ul").className());
        assertFalse(first(body, "li").hasAttr("class"));
        assertEquals("quote", first(body, "blockquote").className());
        assertFalse(first(body, "blockquote > p").hasAttr("class"));
        assertEquals("code", first(body, "pre").className());
        assertEquals("code\n", first(body, "pre > code").wholeText());
        Element table = first(body, "table");
        assertEquals("table", table.className());
        assertEquals(1, table.select("tbody > tr").size());
        assertFalse(body.text().contains("{:"), body.html());
    }

    @Test
    void ialInsideListItemAppliesToItsParagraphNotTheList() {
        Element body = render("- a\n\n  b\n  {: .inner}\n- c\n");
        assertFalse(first(body, "ul").hasAttr("class"));
        assertEquals(List.of("", "inner"), first(body, "li").select("p").stream().map(Element::className).toList());
        assertFalse(body.text().contains("{:"), body.html());
    }

    @Test
    void blockIalBeforeABlock() {
        Element body = render("First\n\n{: .before}\nSecond\n\n{: .list}\n- item\n");
        Elements paragraphs = body.select("p");
        assertEquals(List.of("First", "Second"), paragraphs.eachText());
        assertFalse(paragraphs.get(0).hasAttr("class"));
        assertEquals("before", paragraphs.get(1).className());
        assertEquals("list", first(body, "ul").className());
    }

    @Test
    void attributeListDefinitionsAreReferenced() {
        Element body = render("{:warn: .alert data-level=\"2\"}\n\nCareful\n{: warn .extra}\n");
        Element p = first(body, "p");
        assertEquals("alert extra", p.className());
        assertEquals("2", p.attr("data-level"));
        assertEquals("Careful", body.text());
    }

    // --- header ids ---

    @Test
    void headerIdsFromIalOverrideAndAreNotCounted() {
        // kramdown numbers only the ids it generates: an explicit "setup" does not count
        Element body = render("""
                # Setup {#custom}

                # Setup

                ## Setup
                {: #other}

                ## Setup

                ### Install {#setup}
                """);
        assertEquals(List.of("custom", "setup", "other", "setup-1", "setup"), headingIds(body));
        assertEquals("Setup", first(body, "h1").text());
        assertEquals("Install", first(body, "h3").text());
    }

    @Test
    void braceHashWithoutSpaceIsHeadingText() {
        Element h = first(render("## Title{#x}\n"), "h2");
        assertEquals("Title{#x}", h.text());
        assertEquals("titlex", h.id());
    }

    // --- table of contents ---

    @Test
    void tocMatchesKramdownsMarkup() {
        String html = RENDERER.render("""
                * TOC
                {:toc}

                # One

                ## Two [link](x)

                ### Three

                ## Skipped
                {: .no_toc}

                # Four {#four}
                """);
        String toc = """
                <ul id="markdown-toc">
                  <li><a href="#one" id="markdown-toc-one">One</a>    <ul>
                      <li><a href="#two-link" id="markdown-toc-two-link">Two link</a>        <ul>
                          <li><a href="#three" id="markdown-toc-three">Three</a></li>
                        </ul>
                      </li>
                    </ul>
                  </li>
                  <li><a href="#four" id="markdown-toc-four">Four</a></li>
                </ul>
                """;
        assertTrue(html.startsWith(toc), html);
        Element body = Jsoup.parseBodyFragment(html).body();
        assertEquals(1, body.select("#markdown-toc").size());
        assertEquals(List.of("one", "two-link", "three", "skipped", "four"), headingIds(body));
        assertFalse(body.text().contains("TOC"));
    }

    @Test
    void orderedTocKeepsListTypeAndAttributes() {
        Element body = render("1. TOC\n{:toc .side}\n\n## A\n\n## B\n\n* TOC\n{:toc}\n");
        Element toc = first(body, "ol");
        assertEquals("markdown-toc", toc.id());
        assertEquals("side", toc.className());
        assertEquals(List.of("#a", "#b"), toc.select("a").eachAttr("href"));
        // only the first marked list becomes the table of contents
        assertEquals("TOC", first(body, "ul > li").text());
    }

    @Test
    void tocMarkerInsideCodeIsNotAToc() {
        Element body = render("```\n* TOC\n{:toc}\n```\n\n# A\n");
        assertTrue(body.select("#markdown-toc").isEmpty());
        assertEquals("* TOC\n{:toc}\n", first(body, "pre > code").wholeText());
    }

    // --- extensions ---

    @Test
    void commentBecomesAnHtmlCommentAndNomarkdownPassesThrough() {
        Element body = render("""
                {::comment}
                hidden *text*

                more
                {:/comment}

                {::nomarkdown}
                <div class="raw">*not markdown*</div>
                {:/nomarkdown}

                Inline {::comment}gone{:/comment}kept and {::nomarkdown}<b>*x*</b>{:/}.
                """);
        assertFalse(body.text().contains("hidden"), body.html());
        assertTrue(body.childNodes().stream().anyMatch(n -> n instanceof Comment c
                && c.getData().equals(" hidden *text*\n\nmore ")), body.html());
        assertEquals("*not markdown*", first(body, "div.raw").text());
        Element p = first(body, "p");
        assertEquals("Inline kept and *x*.", p.text());
        assertEquals("*x*", first(p, "b").text());
    }

    @Test
    void extensionWithoutStopTagStaysText() {
        Element body = render("{::comment}\nnever closed\n\n# Head\n\ntext {::comment} open\n");
        assertEquals(List.of("{::comment} never closed", "text {::comment} open"), body.select("p").eachText());
        assertEquals("head", first(body, "h1").id());
    }

    // --- attribute values and names ---

    @Test
    void attributeValuesAreEscapedAndInvalidNamesDropped() {
        String html = RENDERER.render("[a](u){: title='x < y & \"z\"' 1bad=\"v\" data-ok=\"1\"}\n");
        assertTrue(html.contains("title=\"x &lt; y &amp; &quot;z&quot;\""), html);
        assertFalse(html.contains("1bad"), html);
        Element a = first(Jsoup.parseBodyFragment(html).body(), "a");
        assertEquals("x < y & \"z\"", a.attr("title"));
        assertEquals("1", a.attr("data-ok"));
    }
}
