package dev.hyde.post;

import dev.hyde.html.AnchoredScan;
import dev.hyde.html.HtmlHeading;
import dev.hyde.html.HtmlScanner;
import dev.hyde.html.PrefixedLinks;
import dev.hyde.html.ScannedHtml;
import dev.hyde.html.SplicedScan;
import dev.hyde.model.TocEntry;
import dev.hyde.text.TextBuffers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The post-processing stage of a Hyde project. It runs twice per page: over the body before the
 * layout (so the layout can show the table of contents), and over the finished document.
 *
 * <p>Both passes read the HTML with a real parser ({@link HtmlScanner}) but edit it only where
 * they must, at the positions the parser reports: the page stays byte for byte as rendered
 * everywhere else.
 */
public final class HtmlPostProcessing implements PostProcessor {

    private static final String ANCHOR_START = "<a class=\"anchor\" href=\"#";
    private static final String ANCHOR_END = "\" aria-label=\"Link to this section\"></a>";

    private final String baseurl;

    /** @param baseurl the site's base path ({@code /docs}), empty for the host root */
    public HtmlPostProcessing(String baseurl) {
        this.baseurl = baseurl;
    }

    /**
     * Collects the h2/h3 headings for the TOC and gives each an anchor link readers can copy. The
     * body's scan, moved along with the anchors, is kept for the finished page's scan.
     */
    @Override
    public ProcessedContent content(String bodyHtml) {
        if (!mayHoldHeading(bodyHtml)) {
            return new ProcessedContent(bodyHtml, List.of());
        }
        HtmlScanner.Fragment body = HtmlScanner.scanFragment(bodyHtml);
        List<TocEntry> toc = new ArrayList<>();
        List<HtmlHeading> anchored = new ArrayList<>();
        List<String> anchors = new ArrayList<>();
        StringBuilder out = null;
        int copied = 0;
        for (HtmlHeading heading : body.scan().headings()) {
            if (heading.level() != 2 && heading.level() != 3) {
                continue;
            }
            toc.add(new TocEntry(heading.id(), heading.text(), heading.level()));
            if (heading.closeTag() < 0) {
                continue; // the parser closed it: no closing tag to put the anchor before
            }
            if (out == null) {
                out = TextBuffers.like(bodyHtml, bodyHtml.length() + 512);
            }
            // Empty text, drawn by CSS: the visible text of the heading stays what the author wrote.
            String anchor = ANCHOR_START + attributeText(heading.writtenId()) + ANCHOR_END;
            out.append(bodyHtml, copied, heading.closeTag()).append(anchor);
            copied = heading.closeTag();
            anchored.add(heading);
            anchors.add(anchor);
        }
        String html = out == null ? bodyHtml : out.append(bodyHtml, copied, bodyHtml.length()).toString();
        Optional<ScannedHtml> scan = body.closed() && anchors.stream().noneMatch(a -> a.indexOf('\n') >= 0)
                ? Optional.of(AnchoredScan.of(bodyHtml, body.scan(), anchored, anchors, ANCHOR_START.length() - 1))
                : Optional.empty();
        return new ProcessedContent(html, toc, scan);
    }

    /**
     * Applies the base URL to root-relative links. Without a base URL the page is left exactly as
     * rendered. Its scan is made from the body's where it can be ({@link SplicedScan}).
     */
    @Override
    public FinishedPage page(String documentHtml, ProcessedContent body) {
        Supplier<ScannedHtml> scanner = () -> body.scan()
                .flatMap(bodyScan -> SplicedScan.of(documentHtml, body.html(), bodyScan))
                .orElseGet(() -> HtmlScanner.scan(documentHtml));
        if (baseurl.isEmpty()) {
            return FinishedPage.html(documentHtml, scanner);
        }
        PrefixedLinks.Result prefixed = PrefixedLinks.prefix(documentHtml, scanner.get(), baseurl);
        return FinishedPage.scanned(prefixed.html(), prefixed.scan());
    }

    /** A body without an h2 or h3 opening tag in any case needs no parsing for the TOC. */
    private static boolean mayHoldHeading(String html) {
        for (int i = html.indexOf('<'); i >= 0 && i + 2 < html.length(); i = html.indexOf('<', i + 1)) {
            char h = html.charAt(i + 1);
            char level = html.charAt(i + 2);
            if ((h == 'h' || h == 'H') && (level == '2' || level == '3')) {
                return true;
            }
        }
        return false;
    }

    /** An id as written, safe inside a double-quoted attribute (it may have been single-quoted). */
    private static String attributeText(String written) {
        return written.replace("\"", "&quot;");
    }
}
