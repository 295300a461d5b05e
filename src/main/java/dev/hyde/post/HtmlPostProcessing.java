package dev.hyde.post;

import dev.hyde.html.HtmlHeading;
import dev.hyde.html.HtmlScanner;
import dev.hyde.html.PrefixedLinks;
import dev.hyde.html.ScannedHtml;
import dev.hyde.model.TocEntry;

import java.util.ArrayList;
import java.util.List;

/**
 * The post-processing stage of a Hyde project. It runs twice per page: over the body before the
 * layout (so the layout can show the table of contents), and over the finished document.
 *
 * <p>Both passes read the HTML with a real parser ({@link HtmlScanner}) but edit it only where
 * they must, at the positions the parser reports: the page stays byte for byte as rendered
 * everywhere else.
 */
public final class HtmlPostProcessing implements PostProcessor {

    private final String baseurl;

    /** @param baseurl the site's base path ({@code /docs}), empty for the host root */
    public HtmlPostProcessing(String baseurl) {
        this.baseurl = baseurl;
    }

    /** Collects the h2/h3 headings for the TOC and gives each an anchor link readers can copy. */
    @Override
    public ProcessedContent content(String bodyHtml) {
        if (!mayHoldHeading(bodyHtml)) {
            return new ProcessedContent(bodyHtml, List.of());
        }
        List<TocEntry> toc = new ArrayList<>();
        StringBuilder out = null;
        int copied = 0;
        for (HtmlHeading heading : HtmlScanner.scan(bodyHtml).headings()) {
            if (heading.level() != 2 && heading.level() != 3) {
                continue;
            }
            toc.add(new TocEntry(heading.id(), heading.text(), heading.level()));
            if (heading.closeTag() < 0) {
                continue; // the parser closed it: no closing tag to put the anchor before
            }
            if (out == null) {
                out = new StringBuilder(bodyHtml.length() + 512);
            }
            // Empty text, drawn by CSS: the visible text of the heading stays what the author wrote.
            out.append(bodyHtml, copied, heading.closeTag())
                    .append("<a class=\"anchor\" href=\"#").append(attributeText(heading.writtenId()))
                    .append("\" aria-label=\"Link to this section\"></a>");
            copied = heading.closeTag();
        }
        String html = out == null ? bodyHtml : out.append(bodyHtml, copied, bodyHtml.length()).toString();
        return new ProcessedContent(html, toc);
    }

    /** Applies the base URL to root-relative links. Without a base URL the page is left exactly as rendered. */
    @Override
    public FinishedPage page(String documentHtml) {
        if (baseurl.isEmpty()) {
            return FinishedPage.html(documentHtml);
        }
        ScannedHtml scan = HtmlScanner.scan(documentHtml);
        PrefixedLinks.Result prefixed = PrefixedLinks.prefix(documentHtml, scan, baseurl);
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
