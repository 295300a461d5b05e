package dev.hyde.links;

import dev.hyde.html.HtmlLink;
import dev.hyde.html.HtmlScanner;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class PackedLinksTest {
    private static final String PAGE = """
            <html><body>
            <nav><a href="/guide/">Guide</a> <a href="/ref/#a&amp;b">Ref</a></nav>
            <img src=" /logo.png " srcset="/a.png 1x, /b.png 2x">
            <form action="/search"></form>
            </body></html>
            """;

    @Test
    void linksComeBackAsTheyWereScanned() {
        List<HtmlLink> scanned = HtmlScanner.scan(PAGE).links();
        PackedLinks packed = PackedLinks.of(scanned, new PackedLinks.Forms());
        assertEquals(scanned.size(), packed.size());
        assertEquals(scanned, packed.links());
    }

    @Test
    void pagesShareOneCopyOfEachLinksForm() {
        PackedLinks.Forms copies = new PackedLinks.Forms();
        HtmlLink one = PackedLinks.of(HtmlScanner.scan(PAGE).links(), copies).links().get(0);
        HtmlLink other = PackedLinks.of(HtmlScanner.scan("<p>x</p>\n" + PAGE).links(), copies).links().get(0);
        assertEquals("/guide/", one.value());
        assertSame(one.value(), other.value());
        assertSame(one.value(), other.written());
        assertEquals(one.line() + 1, other.line());
    }
}
