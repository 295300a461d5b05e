package dev.hyde.post;

import dev.hyde.html.HtmlId;
import dev.hyde.html.HtmlLink;
import dev.hyde.html.HtmlScanner;
import dev.hyde.html.ScannedHtml;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * A page as it is written, with what the link check needs to know about it: its links and ids.
 * A page is scanned when first asked, so what never asks (a page of the preview server no edit
 * touched) does not pay for it, and at most once.
 */
public final class FinishedPage {
    private final Supplier<String> html;
    private final Supplier<ScannedHtml> scanner;
    private volatile ScannedHtml scan;

    private FinishedPage(Supplier<String> html, Supplier<ScannedHtml> scanner) {
        this.html = html;
        this.scanner = scanner;
    }

    /** An HTML page, scanned when its links or ids are first asked for. */
    public static FinishedPage html(String html) {
        return new FinishedPage(() -> html, () -> HtmlScanner.scan(html));
    }

    /** An HTML page scanned, when first asked, by {@code scanner}. */
    public static FinishedPage html(String html, Supplier<ScannedHtml> scanner) {
        return new FinishedPage(() -> html, scanner);
    }

    /** An HTML page already scanned. */
    public static FinishedPage scanned(String html, ScannedHtml scan) {
        return new FinishedPage(() -> html, () -> scan);
    }

    /** A file that is not HTML (a feed, a stylesheet): no links or ids of its own. */
    public static FinishedPage other(String text) {
        return new FinishedPage(() -> text, () -> ScannedHtml.EMPTY);
    }

    /**
     * This page once written as {@code written} (its UTF-8 bytes), holding no text of its own: a
     * server that keeps every page's output keeps it once. It is scanned first, by the scanner
     * rendering prepared (its links are read after every update, and scanning the bytes again
     * would cost more); its text is decoded from the bytes when asked.
     */
    public FinishedPage keptAs(byte[] written) {
        ScannedHtml found = scan();
        return new FinishedPage(() -> new String(written, StandardCharsets.UTF_8), () -> found);
    }

    /** The final document. */
    public String html() {
        return html.get();
    }

    public ScannedHtml scan() {
        ScannedHtml found = scan;
        if (found == null) {
            found = scanner.get();
            scan = found;
        }
        return found;
    }

    public List<HtmlLink> links() {
        return scan().links();
    }

    public List<HtmlId> ids() {
        return scan().ids();
    }
}
