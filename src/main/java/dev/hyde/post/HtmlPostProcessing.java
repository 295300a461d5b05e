package dev.hyde.post;

import dev.hyde.model.TocEntry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The post-processing stage, with jsoup. It runs twice per page: over the body before the layout
 * (so the layout can show the table of contents), and over the finished document.
 */
public final class HtmlPostProcessing implements PostProcessor {
    private static final String LINK_ATTRIBUTES = "a[href], link[href], area[href], script[src], img[src], "
            + "source[src], video[src], audio[src], iframe[src], form[action], use[href]";

    private static final Pattern FULL_DOCUMENT =
            Pattern.compile("\\s*(<!--.*?-->\\s*)*<(!doctype|html)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final String baseurl;

    /** @param baseurl the site's base path ({@code /docs}), empty for the host root */
    public HtmlPostProcessing(String baseurl) {
        this.baseurl = baseurl;
    }

    /** Collects the h2/h3 headings for the TOC and gives each an anchor link readers can copy. */
    @Override
    public ProcessedContent content(String bodyHtml) {
        Document doc = Jsoup.parseBodyFragment(bodyHtml);
        doc.outputSettings().prettyPrint(false);
        List<TocEntry> toc = new ArrayList<>();
        for (Element heading : doc.body().select("h2[id], h3[id]")) {
            String id = heading.id();
            toc.add(new TocEntry(id, heading.text(), heading.tagName().equals("h2") ? 2 : 3));
            // Empty text, drawn by CSS: the visible text of the heading stays what the author wrote.
            heading.appendElement("a").addClass("anchor").attr("href", "#" + id)
                    .attr("aria-label", "Link to this section");
        }
        return new ProcessedContent(doc.body().html(), toc);
    }

    /**
     * Applies the base URL to root-relative links and collects every link and id. A page without
     * a layout may be a fragment; it stays a fragment rather than gaining html/head/body.
     */
    @Override
    public FinishedPage page(String documentHtml) {
        boolean fragment = !FULL_DOCUMENT.matcher(documentHtml).lookingAt();
        Document doc = fragment ? Jsoup.parseBodyFragment(documentHtml) : Jsoup.parse(documentHtml);
        doc.outputSettings().prettyPrint(false);
        List<String> links = new ArrayList<>();
        for (Element element : doc.select(LINK_ATTRIBUTES)) {
            String attribute = linkAttribute(element);
            String value = element.attr(attribute);
            if (!baseurl.isEmpty() && isRootRelative(value)) {
                value = baseurl + value;
                element.attr(attribute, value);
            }
            links.add(value);
        }
        List<String> ids = doc.select("[id]").eachAttr("id");
        return new FinishedPage(fragment ? doc.body().html() : doc.outerHtml(), links, ids);
    }

    private static String linkAttribute(Element element) {
        return switch (element.tagName()) {
            case "a", "link", "area", "use" -> "href";
            case "form" -> "action";
            default -> "src";
        };
    }

    private static boolean isRootRelative(String url) {
        return url.startsWith("/") && !url.startsWith("//");
    }
}
