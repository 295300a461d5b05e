package dev.hyde.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a page or a fragment with jsoup's HTML5 parser, tracking where each attribute is written,
 * and lists its links, ids and headings. A heading inside a comment, a tag inside an attribute
 * value, an unquoted id: each is what a browser makes of it.
 */
public final class HtmlScanner {

    private HtmlScanner() {
    }

    /** Scans {@code html}: a whole document or a fragment of one. */
    public static ScannedHtml scan(String html) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        List<HtmlLink> links = new ArrayList<>();
        List<HtmlId> ids = new ArrayList<>();
        List<HtmlHeading> headings = new ArrayList<>();
        String base = null;
        for (Element element : doc.getAllElements()) {
            if (!element.sourceRange().isTracked()) {
                continue; // html, head or body made up by the parser: nothing written
            }
            String tag = element.normalName();
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                if (key.equals("id") && !attribute.getValue().isEmpty()) {
                    ids.add(id(html, element, attribute, false));
                } else if (key.equals("name") && tag.equals("a") && !attribute.getValue().isEmpty()) {
                    ids.add(id(html, element, attribute, true));
                } else if (LinkAttributes.holdsUrl(tag, key, element)) {
                    addLinks(html, element, attribute, key, tag, links);
                }
            }
            if (tag.equals("base") && base == null && element.hasAttr("href")) {
                base = element.attr("href").strip();
            }
            if (isHeading(tag) && !element.id().isEmpty()) {
                Range close = element.endSourceRange();
                Range.AttributeRange idRange = element.attributes().sourceRange("id");
                String writtenId = idRange.isTracked()
                        ? html.substring(idRange.valueRange().startPos(), idRange.valueRange().endPos())
                        : element.id();
                headings.add(new HtmlHeading(tag.charAt(1) - '0', element.id(), writtenId, element.text(),
                        close.isTracked() && !close.isImplicit() ? close.startPos() : -1));
            }
        }
        return new ScannedHtml(links, ids, headings, Optional.ofNullable(base));
    }

    /**
     * Scans an XML file of the site (a sitemap, a feed) for the URLs it lists: each {@code <loc>}'s
     * text and each {@code <link href>}.
     */
    public static ScannedHtml scanXml(String xml) {
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser().setTrackPosition(true));
        List<HtmlLink> links = new ArrayList<>();
        for (Element element : doc.getAllElements()) {
            String tag = element.normalName();
            if (tag.equals("loc") && element.sourceRange().isTracked()) {
                String text = element.text().strip();
                Range start = element.sourceRange();
                int offset = start.endPos();
                links.add(new HtmlLink(tag, "text", text, text, offset, start.end().lineNumber(),
                        start.end().columnNumber()));
            } else if (tag.equals("link") && element.hasAttr("href")) {
                addLinks(xml, element, element.attribute("href"), "href", tag, links);
            }
        }
        return new ScannedHtml(links, List.of(), List.of(), Optional.empty());
    }

    private static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    private static HtmlId id(String html, Element element, Attribute attribute, boolean named) {
        Range value = element.attributes().sourceRange(attribute.getKey()).valueRange();
        return value.isTracked()
                ? new HtmlId(attribute.getValue(), value.startPos(), value.start().lineNumber(),
                        value.start().columnNumber(), named)
                : new HtmlId(attribute.getValue(), -1, 0, 0, named);
    }

    private static void addLinks(String html, Element element, Attribute attribute, String key, String tag,
                                 List<HtmlLink> links) {
        Range value = element.attributes().sourceRange(attribute.getKey()).valueRange();
        String written = value.isTracked() ? html.substring(value.startPos(), value.endPos()) : attribute.getValue();
        int start = value.isTracked() ? value.startPos() : -1;
        int line = value.isTracked() ? value.start().lineNumber() : 0;
        int column = value.isTracked() ? value.start().columnNumber() : 0;
        for (LinkAttributes.Url url : LinkAttributes.urls(key, written)) {
            if (url.value().isEmpty()) {
                continue; // href="" is the page itself
            }
            // Within the value, the URL may start on a later line (srcset lists wrap).
            String before = written.substring(0, url.writtenStart());
            int newlines = (int) before.chars().filter(c -> c == '\n').count();
            int urlColumn = newlines == 0 ? column + url.writtenStart() : url.writtenStart() - before.lastIndexOf('\n');
            links.add(new HtmlLink(tag, key, url.value(), url.written(),
                    start < 0 ? -1 : start + url.writtenStart(), line == 0 ? 0 : line + newlines,
                    line == 0 ? 0 : urlColumn));
        }
    }
}
