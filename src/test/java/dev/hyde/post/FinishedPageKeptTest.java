package dev.hyde.post;

import dev.hyde.html.HtmlScanner;
import dev.hyde.html.ScannedHtml;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A page kept as the bytes it was written as gives the same text and scan as before. */
class FinishedPageKeptTest {
    private static final String PAGE = """
            <!doctype html><html><body><h2 id="caf\u00e9">Caf\u00e9 \u201cquoted\u201d</h2>
            <p><a href="/guide/#install">install</a> <a href="#caf\u00e9">here</a></p></body></html>""";

    @Test
    void aPageNotYetScannedIsScannedBeforeItsTextIsLetGo() {
        FinishedPage kept = FinishedPage.html(PAGE).keptAs(PAGE.getBytes(StandardCharsets.UTF_8));
        assertEquals(PAGE, kept.html());
        assertEquals(HtmlScanner.scan(PAGE), kept.scan());
        assertEquals(2, kept.links().size());
        assertEquals("caf\u00e9", kept.ids().get(0).id());
    }

    @Test
    void aPageScannedKeepsItsScan() {
        FinishedPage page = FinishedPage.html(PAGE);
        ScannedHtml scan = page.scan();
        assertSame(scan, page.keptAs(PAGE.getBytes(StandardCharsets.UTF_8)).scan());
    }

    @Test
    void aFileThatIsNotHtmlHasNoLinksKept() {
        String feed = "<feed><link href=\"/a/\"/></feed>";
        FinishedPage kept = FinishedPage.other(feed).keptAs(feed.getBytes(StandardCharsets.UTF_8));
        assertEquals(feed, kept.html());
        assertEquals(ScannedHtml.EMPTY, kept.scan());
    }
}
