package dev.hyde.html;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tag reading must give what the parser gives, or decline. Each page here is read as a whole
 * page, as a body, and as a layout around a body: wherever the reading does not decline, links,
 * ids, headings, base, closedness and the mark must be the parser's, positions included.
 */
class TagScannerTest {

    private static final String MARK = "hyde-scan-mark";

    /** Bodies written to trip a reader that does not build the tree. */
    static Stream<String> bodies() {
        return Stream.of(
                "<h2 id=\"a\">A <code>b</code> &amp; <em>c</em></h2><p><a href=\"/x/#y\">x</a></p>",
                "<h2 id=a>Unquoted</h2><p><a href=/x/ id=b>x</a><a href=x/>self</a></p>",
                "<H2 ID='Up'>Upper <A HREF='/u'>case</A></H2>",
                "<h2 id=\"&amp;x\">Entity &lt;id&gt; &nbsp; spaced</h2><a href=\"/a?b=1&amp;c=2\">q</a>",
                "<h2 id=\"x\">Line\n  break\t\tand\u00a0nbsp\u200b</h2>",
                "<h2 id=\"x\">No close<h3 id=\"y\">Next</h3>",
                "<h2 id=\"x\">Mismatch</h3>",
                "<h2 id=\"x\"><p>Block</p></h2>",
                "<h2 id=\"x\">a<br>b</h2>",
                "<h2 id=\"x\">Image <img src=\"/i.png\" alt=\"i\"></h2>",
                "<div><h2 id=\"x\">Closed by div</div>",
                "<p>Para <div id=\"d\">closes it</div>",
                "<p>Para <em>open</p><p>reopened <a href=\"/r\">r</a></p>",
                "<p><a href=\"/1\">one <a href=\"/2\">two</a></p>",
                "<a href=\"/open\">never closed",
                "<ul><li><a href=\"/1\">1<li><a href=\"/2\">2</a></ul>",
                "<ul><li>1<li>2</ul><dl><dt id=\"t\">t<dd>d<dt>t2</dl>",
                "<table><tr><td><a href=\"/cell\">c</a></td></tr></table>",
                "<table><thead><tr><th id=\"h\">h</th></tr></thead><tbody><tr><td>d</td></tr></tbody></table>",
                "<table><tr><td>a</td></tr><a name=\"moved\"></a><tr><td>b</td></tr></table>",
                "<table id=\"t\"><tr><th id=\"h\">F</th></tr><a name=\"one\"></a><tr><td id=\"c\">1</td></tr>"
                        + "<A NAME=\"two\" href=\"#one\"></A><tr><td><a href=\"#two\">2</a></td></tr></table><p id=\"after\">a</p>",
                "<p id=\"dup\">first</p><table><tr><td id=\"dup\">2</td></tr><a name=\"dup\"></a></table>",
                "<table><tr><td><table><tr><td id=\"i\">i</td></tr><a name=\"inner\"></a></table></td></tr>"
                        + "<a name=\"outer\"></a></table>",
                "<table><a name=\"first\"></a><tbody><a href=\"/x\" id=\"i\"></a><tr><a name=\"r\"></a><td>x</td></tr></tbody></table>",
                "<b><table><tr><td>b</td></tr><a name=\"in-bold\"></a></table></b>",
                "<a href=\"/around\"><table><tr><td>x</td></tr><a name=\"nested\"></a></table></a>",
                "<table><tr><td>x</td></tr><a name=\"text\">text</a></table>",
                "<table><tr><td>x</td></tr><a name=\"self\"/><tr><td>y</td></tr></table>",
                "<table><tr><td>x</td></tr><a name=\"spaced\"></a ></table>",
                "<table>text moved<tr><td>x</td></tr></table>",
                "<td id=\"stray\">dropped cell</td>",
                "<!-- <a href=\"/commented\"> --><a href=\"/after\">a</a>",
                "<!--> abrupt <a href=\"/x\">x</a>",
                "<!-- a --!> <a href=\"/x\">x</a>",
                "<!-- one --><p id=\"p1\">1</p><!-- two --!> <a href=\"/x\">x</a>",
                "<!-- one --><!-- two --><p id=\"p2\">2 --!> text</p><!-- three --><a href=\"/y\">y</a>",
                "<script>var a = '<a href=\"/no\">';</script><a href=\"/yes\">y</a>",
                "<script><!-- <script> </script> --></script><a href=\"/x\">x</a>",
                "<style>a[href=\"/no\"] {}</style><textarea><a href=\"/no\"></textarea><title>t</title>",
                "<iframe src=\"/frame\"><a href=\"/no\"></iframe>",
                "<pre><code>&lt;a href=\"/no\"&gt;</code></pre><h2 id=\"p\">after pre</h2>",
                "<img src=\"/a.png\" srcset=\"/a.png 1x,\n  /a@2x.png 2x\" alt=\"<h2 id='no'>\">",
                "<p id=\"dup\" id=\"second\">dup</p><a href=\"#dup\" href=\"/second\">d</a>",
                "<svg viewBox=\"0 0 1 1\" id=\"Icon\"><use xlink:href=\"#sym\"/><path d=\"M0\"/></svg>",
                "<svg><title>T</title><a href=\"/svg-link\"><text>t</text></a></svg>",
                "<svg><p>breakout</p></svg>",
                "<h2 id=\"s\"><a class=\"anchor\" href=\"#s\"><svg><use href=\"#l\"></use></svg></a> Icon</h2>",
                "<select id=\"v\"><option value=\"/1\">1<option>2</select><a href=\"/after\">a</a>",
                "<select><optgroup label=g><option>1</optgroup></select>",
                "<select><div>dropped</div></select>",
                "<form action=\"/f\"><form action=\"/g\"></form></form>",
                "<button>one<button>two</button>",
                "<base href=\"/docs/\"><a href=\"rel\">r</a>",
                "<meta http-equiv=\"refresh\" content=\"0; url=/new/\"><link rel=\"preconnect\" href=\"https://x\">",
                "<noscript><a href=\"/ns\">n</a></noscript>",
                "<template><a href=\"/t\">t</a></template>",
                "<math><mi id=\"m\">x</mi></math>",
                "<div/><a href=\"/after-self-closed\">a</a>",
                "<my-element/><a href=\"/after-custom\">a</a>",
                "<p>a < b and <3 and </ > and <? x ?></p>",
                "<p>text</p></body><p>after body</p>",
                "<p>cr\r\nlf <a href=\"/x\">x</a></p>",
                "<a href=\"x\"id=\"glued\">g</a>",
                "<a href = \"/spaced\" >s</a><a href=>empty</a><a href>none</a>",
                "<ruby>漢<rt>kan</rt></ruby><a href=\"/ü/\">ü 💡</a>",
                "<span><div>block in span</div></span><p id=\"q\">q</p>",
                "<li>item outside a list<li>second",
                "<p><span>unclosed span</p>",
                "</p><h2 id=\"e\">stray end</h2></br>",
                "<h2 id=\"x\">stray p</p></h2>",
                "<!DOCTYPE html><a href=\"/doctype-in-body\">d</a>",
                "<meta charset=\"utf-8\"><link href=\"/first.css\" rel=\"stylesheet\"><h2 id=\"after-head\">H</h2>",
                "<div id=\"a\"><div id=\"b\"><p>deep</div></div>",
                "<h2 id=\"x\">Unclosed heading at the end");
    }

    /** Layouts the bodies are put into. */
    private static final List<String> LAYOUTS = List.of(
            "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>T</title>"
                    + "<link rel=\"stylesheet\" href=\"/s.css\"></head>\n<body id=\"top\"><nav><a href=\"/\">Home</a>"
                    + "</nav><main>%s</main><footer><a href=\"#top\">up</a></footer></body></html>",
            "<html><head><script>var x = \"</scrip\";</script></head><body><div>%s</div></body></html>",
            "<table><tr><td>%s</td></tr></table><a href=\"/t\">t</a>",
            "<p>%s</p>",
            "<select><option>%s</option></select>",
            "<!-- %s -->",
            "<svg>%s</svg>",
            "<head><base href=\"/b/\"></head><p>x</p><body>%s</body>",
            "%s");

    @ParameterizedTest
    @MethodSource("bodies")
    void readsWhatTheParserReadsOrDeclines(String body) {
        List<String> differences = new ArrayList<>();
        check("body as a page", body, differences);
        Optional<TagScanner.Reading> fragment = TagScanner.read(body, -1, MARK);
        HtmlScanner.Fragment parsed = HtmlScanner.scanFragmentWithParser(body);
        if (fragment.isPresent() && (!fragment.get().scan().equals(parsed.scan())
                || fragment.get().closed() != parsed.closed())) {
            differences.add("as a body: " + fragment.get() + " vs " + parsed);
        }
        for (String layout : LAYOUTS) {
            String page = layout.formatted(body);
            check("in " + layout, page, differences);
            int at = layout.indexOf("%s");
            String around = layout.substring(0, at) + HtmlScanner.mark() + layout.substring(at + 2);
            Optional<TagScanner.Reading> read = TagScanner.read(around, at, MARK);
            if (read.isPresent()) {
                Optional<ScannedHtml> ours = read.get().markRead() ? Optional.of(read.get().scan()) : Optional.empty();
                Optional<ScannedHtml> theirs = HtmlScanner.scanAroundWithParser(around, at);
                if (!ours.equals(theirs)) {
                    differences.add("around in " + layout + ": " + ours + " vs " + theirs);
                }
            }
        }
        assertEquals(List.of(), differences);
    }

    private static void check(String where, String html, List<String> differences) {
        Optional<TagScanner.Reading> read = TagScanner.read(html, -1, MARK);
        ScannedHtml parsed = HtmlScanner.scanWithParser(html);
        if (read.isPresent() && !read.get().scan().equals(parsed)) {
            differences.add(where + ": " + read.get().scan() + " vs " + parsed);
        }
    }

    @Test
    void aCommentIsClosedEarlyOnlyByItsOwnBangClose() {
        // "--!>" seen once ahead is not taken for the close of a later comment it precedes
        assertTrue(TagScanner.read("<!-- one --><!-- two --><p id=\"p\">2 --!> text</p><!-- three -->"
                + "<a href=\"/y\">y</a>", -1, MARK).isPresent());
        // one inside a comment, before its "-->", is the parser's to read
        assertFalse(TagScanner.read("<!-- a --><!-- b --!> c --><a href=\"/x\">x</a>", -1, MARK).isPresent());
    }

    @Test
    void readsWhatMarkdownAndLayoutsWriteWithoutTheParser() {
        String body = """
                <h2 id="install">Install <code>hyde</code></h2>
                <p>Run <a href="/guide/#setup">setup</a> &amp; <em>then</em>:</p>
                <pre><code class="language-sh">mvn install &lt;x&gt;
                </code></pre>
                <ul>
                <li><p>one</p></li>
                <li><a href="../two/">two</a></li>
                </ul>
                <table>
                <thead>
                <tr><th>a</th></tr>
                </thead>
                <tbody>
                <tr><td><img src="/i.png" alt="i"></td></tr>
                </tbody>
                </table>
                <blockquote><p>quote</p></blockquote>
                <h3 id="more">More</h3>
                """;
        Optional<TagScanner.Reading> read = TagScanner.read(body, -1, MARK);
        assertTrue(read.isPresent(), "a Markdown body is read without the parser");
        assertTrue(read.get().closed());
        assertEquals(HtmlScanner.scanFragmentWithParser(body).scan(), read.get().scan());
        assertEquals(List.of("install", "more"), read.get().scan().headings().stream().map(HtmlHeading::id).toList());
        assertEquals("Install hyde", read.get().scan().headings().get(0).text());

        String layout = "<!DOCTYPE html>\n<html><head><link rel=\"stylesheet\" href=\"/a.css\"></head>\n"
                + "<body><nav><a href=\"/\">Home</a></nav><article>" + HtmlScanner.mark() + "</article></body></html>";
        int at = layout.indexOf("<" + MARK);
        Optional<TagScanner.Reading> around = TagScanner.read(layout, at, MARK);
        assertTrue(around.isPresent() && around.get().markRead(), "a layout is read without the parser");
    }

    @Test
    void readsAnEmptyAnchorBetweenTableRowsWhereTheParserMovesIt() {
        String html = "<h2 id=\"h\">H</h2><table id=\"t\"><tr><th>F</th></tr><a name=\"a.b\"></a>"
                + "<tr><td id=\"c\">c</td></tr><a name=\"a.c\"></a></table>";
        Optional<TagScanner.Reading> read = TagScanner.read(html, -1, MARK);
        assertTrue(read.isPresent(), "read without the parser");
        assertEquals(List.of("h", "a.b", "a.c", "t", "c"), read.get().scan().ids().stream().map(HtmlId::id).toList());
        assertEquals(HtmlScanner.scanWithParser(html), read.get().scan());
    }

    @Test
    void declinesWhatTheParserRearranges() {
        assertFalse(TagScanner.read("<table><tr><td>a</td></tr><a name=\"x\">x</a></table>", -1, MARK).isPresent(),
                "content moved out of a table");
        assertFalse(TagScanner.read("<p><em>x</p><p>y</p>", -1, MARK).isPresent(), "a formatting element reopened");
        assertFalse(TagScanner.read("<template><a href=\"/t\">t</a></template>", -1, MARK).isPresent());
    }
}
