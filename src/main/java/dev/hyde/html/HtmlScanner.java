package dev.hyde.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a page or a fragment with jsoup's HTML5 parser, tracking where each attribute is written,
 * and lists its links, ids and headings. A heading inside a comment, a tag inside an attribute
 * value, an unquoted id: each is what a browser makes of it.
 */
public final class HtmlScanner {

    private HtmlScanner() {
    }

    /**
     * An element no page writes, appended after a fragment (or put where one goes) to learn how the
     * parser stands there: if it comes out as an element at that offset, the text before it left
     * the tokenizer reading plain markup — not inside a comment, a tag, a script or a textarea.
     */
    private static final String MARK = "hyde-scan-mark";
    private static final String MARK_TAGS = "<" + MARK + "></" + MARK + ">";

    /**
     * A scanned fragment of a page, and whether it is closed: it ends reading plain markup with
     * every element it opened closed, so that a page holding it reads it exactly as it reads it
     * alone (see {@link SplicedScan}).
     */
    public record Fragment(ScannedHtml scan, boolean closed) {
    }

    /** Scans {@code html}: a whole document or a fragment of one. */
    public static ScannedHtml scan(String html) {
        return TagScanner.read(html, -1, MARK).map(TagScanner.Reading::scan)
                .orElseGet(() -> scanWithParser(html));
    }

    /**
     * Scans {@code html} with the parser alone: what {@link #scan} gives, always, but slower. For
     * holding the faster reading to it.
     */
    public static ScannedHtml scanWithParser(String html) {
        return read(parse(html), html);
    }

    /** Scans a page's body, and learns whether it is closed. */
    public static Fragment scanFragment(String html) {
        Optional<TagScanner.Reading> reading = TagScanner.read(html, -1, MARK);
        if (reading.isPresent()) {
            return new Fragment(reading.get().scan(), reading.get().closed());
        }
        return scanFragmentWithParser(html);
    }

    /** {@link #scanFragment} with the parser alone. */
    public static Fragment scanFragmentWithParser(String html) {
        Read read = readMarked(parse(html + MARK_TAGS), html);
        Element mark = markAt(read.marks(), html.length());
        boolean closed = mark != null && mark.parent() != null && mark.parent().normalName().equals("body");
        return new Fragment(read.scan(), closed);
    }

    /**
     * Scans a page whose body was taken out and the mark put in its place, at {@code offset}; empty
     * when the mark is not read as an element there (the layout put the body inside a script,
     * a comment, an attribute, a textarea ...), where only scanning the whole page is right.
     */
    static Optional<ScannedHtml> scanAround(String withMark, int offset) {
        Optional<TagScanner.Reading> reading = TagScanner.read(withMark, offset, MARK);
        if (reading.isPresent()) {
            return reading.get().markRead() ? Optional.of(reading.get().scan()) : Optional.empty();
        }
        return scanAroundWithParser(withMark, offset);
    }

    /** {@link #scanAround} with the parser alone. */
    static Optional<ScannedHtml> scanAroundWithParser(String withMark, int offset) {
        Read read = readMarked(parse(withMark), withMark);
        return markAt(read.marks(), offset) == null ? Optional.empty() : Optional.of(read.scan());
    }

    /** The text to put where a fragment was taken out, for {@link #scanAround}. */
    static String mark() {
        return MARK_TAGS;
    }

    private static Element markAt(List<Element> marks, int offset) {
        if (marks.size() != 1) {
            return null;
        }
        Element mark = marks.get(0);
        Range range = mark.sourceRange();
        return range.isTracked() && range.startPos() == offset ? mark : null;
    }

    /**
     * One parser per thread, used for one page after another: a parser is not thread-safe, and
     * a new one per page sets up its tag table again each time.
     */
    private static final ThreadLocal<Parser> PARSER =
            ThreadLocal.withInitial(() -> Parser.htmlParser().setTrackPosition(true));

    private static Document parse(String html) {
        return Jsoup.parse(html, "", PARSER.get());
    }

    /** The elements the parser reopens when left open (the HTML standard's formatting elements). */
    private static final java.util.Set<String> FORMATTING = java.util.Set.of("a", "b", "big", "code", "em",
            "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u");

    /** What was read, and each mark element met (see {@link #MARK}). */
    private record Read(ScannedHtml scan, List<Element> marks) {
    }

    private static ScannedHtml read(Document doc, String html) {
        return readMarked(doc, html).scan();
    }

    private static Read readMarked(Document doc, String html) {
        List<Element> mark = new ArrayList<>(1);
        List<HtmlLink> links = new ArrayList<>();
        List<HtmlId> ids = new ArrayList<>();
        List<HtmlHeading> headings = new ArrayList<>();
        String base = null;
        java.util.Set<Long> written = new java.util.HashSet<>();
        for (Element element : doc.getAllElements()) {
            String tag = element.normalName();
            boolean attributed = element.attributesSize() > 0;
            if (!attributed && !tag.equals(MARK) && !isHeading(tag)) {
                continue; // most elements: nothing to read, and their position is not needed
            }
            if (attributed && !isHeading(tag) && !LinkAttributes.mayHoldUrls(tag) && !tag.equals("base")
                    && !element.attributes().hasKey("id") && !(tag.equals("a") && element.attributes().hasKey("name"))) {
                continue; // a <span class>, a <td align>: nothing that links or is linked to
            }
            if (!element.sourceRange().isTracked()) {
                continue; // html, head or body made up by the parser: nothing written
            }
            if (attributed && FORMATTING.contains(tag)) {
                // The parser reopens a formatting element left open (an <a> without </a>) in each
                // following block, copying its attributes and position: one tag was written, so
                // one link.
                Range tagRange = element.sourceRange();
                if (!written.add(((long) tagRange.startPos() << 32) | tagRange.endPos())) {
                    continue;
                }
            }
            if (tag.equals(MARK)) {
                mark.add(element);
                continue;
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey(); // the HTML parser lower-cases attribute names
                if (key.equals("id") && !attribute.getValue().isEmpty()) {
                    ids.add(id(html, element, attribute, false));
                } else if (key.equals("name") && tag.equals("a") && !attribute.getValue().isEmpty()) {
                    ids.add(id(html, element, attribute, true));
                } else if (LinkAttributes.holdsUrl(tag, key, element::attr)) {
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
        return new Read(new ScannedHtml(links, ids, headings, Optional.ofNullable(base)), mark);
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
        addUrls(tag, key, written, start, line, column, links);
    }

    /**
     * Adds the URLs of one attribute's value, written at {@code start} ({@code line}, {@code column});
     * -1 and 0s where the position is not known.
     */
    static void addUrls(String tag, String key, String written, int start, int line, int column,
                        List<HtmlLink> links) {
        for (LinkAttributes.Url url : LinkAttributes.urls(key, written)) {
            if (url.value().isEmpty()) {
                continue; // href="" is the page itself
            }
            // Within the value, the URL may start on a later line (srcset lists wrap).
            int newlines = 0;
            int lastBreak = -1;
            for (int i = written.indexOf('\n'); i >= 0 && i < url.writtenStart(); i = written.indexOf('\n', i + 1)) {
                newlines++;
                lastBreak = i;
            }
            int urlColumn = newlines == 0 ? column + url.writtenStart() : url.writtenStart() - lastBreak;
            // One string where the URL is written as it reads, as most are: half the memory for a site's links.
            String readAs = url.value().equals(url.written()) ? url.written() : url.value();
            links.add(new HtmlLink(tag, key, readAs, url.written(),
                    start < 0 ? -1 : start + url.writtenStart(), line == 0 ? 0 : line + newlines,
                    line == 0 ? 0 : urlColumn));
        }
    }
}
