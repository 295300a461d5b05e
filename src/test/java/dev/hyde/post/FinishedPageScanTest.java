package dev.hyde.post;

import dev.hyde.html.HtmlScanner;
import dev.hyde.html.ScannedHtml;
import dev.hyde.html.SplicedScan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A finished page's scan is made from its body's scan and a scan of the layout around it. Whatever
 * the body and the layout, it must be what scanning the whole page gives: positions, values, order.
 */
class FinishedPageScanTest {

    private static final String BODY = """
            <h2 id="setup">Setup <code>x</code></h2>
            <p>See <a href="/guide/#install">install</a> and <a href='#setup'>here</a>.</p>
            <p><img src="/img/a.png" srcset="/img/a.png 1x,
                 /img/a@2x.png 2x" alt="<h2 id='no'>"></p>
            <h3 id=more>More</h3><p id="para">text <a href="../up.html">up</a></p>
            <!-- <a href="/commented/"> -->
            <h2 id='q"uote'>Quote</h2>""";

    private static final String LAYOUT = """
            <!doctype html><html><head><link rel="stylesheet" href="/assets/site.css"></head>
            <body><nav id="nav"><a href="/">Home</a> <a href="/guide/">Guide</a></nav><main>%s</main>
            <footer id="foot"><a href="#top">Top</a> <script src="/assets/site.js"></script></footer></body></html>""";

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("body on its own lines", true, BODY, LAYOUT),
                Arguments.of("body and layout on one line", true, BODY.replace("\n", " "), LAYOUT.replace("\n", "")),
                Arguments.of("body starting the layout's line", true, BODY, "<main>%s<a href=\"/after\" id=\"after\">a</a></main>"),
                Arguments.of("no headings to anchor", false, "<p><a href=\"/x\">x</a></p>\n<h4 id=\"four\">4</h4>", LAYOUT),
                Arguments.of("body left inside a comment", false, BODY + "<!-- open", LAYOUT),
                Arguments.of("body inside a textarea", false, BODY, "<form><textarea>%s</textarea></form><a href=\"/z\">z</a>"),
                Arguments.of("body shown twice", false, BODY, "<main>%1$s</main><aside>%1$s</aside>"),
                Arguments.of("body leaving an element open", false, "<h2 id=\"a\">A</h2><div><a href=\"/open\">", LAYOUT),
                Arguments.of("body leaving a link open", false, "<h2 id=\"a\">A</h2><p><a href=\"/open\">x", LAYOUT),
                Arguments.of("body in a table", true, BODY, "<table><tr><td>%s</td></tr></table><a href=\"/t\" id=\"t\">t</a>"),
                Arguments.of("layout with a base", true, BODY, "<head><base href=\"/docs/\"></head><body>%s</body>"),
                Arguments.of("wide characters", true, "<h2 id=\"é\">Ünïcödé 💡</h2><p>💡 <a href=\"/ü/\">ü</a></p>",
                        "<p>💡💡 <a href=\"/before\">b</a></p><main>%s 💡 <a href=\"/after\">a</a></main>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void theScanIsTheWholePagesScan(String name, boolean spliced, String body, String layout) {
        for (String baseurl : List.of("", "/docs")) {
            HtmlPostProcessing post = new HtmlPostProcessing(baseurl);
            ProcessedContent content = post.content(body);
            FinishedPage page = post.page(layout.formatted(content.html()), content);
            ScannedHtml whole = HtmlScanner.scan(page.html());
            String document = layout.formatted(content.html());
            assertEquals(spliced, content.scan().flatMap(scan -> SplicedScan.of(document, content.html(), scan))
                    .isPresent(), name + ": made from the body's scan");
            assertEquals(whole.links(), page.scan().links(), name + " with baseurl '" + baseurl + "'");
            assertEquals(whole.ids(), page.scan().ids(), name + " with baseurl '" + baseurl + "'");
            assertEquals(whole.base(), page.scan().base());
        }
    }
}
