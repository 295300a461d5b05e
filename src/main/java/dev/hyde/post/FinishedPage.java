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
    private final boolean isHtml;
    private final Supplier<ScannedHtml> scanner;
    private volatile ScannedHtml scan;

    private FinishedPage(Supplier<String> html, boolean isHtml, Supplier<ScannedHtml> scanner) {
        this.html = html;
        this.isHtml = isHtml;
        this.scanner = scanner;
    }

    /** An HTML page, scanned when its links or ids are first asked for. */
    public static FinishedPage html(String html) {
        return new FinishedPage(() -> html, true, () -> HtmlScanner.scan(html));
    }

    /** An HTML page scanned, when first asked, by {@code scanner}. */
    public static FinishedPage html(String html, Supplier<ScannedHtml> scanner) {
        return new FinishedPage(() -> html, true, scanner);
    }

    /** An HTML page already scanned. */
    public static FinishedPage scanned(String html, ScannedHtml scan) {
        return new FinishedPage(() -> html, true, () -> scan);
    }

    /** A file that is not HTML (a feed, a stylesheet): no links or ids of its own. */
    public static FinishedPage other(String text) {
        return new FinishedPage(() -> text, false, () -> ScannedHtml.EMPTY);
    }

    /**
     * This page once written as {@code written} (its UTF-8 bytes), holding no text of its own: a
     * server that keeps every page's output keeps it once. Its text is decoded from the bytes when
     * asked, and scanned from them if it was not scanned yet (a scan of the whole page is the
     * scan any other way gives).
     */
    public FinishedPage keptAs(byte[] written) {
        ScannedHtml known = scan;
        Supplier<String> text = () -> new String(written, StandardCharsets.UTF_8);
        Supplier<ScannedHtml> again = !isHtml ? () -> ScannedHtml.EMPTY
                : known != null ? () -> known : () -> HtmlScanner.scan(text.get());
        return new FinishedPage(text, isHtml, again);
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
