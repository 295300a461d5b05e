package dev.hyde.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where kramdown reads blocks differently from CommonMark, pages render as kramdown renders them. */
class KramdownBlocksTest {
    private final MarkdownRenderer markdown = new MarkdownRenderer(false);

    private Document render(String text) {
        return Jsoup.parseBodyFragment(markdown.render(text));
    }

    @Test
    void htmlBlockRunsToItsEndTagAcrossBlankAndIndentedLines() {
        Document html = render("""
                Intro.

                <table>
                  <tbody>

                    <tr>
                      <td>If you have <a href="/bugs/">bugs</a>.</td>
                    </tr>
                  </tbody>
                </table>
                After *the* table.
                """);
        assertEquals("bugs", html.expectFirst("table td a").text());
        assertTrue(html.select("pre, code").isEmpty(), "no indented code block: " + html.body().html());
        assertEquals("the", html.expectFirst("p em").text());
    }

    @Test
    void tagNamesWithAColonStayHtml() {
        Document html = render("<gcse:searchresults-only></gcse:searchresults-only>\n\nText\n");
        assertFalse(html.text().contains("gcse"), html.body().html());
    }

    @Test
    void anAngleBracketThatStartsNoTagIsTextInsideAnHtmlBlock() {
        Document html = render("""
                <div>
                <pre>
                map<string, string> labels = 3;
                </pre>
                </div>
                """);
        assertEquals("map<string, string> labels = 3;", html.expectFirst("pre").text());
    }

    @Test
    void scriptContentIsLeftAlone() {
        String out = markdown.render("<div>\n<script>if (a < b) { go(); }</script>\n</div>\n");
        assertTrue(out.contains("if (a < b)"), out);
    }

    @Test
    void aOneCellSeparatorLineStillMakesATable() {
        Document html = render("""
                |Operator |Description |Example
                |------------------------------------
                |`==` |Equals |`a == b`
                """);
        assertEquals(List.of("Operator", "Description", "Example"), html.select("th").eachText());
        assertEquals(List.of("==", "Equals", "a == b"), html.select("td").eachText());
    }

    @Test
    void pipesInsideCodeSpansDoNotSplitCells() {
        Document html = render("""
                |Op |Example
                |---|---
                |`||` |`a || b`
                """);
        assertEquals(List.of("||", "a || b"), html.select("td").eachText());
    }

    @Test
    void pipesInsideCodeSpansDoNotSplitCellsOfATableWithoutOuterPipes() {
        // Jekyll 4.3.1: <td><code ...>a|b</code></td> <td>c | d</td>
        Document html = render("""
                A | B
                --|--
                `a|b` | c \\| d
                """);
        assertEquals(List.of("a|b", "c | d"), html.select("td").eachText());
        // Jekyll 4.3.1: <h2 id="a--b">a | b</h2>
        assertEquals("a | b", render("a | b\n---\n").expectFirst("h2").text());
    }

    @Test
    void rowsWithMoreCellsThanTheHeaderAddColumns() {
        Document html = render("""
                |Do | Don't
                |---|---
                |a | b |c | d
                """);
        assertEquals(List.of("a", "b", "c", "d"), html.select("td").eachText());
    }

    @Test
    void aLoneBacktickBetweenSpacesIsText() {
        Document html = render("the line `    key: value` is set\n");
        assertTrue(html.select("code").isEmpty(), html.body().html());
        assertEquals("the line `    key: value` is set".replaceAll("\\s+", " "), html.text());
        assertEquals("x", render("a `x` b\n").expectFirst("code").text());
    }

    @Test
    void bareUrlsAreTextAsInKramdownButLinksInHydeProjects() {
        assertTrue(render("see https://example.com/x now\n").select("a").isEmpty());
        Document linked = Jsoup.parseBodyFragment(new MarkdownRenderer().render("see https://example.com/x now\n"));
        assertEquals("https://example.com/x", linked.expectFirst("a").attr("href"));
    }

    @Test
    void anHtmlBlockThatCommonMarkReadsAsCodeShowsAsCode() {
        // the second fence is outside the list item for CommonMark and opens a code block that
        // runs to the end, over the HTML block
        for (MarkdownRenderer renderer : List.of(markdown, new MarkdownRenderer(true))) {
            String out = renderer.render("- ~~~\n~~~\n\n<div>x</div>\n");
            assertFalse(out.contains("HYDEHTMLBLOCK"), out);
            assertEquals("<div>x</div>", Jsoup.parseBodyFragment(out).select("pre").last().text().strip());
        }
    }

    @Test
    void anHtmlBlockIsNeitherADefinitionTermNorAListItemsBareText() {
        Document html = render("<div>x</div>\n\n: y\n");
        assertTrue(html.select("dl").isEmpty(), html.body().html());
        assertEquals("x", html.expectFirst("div").text());
    }

    @Test
    void spanContentOfAnElementWithMarkdownSpanIsReadAsSpanMarkdown() {
        Document html = render("""
                Before.

                <div markdown="span" class="alert"><b>Note:</b> Check out [Google's guide](http://g.com) for "JSON"

                in \\_includes.</div>
                """);
        org.jsoup.nodes.Element alert = html.expectFirst("div.alert");
        assertEquals("http://g.com", alert.expectFirst("a").attr("href"));
        assertEquals("Note: Check out Google\u2019s guide for \u201cJSON\u201d in _includes.", alert.text());
        assertFalse(alert.hasAttr("markdown"), alert.outerHtml());
    }

    @Test
    void aCellWithMarkdownSpanInsideARawTableResolvesThePagesReferences() {
        Document html = render("""
                **Result:**
                <table>
                <tr>
                <td markdown="span">First **fields**, see [some link][tags].</td>
                <td>raw **b**</td>
                </tr>
                </table>

                [tags]: tags.html
                """);
        assertEquals("fields", html.expectFirst("td strong").text());
        assertEquals("tags.html", html.expectFirst("td a").attr("href"));
        assertEquals("raw **b**", html.select("td").get(1).text());
        assertEquals("Result:", html.expectFirst("p strong").text());
    }

    @Test
    void anElementWithMarkdownOneNestedInRawHtmlHasItsLinesReadAsBlocks() {
        Document html = render("""
                <div class="tab-content">
                <div id="profile" markdown="1">
                ## Profile

                * one
                </div>
                <p>raw *x*</p>
                </div>
                After.
                """);
        assertEquals("Profile", html.expectFirst("div.tab-content > div#profile > h2").text());
        assertEquals("one", html.expectFirst("div#profile li").text());
        assertEquals("raw *x*", html.expectFirst("div.tab-content > p").text());
        assertEquals("After.", html.select("body > p").last().text());
    }

    @Test
    void anUnclosedQuoteOrAStrayEndTagInRawHtmlIsText() {
        Document html = render("""
                <div class="note">
                  <p>
                    the <a href="/docs/configuration/>Site Source</a>
                    value.
                  </p>
                </div>

                <div class="x">
                </div>
                """);
        assertTrue(html.select("div.note a").isEmpty(), html.body().html());
        assertEquals("the <a href=\"/docs/configuration/>Site Source</a> value.", html.expectFirst("div.note p").text());
    }

    @Test
    void linesWithPipesBetweenBlankLinesAreATableWithoutHeader() {
        Document html = render("""
                Intro.

                The outer pipes (|) are optional.
                second | row | three

                After.

                a | b
                no pipe here

                Use `a|b` here.
                """);
        assertTrue(html.select("thead, th").isEmpty(), html.body().html());
        assertEquals(List.of("The outer pipes (", ") are optional.", "", "second", "row", "three"),
                html.select("table tbody td").stream().map(org.jsoup.nodes.Element::text).toList());
        assertEquals(List.of("Intro.", "After.", "a | b no pipe here", "Use a|b here."), html.select("p").eachText());
    }

    @Test
    void pipesInsideAnHtmlBlockMakeNoTable() {
        Document html = render("""
                <div class="raw">

                a | b

                </div>

                x | y
                """);
        assertEquals("a | b", html.expectFirst("div.raw").text());
        assertEquals(List.of("x", "y"), html.select("table td").eachText());
    }

    @Test
    void aSetextUnderlineMakesAHeadingOnlyUnderOneLineAfterABlockBoundary() {
        Document html = render("""
                para
                Setext
                ------

                Title
                =====

                [b]: http://y
                Not a heading
                -------------

                abc
                ***
                """);
        assertEquals(List.of("Title"), html.select("h1, h2").eachText());
        assertEquals(List.of("para Setext \u2014\u2014", "Not a heading \u2014\u2014\u2014\u2014-",
                "abc ***"), html.select("p").eachText());
        assertTrue(html.select("hr").isEmpty(), html.body().html());
    }

    @Test
    void anHtmlBlockAtAListItemsContentColumnIsReadAsKramdownReadsIt() {
        Document html = render("""
                ```
                1.  Inside a fence.

                    ```js
                    <div markdown="span">not *html*</div>
                    ```
                ```

                1.  Continuing the list

                    <div markdown="span" class="alert">If you have "quotes", *escape* them.</div>

                    * first item

                        <div markdown="span" class="nested">Nested *em*</div>

                Para.

                    <div markdown="span">code</div>
                """);
        assertEquals("If you have \u201cquotes\u201d, escape them.", html.expectFirst("ol > li > div.alert").text());
        assertEquals("em", html.expectFirst("ol li ul li div.nested em").text());
        assertEquals(List.of("1.  Inside a fence.\n\n    ```js\n    <div markdown=\"span\">not *html*</div>\n    ```",
                "<div markdown=\"span\">code</div>"), html.select("pre code").eachText().stream()
                .map(String::strip).toList());
    }

    @Test
    void anEndTagThatClosesNothingIsTextInSpansAndInAPreBlock() {
        Document html = render("""
                Here:

                <a target="_blank" href=pdf/x.pdf"><button type="button">PDF Download</button></a>

                <pre>
                <button data-target="<span class="red">#m3</span>">Publish</button>
                </pre>
                """);
        assertEquals("<a target=\u201d_blank\u201d href=pdf/x.pdf\u201d> PDF Download </a>",
                html.select("p").get(1).text());
        assertEquals("PDF Download", html.expectFirst("p button").text());
        assertEquals("<button data-target=\"#m3\">Publish</button>", html.expectFirst("pre").text());
        assertEquals("#m3", html.expectFirst("pre span.red").text());
        assertTrue(html.select("pre button").isEmpty(), html.body().html());
    }

    @Test
    void anIndentedCodeBlockTakesALazyLineButAFencedOneInAListItemDoesNot() {
        Document html = render("""
                Para.

                    code line
                Next text

                Notes:
                  * item

                    ```ruby
                    def x
                      1
                    end
                    ```
                  * second
                """);
        assertEquals(List.of("code line Next text", "def x\n  1\nend"),
                html.select("pre code").eachText().stream().map(String::strip).toList());
        assertEquals(List.of("Para.", "Notes:"), html.select("body > p").eachText());
        assertEquals(2, html.select("ul > li").size());
    }

    @Test
    void aListItemTakesLazyLinesIntoACodeFenceItHolds() {
        Document html = render("""
                1. First.

                   Each file needs only this:

                   ```liquid
                ---
                title: "Pages"
                ---
                   ```

                2. Second.
                """);
        assertEquals("---\ntitle: \"Pages\"\n---", html.expectFirst("ol > li pre code").wholeText().strip());
        assertEquals(2, html.select("ol > li").size());
        assertTrue(html.select("hr, h2").isEmpty(), html.body().html());
    }

    @Test
    void aBlockLevelTagInAParagraphIsText() {
        Document html = render("a <div>x</div> b <p>y</p> and <span>z</span> <hr> <td>q</td>\n");
        assertEquals("a <div>x</div> b <p>y</p> and z <hr> <td>q</td>", html.expectFirst("p").text());
        assertEquals("z", html.expectFirst("p > span").text());
        assertTrue(html.select("p div, hr, td").isEmpty(), html.body().html());
    }

    @Test
    void aMarkdownAttributeIsDroppedAlsoWhereTheContentStaysRaw() {
        Document html = render("""
                <div class="a" markdown="0">
                *raw*
                </div>

                <table markdown="1">
                <tr><td>x</td></tr>
                </table>
                """);
        assertEquals("*raw*", html.expectFirst("div.a").text());
        assertEquals("x", html.expectFirst("table td").text());
        assertTrue(html.select("[markdown]").isEmpty(), html.body().html());
    }
}
