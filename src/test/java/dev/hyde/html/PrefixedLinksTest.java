package dev.hyde.html;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Prefixing moves the scan along with the text: every position still points at what it names. */
class PrefixedLinksTest {

    /** Line and column (1-based) of an offset, counted the way the scanner counts them. */
    private static int[] lineAndColumn(String html, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (html.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }

    @Test
    void rootRelativeUrlsGetThePrefixAndEveryPositionFollows() {
        String html = "<p><a href=\"/a/\">A</a> <a href=\"/b/#x\">B</a> <a href=\"rel.html\">R</a></p>\n"
                + "<img src=\"//cdn.example/c.png\" id=\"pic\"> <a href=\"/c\" id=\"after\">C</a>\n"
                + "<a href=\"https://example.com/\">out</a> <span id=\"end\"></span>\n";
        ScannedHtml scan = HtmlScanner.scan(html);
        PrefixedLinks.Result result = PrefixedLinks.prefix(html, scan, "/docs");

        assertEquals(html.replace("\"/a/\"", "\"/docs/a/\"").replace("\"/b/#x\"", "\"/docs/b/#x\"")
                .replace("\"/c\"", "\"/docs/c\""), result.html());
        assertEquals(List.of("/docs/a/", "/docs/b/#x", "rel.html", "//cdn.example/c.png", "/docs/c",
                "https://example.com/"), result.scan().links().stream().map(HtmlLink::value).toList());
        String out = result.html();
        ScannedHtml fresh = HtmlScanner.scan(out);
        assertEquals(fresh.links(), result.scan().links(), "the same as scanning the prefixed page again");
        assertEquals(fresh.ids(), result.scan().ids());
        for (HtmlLink link : result.scan().links()) {
            assertEquals(link.written(), out.substring(link.offset(), link.offset() + link.written().length()));
        }
        for (HtmlId id : result.scan().ids()) {
            int[] at = lineAndColumn(out, id.offset());
            assertEquals(List.of(at[0], at[1]), List.of(id.line(), id.column()), id.id());
        }
    }

    @Test
    void aPageWithoutRootRelativeLinksIsReturnedAsItIs() {
        String html = "<a href=\"x.html\">x</a><a href=\"//host/y\">y</a>";
        ScannedHtml scan = HtmlScanner.scan(html);
        PrefixedLinks.Result result = PrefixedLinks.prefix(html, scan, "/docs");
        assertEquals(html, result.html());
        assertEquals(scan, result.scan());
    }
}
