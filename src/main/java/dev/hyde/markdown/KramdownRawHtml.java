package dev.hyde.markdown;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hyde.markdown.KramdownHtmlBlocks.Html;
import dev.hyde.markdown.KramdownHtmlBlocks.Part;
import dev.hyde.markdown.KramdownHtmlBlocks.Span;

/** kramdown's reading of the HTML in a block, for {@link KramdownHtmlBlocks} in a Jekyll site. */
final class KramdownRawHtml {
    /** kramdown's {@code markdown} attribute, the value in group 1 or 2 or 3. */
    static final Pattern MARKDOWN_ATTRIBUTE =
            Pattern.compile("\\s+markdown\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))");
    /** Elements whose content kramdown reads as Markdown blocks under {@code markdown="1"}. */
    private static final Set<String> BLOCK_MODEL = Set.of("address", "applet", "article", "aside", "blockquote",
            "body", "dd", "details", "div", "dl", "fieldset", "figure", "figcaption", "footer", "form", "header",
            "hgroup", "iframe", "li", "main", "map", "menu", "nav", "noscript", "object", "section", "summary", "td");
    /** Elements whose content kramdown reads as span-level Markdown under {@code markdown="1"}. */
    private static final Set<String> SPAN_MODEL = Set.of("a", "abbr", "acronym", "b", "bdo", "big", "button",
            "cite", "caption", "del", "dfn", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "i", "ins", "label",
            "legend", "optgroup", "p", "q", "rb", "rbc", "rp", "rt", "rtc", "ruby", "select", "small", "span",
            "strong", "sub", "sup", "th", "tt");
    private static final String NAME = "[A-Za-z_][\\w.-]*(?::[A-Za-z_][\\w.-]*)?";
    /** kramdown's start tag (its HTML_TAG_RE): name, attributes, and "/" when self-closed. */
    // each attribute atomic, as in kramdown: a quoted value ends at the first matching quote even
    // where the tag then fails to match, so that an unclosed quote makes the "<" text
    private static final Pattern HTML_TAG = Pattern.compile("<((?>" + NAME + "))\\s*((?>\\s+" + NAME
            + "(?:\\s*=\\s*(?:[\\w]+|(\"|').*?\\3))?)*)\\s*(/)?>", Pattern.DOTALL | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern HTML_CLOSE = Pattern.compile("</(" + NAME + ")\\s*>");

    /** kramdown's elements without a body: their start tag is the whole element. */
    private static final Set<String> WITHOUT_BODY = Set.of("area", "base", "br", "col", "command", "embed", "hr",
            "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr");

    private KramdownRawHtml() {
    }

    /** The 0-based line holding {@code offset}. */
    static int lineOf(int[] lineStarts, int offset) {
        int at = java.util.Arrays.binarySearch(lineStarts, offset);
        return at >= 0 ? Math.min(at, lineStarts.length - 2) : -at - 2;
    }

    /**
     * Where a scan of raw HTML stopped: after the element that began the block ({@code closeLine}
     * -1), or right after the start tag of an element whose content is read as Markdown blocks,
     * up to its end tag on {@code closeLine}.
     */
    record Stop(int offset, int closeLine) {
    }

    /**
     * kramdown's reading of raw HTML (its parse_raw_html): tags nest by name, an end tag that
     * closes nothing open is text, and an element with a {@code markdown} attribute has its
     * content read as Markdown, spans at once, blocks by the caller.
     */
    static final class RawScan {
        final String text;
        final int[] lineStarts;
        final Deque<String> stack;
        final List<Part> parts = new ArrayList<>();
        /** HTML read but not yet made a part, up to {@link #rawStart}. */
        private final StringBuilder pending = new StringBuilder();
        int rawStart;

        RawScan(String text, int[] lineStarts, Deque<String> stack, int rawStart) {
            this.text = text;
            this.lineStarts = lineStarts;
            this.stack = stack;
            this.rawStart = rawStart;
        }

        /** Makes an HTML part of what was read up to {@code end}, and {@code then}. */
        void html(int end, String then) {
            parts.add(new Html(pending.append(text, rawStart, end).append(then).toString()));
            pending.setLength(0);
            rawStart = end;
        }

        /** Scans from {@code pos}; null when the text ends before the elements open are closed. */
        Stop run(int pos) {
            while (true) {
                int lt = text.indexOf('<', pos);
                if (lt < 0) {
                    return null;
                }
                if (text.startsWith("<!--", lt)) {
                    int end = text.indexOf("-->", lt + 4);
                    pos = end < 0 ? lt + 1 : end + 3;
                    continue;
                }
                if (text.startsWith("<?", lt)) {
                    int end = text.indexOf("?>", lt + 2);
                    pos = end < 0 ? lt + 1 : end + 2;
                    continue;
                }
                Matcher close = HTML_CLOSE.matcher(text).region(lt, text.length());
                if (close.lookingAt()) {
                    pos = close.end();
                    if (!stack.isEmpty() && stack.peek().equalsIgnoreCase(close.group(1))) {
                        stack.pop();
                        if (stack.isEmpty()) {
                            return new Stop(pos, -1);
                        }
                    } else {
                        // closes nothing open: kramdown keeps it as text
                        pending.append(text, rawStart, lt).append("&lt;").append(text, lt + 1, pos - 1).append("&gt;");
                        rawStart = pos;
                    }
                    continue;
                }
                Matcher tag = HTML_TAG.matcher(text).region(lt, text.length());
                if (!tag.lookingAt()) {
                    // starts no tag: text, which kramdown writes escaped
                    pending.append(text, rawStart, lt).append("&lt;");
                    rawStart = pos = lt + 1;
                    continue;
                }
                String name = tag.group(1).toLowerCase(Locale.ROOT);
                pos = tag.end();
                if (name.equals("script") || name.equals("style")) {
                    Matcher end = Pattern.compile("</" + name + "\\s*>", Pattern.CASE_INSENSITIVE).matcher(text);
                    pos = end.find(pos) ? end.end() : text.length();
                    if (stack.isEmpty()) {
                        return new Stop(pos, -1);
                    }
                    continue;
                }
                if (tag.group(4) != null || WITHOUT_BODY.contains(name)) {
                    if (stack.isEmpty()) {
                        return new Stop(pos, -1);
                    }
                    continue;
                }
                String model = contentModel(name, tag.group(2));
                if (model.equals("span")) {
                    Matcher end = Pattern.compile("</" + Pattern.quote(name) + "\\s*>", Pattern.CASE_INSENSITIVE)
                            .matcher(text);
                    if (!end.find(pos)) {
                        return null;
                    }
                    // kramdown takes the text up to the first end tag of that name as the span
                    html(lt, withoutMarkdownAttribute(tag.group()));
                    parts.add(new Span(text.substring(pos, end.start())));
                    rawStart = end.start();
                    pos = end.end();
                    if (stack.isEmpty()) {
                        return new Stop(pos, -1);
                    }
                    continue;
                }
                if (model.equals("block")) {
                    int closeLine = blockCloseLine(name, pos);
                    if (closeLine >= 0) {
                        stack.push(name);
                        html(lt, withoutMarkdownAttribute(tag.group()));
                        rawStart = pos;
                        return new Stop(pos, closeLine);
                    }
                    // its end tag does not start a line: left as HTML
                }
                if (MARKDOWN_ATTRIBUTE.matcher(tag.group(2)).find()) {
                    // kramdown drops the attribute whatever it reads the content as
                    pending.append(text, rawStart, lt).append(withoutMarkdownAttribute(tag.group()));
                    rawStart = pos;
                }
                stack.push(name);
            }
        }

        /**
         * The line of the end tag of the element whose start tag ends at {@code from}, when that
         * end tag starts its line (as kramdown needs it to end the element's blocks) and is not
         * on the start tag's line; -1 otherwise.
         */
        private int blockCloseLine(String name, int from) {
            Pattern open = Pattern.compile("<" + Pattern.quote(name) + "(\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);
            Matcher close = Pattern.compile("</" + Pattern.quote(name) + "\\s*>", Pattern.CASE_INSENSITIVE)
                    .matcher(text);
            int depth = 0;
            int pos = from;
            while (close.find(pos)) {
                Matcher opens = open.matcher(text).region(pos, close.start());
                while (opens.find()) {
                    depth++;
                }
                pos = close.end();
                if (depth-- == 0) {
                    int line = lineOf(lineStarts, close.start());
                    boolean startsLine = text.substring(lineStarts[line], close.start()).matches(" {0,3}");
                    return startsLine && line > lineOf(lineStarts, from) ? line : -1;
                }
            }
            return -1;
        }
    }

    /**
     * The content model kramdown gives an element from its {@code markdown} attribute: "raw" when
     * there is none or it is "0", the element's own for "1", else the value ("span", "block").
     */
    private static String contentModel(String name, String attributes) {
        Matcher attribute = MARKDOWN_ATTRIBUTE.matcher(attributes == null ? "" : attributes);
        if (!attribute.find()) {
            return "raw";
        }
        String value = attribute.group(1) != null ? attribute.group(1)
                : attribute.group(2) != null ? attribute.group(2) : attribute.group(3);
        return switch (value) {
            case "1" -> BLOCK_MODEL.contains(name) ? "block" : SPAN_MODEL.contains(name) ? "span" : "raw";
            case "span", "block" -> value;
            default -> "raw";
        };
    }

    private static String withoutMarkdownAttribute(String tag) {
        return MARKDOWN_ATTRIBUTE.matcher(tag).replaceFirst("");
    }

}
