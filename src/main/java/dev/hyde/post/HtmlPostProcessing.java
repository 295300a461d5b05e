package dev.hyde.post;

import dev.hyde.model.TocEntry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The post-processing stage of a Hyde project. It runs twice per page: over the body before the
 * layout (so the layout can show the table of contents), and over the finished document.
 *
 * <p>Both passes work on the text where they can: the body comes from the Markdown renderer or a
 * template, whose headings are regular, and re-parsing and re-serialising every page with an
 * HTML parser was the most expensive step of a build. Only rewriting links for a base URL parses
 * the document (with jsoup), because attributes can be written in too many ways to edit safely
 * as text.
 */
public final class HtmlPostProcessing implements PostProcessor {
    private static final String LINK_ATTRIBUTES = "a[href], link[href], area[href], script[src], img[src], "
            + "source[src], video[src], audio[src], iframe[src], form[action], use[href]";
    private static final Pattern FULL_DOCUMENT =
            Pattern.compile("\\s*(<!--.*?-->\\s*)*<(!doctype|html)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** An h2 or h3; its attributes may hold '>' inside quotes. */
    private static final Pattern HEADING = Pattern.compile(
            "<h([23])(\\s[^>\"']*+(?:(?:\"[^\"]*+\"|'[^']*+')[^>\"']*+)*+)?>(.*?)</h\\1\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern ID = Pattern.compile("\\sid\\s*=\\s*(\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAGS = Pattern.compile("<[^>]*>");
    private static final Pattern LINK = Pattern.compile(
            "<(?:a|link|area|script|img|source|video|audio|iframe|form|use)\\s[^>]*?\\b(?:href|src|action)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_ID = Pattern.compile("<[a-zA-Z][^>]*?\\sid\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");

    private final String baseurl;

    /** @param baseurl the site's base path ({@code /docs}), empty for the host root */
    public HtmlPostProcessing(String baseurl) {
        this.baseurl = baseurl;
    }

    /** Collects the h2/h3 headings for the TOC and gives each an anchor link readers can copy. */
    @Override
    public ProcessedContent content(String bodyHtml) {
        List<TocEntry> toc = new ArrayList<>();
        Matcher heading = HEADING.matcher(bodyHtml);
        StringBuilder out = null;
        int last = 0;
        for (int at = nextHeading(bodyHtml, 0); at >= 0; at = nextHeading(bodyHtml, at + 1)) {
            // A plain search finds the few candidates; the pattern only checks those.
            if (at < last || !heading.region(at, bodyHtml.length()).lookingAt()) {
                continue;
            }
            Matcher id = ID.matcher(heading.group(2) == null ? "" : heading.group(2));
            if (!id.find()) {
                continue;
            }
            String rawId = id.group(2) != null ? id.group(2) : id.group(3);
            String text = Entities.unescape(TAGS.matcher(heading.group(3)).replaceAll("")).replaceAll("\\s+", " ").strip();
            toc.add(new TocEntry(Entities.unescape(rawId), text, heading.group(1).equals("2") ? 2 : 3));
            if (out == null) {
                out = new StringBuilder(bodyHtml.length() + 512);
            }
            // Empty text, drawn by CSS: the visible text of the heading stays what the author wrote.
            int close = bodyHtml.lastIndexOf("</", heading.end() - 1);
            out.append(bodyHtml, last, close)
                    .append("<a class=\"anchor\" href=\"#").append(rawId).append("\" aria-label=\"Link to this section\"></a>")
                    .append(bodyHtml, close, heading.end());
            last = heading.end();
        }
        if (out == null) {
            return new ProcessedContent(bodyHtml, toc);
        }
        return new ProcessedContent(out.append(bodyHtml, last, bodyHtml.length()).toString(), toc);
    }

    /**
     * Applies the base URL to root-relative links and collects every link and id. Without a base
     * URL the page is left exactly as rendered.
     */
    @Override
    public FinishedPage page(String documentHtml) {
        if (baseurl.isEmpty()) {
            return new FinishedPage(documentHtml, () -> values(LINK, documentHtml), () -> values(ANY_ID, documentHtml));
        }
        // A page without a layout may be a fragment; it stays a fragment rather than gaining html/head/body.
        boolean fragment = !FULL_DOCUMENT.matcher(documentHtml).lookingAt();
        Document doc = fragment ? Jsoup.parseBodyFragment(documentHtml) : Jsoup.parse(documentHtml);
        doc.outputSettings().prettyPrint(false);
        List<String> links = new ArrayList<>();
        for (Element element : doc.select(LINK_ATTRIBUTES)) {
            String attribute = linkAttribute(element);
            String value = element.attr(attribute);
            if (isRootRelative(value)) {
                value = baseurl + value;
                element.attr(attribute, value);
            }
            links.add(value);
        }
        List<String> ids = doc.select("[id]").eachAttr("id");
        return new FinishedPage(fragment ? doc.body().html() : doc.outerHtml(), links, ids);
    }

    /** Where the next {@code <h2} or {@code <h3} (any case) starts, or -1. */
    private static int nextHeading(String html, int from) {
        for (int i = html.indexOf('<', from); i >= 0 && i + 2 < html.length(); i = html.indexOf('<', i + 1)) {
            char h = html.charAt(i + 1);
            char level = html.charAt(i + 2);
            if ((h == 'h' || h == 'H') && (level == '2' || level == '3')) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> values(Pattern pattern, String html) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(html);
        while (m.find()) {
            found.add(Entities.unescape(m.group(2) != null ? m.group(2) : m.group(3)));
        }
        return found;
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
