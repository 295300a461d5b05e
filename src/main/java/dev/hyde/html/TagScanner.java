package dev.hyde.html;

import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a page's links, ids and headings from its tags as written, without building a tree: a few
 * times cheaper than jsoup's parse with positions, which on a large site costs more than checking
 * the links does.
 *
 * <p>It reads only HTML whose elements are its tags in the order written, as the pages of a site
 * almost always are: every element closed where the HTML standard's tree builder closes it, no
 * table content moved out of its table, no formatting element reopened, no template, no select,
 * no MathML. Wherever the tree builder would do something it does not model, it declines
 * (returns empty) and {@link HtmlScanner} parses instead; so what it returns is always what the
 * parser reads, positions included. {@code TagScannerTest} holds it to that on pages written to
 * trip it.
 */
final class TagScanner {

    /**
     * What a reading gave.
     *
     * @param scan     the links, ids and headings
     * @param closed   the text ends reading plain markup with every element it opened closed
     * @param markRead the mark element was read as an element at the offset asked for
     */
    record Reading(ScannedHtml scan, boolean closed, boolean markRead) {
    }

    /** Where the tree builder stands: the standard's insertion modes this reader follows. */
    private enum Mode { BEFORE_HTML, BEFORE_HEAD, IN_HEAD, AFTER_HEAD, IN_BODY, AFTER_BODY }

    /** Tags whose handling by the tree builder this reader does not follow. */
    private static final Set<String> DECLINED = Set.of("template", "option", "optgroup", "math",
            "frameset", "frame", "plaintext", "xmp", "noembed", "noframes", "noscript", "image", "isindex",
            "nobr", "command", "device", "menuitem", "applet", "marquee", "object", "rb", "rp", "rt", "rtc",
            "caption", "col", "colgroup", "search", "param", "keygen");

    /** Elements with no content and no end tag. */
    private static final Set<String> VOID = Set.of("area", "base", "basefont", "bgsound", "br", "embed", "hr",
            "img", "input", "link", "meta", "source", "track", "wbr");

    /** Elements whose content is text up to their end tag, never tags: the parser's raw text and RCDATA. */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "title", "textarea", "iframe");

    /** Start tags that close an open {@code p} first (jsoup's list, headings and the rest). */
    private static final Set<String> P_CLOSERS = Set.of("address", "article", "aside", "blockquote", "center",
            "details", "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "menu",
            "nav", "ol", "p", "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing",
            "form", "table", "hr", "li", "dd", "dt");

    /** Elements the tree builder closes by itself when a parent's end tag comes. */
    private static final Set<String> IMPLIED_END = Set.of("p", "li", "dd", "dt");

    /** End tags that close, with their element, the elements the tree builder closes by itself. */
    private static final Set<String> END_CLOSERS = Set.of("address", "article", "aside", "blockquote", "button",
            "center", "details", "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup",
            "listing", "menu", "nav", "ol", "pre", "section", "summary", "ul", "li", "dd", "dt", "p", "h1", "h2",
            "h3", "h4", "h5", "h6", "form", "td", "th");

    private static final Set<String> TABLE_PARTS = Set.of("tbody", "thead", "tfoot", "tr", "td", "th");
    private static final Set<String> LISTS = Set.of("ul", "ol", "menu");
    private static final Set<String> DEFINITION_LISTS = Set.of("dl");

    /** Elements that bound the scope in which an open {@code p} is found (button scope). */
    private static final Set<String> SCOPE_BOUNDS = Set.of("applet", "caption", "html", "table", "td", "th",
            "marquee", "object", "template", "button", "svg");

    /** Elements whose text a heading's text is read through as plain inline text. */
    private static final Set<String> HEADING_INLINE = Set.of("a", "abbr", "b", "cite", "code", "del", "dfn", "em",
            "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "tt", "u",
            "var", "svg");

    /** HTML start tags that end an {@code svg} (the standard's breakout list). */
    private static final Set<String> SVG_BREAKOUT = Set.of("b", "big", "blockquote", "body", "br", "center", "code",
            "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li",
            "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strike", "strong",
            "sub", "sup", "table", "tt", "u", "ul", "var", "font", "script", "style", "foreignobject");

    /** The head's elements, read where they stand also after the head. */
    private static final Set<String> HEAD_VOID = Set.of("base", "basefont", "bgsound", "link", "meta");

    /** Thrown to give up: the parser reads this text. Without a stack trace, it costs little. */
    private static final class Declined extends RuntimeException {
        Declined() {
            super(null, null, false, false);
        }
    }

    private static final Declined DECLINED_READING = new Declined();

    private final String html;
    private final int length;
    private final int markOffset;
    private final String markName;
    private final LineIndex lines;
    private final List<HtmlLink> links = new ArrayList<>();
    private final List<HtmlId> ids = new ArrayList<>();
    private final List<HtmlHeading> headings = new ArrayList<>();
    private String base;
    private Mode mode = Mode.BEFORE_HTML;
    private boolean bodyStarted;
    /** Where the next "--!>" at or after {@link #bangSoughtFrom} starts: -1 when there is none. */
    private int nextBangClose = -1;
    /** Where it was last sought from; not yet sought while this is past any comment. */
    private int bangSoughtFrom = Integer.MAX_VALUE;
    private boolean formOpen;
    private boolean markRead;
    /** Reading a select's options, where the parser drops most tags. */
    private boolean inSelect;

    /** The open elements below body, bottom first. */
    private String[] stack = new String[32];
    private int depth;
    /**
     * For each open table, by its place in the stack: where in the ids and the links the next
     * element moved out of it goes (the parser puts such an element right before the table).
     */
    private int[] fosterIds = new int[32];
    private int[] fosterLinks = new int[32];
    /** How many of the open elements are SVG's, at the top of the stack. */
    private int svgDepth;

    /** The heading being read, if one is open: its place in the stack and its text so far. */
    private int headingAt = -1;
    private final StringBuilder headingText = new StringBuilder();
    private String headingId;
    private String headingWrittenId;

    /** Each attribute of the tag being read: name, and where its value starts and ends (-1 if none). */
    private final List<String> attributeNames = new ArrayList<>();
    private int[] valueStarts = new int[8];
    private int[] valueEnds = new int[8];

    private TagScanner(String html, int markOffset, String markName, LineIndex lines) {
        this.html = html;
        this.length = html.length();
        this.markOffset = markOffset;
        this.markName = markName;
        this.lines = lines;
    }

    /**
     * Reads {@code html}, a whole page or a fragment of one.
     *
     * @param markOffset where the mark element should be read as an element, or -1
     * @param markName   the mark element's name
     * @return empty where only the parser reads it right
     */
    static Optional<Reading> read(String html, int markOffset, String markName) {
        LineIndex lines = LineIndex.unlessCrOrNul(html);
        if (lines == null) {
            return Optional.empty(); // the parser's input stream changes '\r' and '\0': positions would shift
        }
        TagScanner scanner = new TagScanner(html, markOffset, markName, lines);
        try {
            boolean closed = scanner.readAll();
            return Optional.of(new Reading(new ScannedHtml(scanner.links, scanner.ids, scanner.headings,
                    Optional.ofNullable(scanner.base)), closed, scanner.markRead));
        } catch (Declined declined) {
            return Optional.empty();
        }
    }

    private static Declined decline() {
        return DECLINED_READING;
    }

    private boolean readAll() {
        int at = 0;
        while (at < length) {
            int lt = html.indexOf('<', at);
            int textEnd = lt < 0 ? length : lt;
            if (textEnd > at) {
                text(at, textEnd);
            }
            if (lt < 0) {
                break;
            }
            at = markup(lt);
        }
        if (headingAt >= 0) {
            throw decline(); // a heading the parser closes at the end
        }
        return mode != Mode.AFTER_BODY && depth == 0;
    }

    /** Reads what starts with {@code <} at {@code lt}; returns where reading goes on. */
    private int markup(int lt) {
        if (lt + 1 >= length) {
            text(lt, length);
            return length;
        }
        char next = html.charAt(lt + 1);
        if (isAsciiLetter(next)) {
            return startTag(lt);
        }
        if (next == '/') {
            if (lt + 2 < length && isAsciiLetter(html.charAt(lt + 2))) {
                return endTag(lt);
            }
            if (lt + 2 < length && html.charAt(lt + 2) == '>') {
                return lt + 3; // "</>" is dropped
            }
            throw decline(); // a bogus comment
        }
        if (next == '!') {
            if (html.startsWith("<!--", lt)) {
                return comment(lt);
            }
            if (mode == Mode.BEFORE_HTML && lt + 9 <= length && html.regionMatches(true, lt, "<!doctype", 0, 9)) {
                int close = html.indexOf('>', lt);
                if (close < 0) {
                    throw decline();
                }
                return close + 1;
            }
            throw decline();
        }
        if (next == '?') {
            throw decline();
        }
        text(lt, lt + 1); // a "<" that starts no tag is text
        return lt + 1;
    }

    private int comment(int lt) {
        int from = lt + 4;
        if (html.startsWith(">", from) || html.startsWith("->", from)) {
            throw decline(); // an abruptly closed comment
        }
        int close = html.indexOf("-->", from);
        if (close < 0) {
            throw decline();
        }
        if (from < bangSoughtFrom || nextBangClose >= 0 && nextBangClose < from) {
            // sought again only once passed: searching from each comment to the end of a page
            // without one made reading a page with many comments quadratic in its length
            nextBangClose = html.indexOf("--!>", from);
            bangSoughtFrom = from;
        }
        if (nextBangClose >= 0 && nextBangClose < close) {
            throw decline();
        }
        return close + 3;
    }

    private void text(int from, int to) {
        boolean whitespace = isWhitespace(from, to);
        switch (mode) {
            case BEFORE_HTML, BEFORE_HEAD, AFTER_HEAD, IN_HEAD -> {
                if (whitespace) {
                    return;
                }
                startBody();
            }
            case AFTER_BODY -> {
                if (!whitespace) {
                    throw decline();
                }
                return;
            }
            default -> {
            }
        }
        if (inTableContext() && !whitespace) {
            throw decline(); // the parser moves it out of the table
        }
        if (headingAt >= 0) {
            String raw = html.substring(from, to);
            appendNormalised(raw.indexOf('&') >= 0 ? Parser.unescapeEntities(raw, false) : raw);
        }
    }

    private int startTag(int lt) {
        int nameEnd = lt + 1;
        while (nameEnd < length && !isTagNameEnd(html.charAt(nameEnd))) {
            nameEnd++;
        }
        if (nameEnd >= length || html.charAt(nameEnd) == '<') {
            throw decline();
        }
        String name = lowerCase(lt + 1, nameEnd);
        boolean svg = svgDepth > 0;
        // SVG keeps its attributes' case (viewBox), as the parser does for foreign elements.
        int end = attributes(nameEnd, svg || name.equals("svg"));
        boolean selfClosing = html.charAt(end - 2) == '/' && end - 2 >= nameEnd && selfClosingSlash(end);
        if (lt == markOffset && name.equals(markName)) {
            if (svg || inTableContext()) {
                throw decline();
            }
            markRead = true;
        }
        if (name.equals("a") && !svg && !inSelect && mode == Mode.IN_BODY && inTableContext()) {
            return fosteredEmptyLink(end, selfClosing);
        }
        element(name, selfClosing, svg);
        return afterStartTag(name, end);
    }

    /**
     * An empty {@code <a ...></a>} where only table structure may stand (an anchor put between a
     * table's rows, as generated reference pages do): the parser moves it out, right before the
     * table, and nothing else changes. Its ids and links are read there in the document's order.
     * Anything more (text or tags inside it, another link open around the table, which the
     * parser would close and reopen) is declined.
     *
     * @return where reading goes on: after its end tag
     */
    private int fosteredEmptyLink(int end, boolean selfClosing) {
        if (selfClosing || !html.regionMatches(true, end, "</a>", 0, 4) || open("a")) {
            throw decline();
        }
        int table = lastIndexOf("table");
        int idsBefore = ids.size();
        int linksBefore = links.size();
        read("a");
        fosterIds[table] = moveBack(ids, idsBefore, fosterIds[table]);
        fosterLinks[table] = moveBack(links, linksBefore, fosterLinks[table]);
        return end + 4;
    }

    /** Moves the items of {@code list} from {@code from} on back to {@code to}; returns where the next go. */
    private static <T> int moveBack(List<T> list, int from, int to) {
        List<T> moved = new ArrayList<>(list.subList(from, list.size()));
        list.subList(from, list.size()).clear();
        list.addAll(to, moved);
        return to + moved.size();
    }

    /** The tag ends in "/>" with the slash not part of an unquoted value. */
    private boolean selfClosingSlash(int end) {
        int slash = end - 2;
        for (int i = 0; i < attributeNames.size(); i++) {
            if (valueEnds[i] == slash + 1 && valueStarts[i] >= 0 && valueStarts[i] <= slash
                    && html.charAt(valueStarts[i] - 1) != '"' && html.charAt(valueStarts[i] - 1) != '\'') {
                return false; // <a href=x/>: the slash is the value's
            }
        }
        return true;
    }

    /**
     * Reads the attributes after a tag name into {@link #attributeNames}; returns the offset after
     * the tag's {@code >}.
     */
    private int attributes(int at, boolean keepCase) {
        attributeNames.clear();
        int i = at;
        while (true) {
            while (i < length && isSpace(html.charAt(i))) {
                i++;
            }
            if (i >= length) {
                throw decline();
            }
            char c = html.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (c == '/') {
                i++;
                continue;
            }
            if (c == '=' || c == '"' || c == '\'' || c == '<') {
                throw decline();
            }
            int nameStart = i;
            while (i < length && !isAttributeNameEnd(html.charAt(i))) {
                char n = html.charAt(i);
                if (n == '"' || n == '\'' || n == '<') {
                    throw decline();
                }
                i++;
            }
            String attribute = keepCase ? html.substring(nameStart, i) : lowerCase(nameStart, i);
            int j = i;
            while (j < length && isSpace(html.charAt(j))) {
                j++;
            }
            int valueStart = -1;
            int valueEnd = -1;
            if (j < length && html.charAt(j) == '=') {
                j++;
                while (j < length && isSpace(html.charAt(j))) {
                    j++;
                }
                if (j >= length) {
                    throw decline();
                }
                char quote = html.charAt(j);
                if (quote == '"' || quote == '\'') {
                    int close = html.indexOf(quote, j + 1);
                    if (close < 0) {
                        throw decline();
                    }
                    valueStart = j + 1;
                    valueEnd = close;
                    i = close + 1;
                    if (i < length && !isSpace(html.charAt(i)) && html.charAt(i) != '>' && html.charAt(i) != '/') {
                        throw decline(); // no space before the next attribute
                    }
                } else if (quote == '>') {
                    throw decline(); // "a=>": a missing value
                } else {
                    valueStart = j;
                    while (j < length && !isSpace(html.charAt(j)) && html.charAt(j) != '>') {
                        char v = html.charAt(j);
                        if (v == '"' || v == '\'' || v == '<' || v == '=' || v == '`') {
                            throw decline();
                        }
                        j++;
                    }
                    valueEnd = j;
                    i = j;
                }
            } else {
                i = nameStart == i ? i + 1 : i;
            }
            if (!attributeNames.contains(attribute)) { // a repeated attribute is dropped
                int index = attributeNames.size();
                if (index == valueStarts.length) {
                    valueStarts = Arrays.copyOf(valueStarts, index * 2);
                    valueEnds = Arrays.copyOf(valueEnds, index * 2);
                }
                attributeNames.add(attribute);
                valueStarts[index] = valueStart;
                valueEnds[index] = valueEnd;
            }
        }
    }

    /** Skips the text of a script, style, title or textarea, which holds no tags; returns where its end tag ends. */
    private int afterStartTag(String name, int end) {
        if (svgDepth > 0) {
            return end; // in SVG, a title is an element like any other
        }
        return RAW_TEXT.contains(name) ? rawText(name, end) : end;
    }

    private int rawText(String name, int from) {
        if (svgDepth > 0 || headingAt >= 0) {
            throw decline();
        }
        int at = from;
        while (true) {
            int close = html.indexOf("</", at);
            if (close < 0) {
                throw decline();
            }
            int after = close + 2 + name.length();
            if (after < length && html.regionMatches(true, close + 2, name, 0, name.length())
                    && (isSpace(html.charAt(after)) || html.charAt(after) == '/' || html.charAt(after) == '>')) {
                if (name.equals("script") && html.substring(from, close).contains("<!--")) {
                    throw decline(); // the script's escaped states
                }
                int gt = after;
                while (gt < length && isSpace(html.charAt(gt))) {
                    gt++;
                }
                if (gt >= length || html.charAt(gt) != '>') {
                    throw decline();
                }
                return gt + 1;
            }
            at = close + 2;
        }
    }

    private int endTag(int lt) {
        int nameEnd = lt + 2;
        while (nameEnd < length && !isTagNameEnd(html.charAt(nameEnd))) {
            nameEnd++;
        }
        int gt = nameEnd;
        while (gt < length && isSpace(html.charAt(gt))) {
            gt++;
        }
        if (gt >= length || html.charAt(gt) != '>') {
            throw decline(); // attributes on an end tag, or no end
        }
        String name = lowerCase(lt + 2, nameEnd);
        closeElement(name, lt);
        return gt + 1;
    }

    /** What the tree builder does with a start tag, as far as the elements it makes are concerned. */
    private void element(String name, boolean selfClosing, boolean svg) {
        if (inSelect) {
            selectElement(name, selfClosing);
            return;
        }
        if (svg) {
            String current = stack[depth - 1];
            if (SVG_BREAKOUT.contains(name) || current.equals("title") || current.equals("desc")) {
                throw decline(); // HTML again, or HTML inside an SVG title
            }
            read(name);
            if (!selfClosing) {
                push(name);
                svgDepth++;
            }
            return;
        }
        if (DECLINED.contains(name)) {
            throw decline();
        }
        switch (name) {
            case "html" -> {
                if (mode != Mode.BEFORE_HTML) {
                    throw decline(); // merged into the html element
                }
                read(name);
                mode = Mode.BEFORE_HEAD;
                return;
            }
            case "head" -> {
                if (mode != Mode.BEFORE_HTML && mode != Mode.BEFORE_HEAD) {
                    throw decline();
                }
                read(name);
                mode = Mode.IN_HEAD;
                return;
            }
            case "body" -> {
                if (mode == Mode.IN_BODY || mode == Mode.AFTER_BODY || bodyStarted) {
                    throw decline(); // merged into the body element
                }
                read(name);
                mode = Mode.IN_BODY;
                bodyStarted = true;
                return;
            }
            default -> {
            }
        }
        boolean headElement = HEAD_VOID.contains(name) || name.equals("title") || name.equals("style")
                || name.equals("script");
        switch (mode) {
            case BEFORE_HTML, BEFORE_HEAD -> {
                mode = Mode.IN_HEAD;
                if (!headElement) {
                    startBody();
                }
            }
            case IN_HEAD, AFTER_HEAD -> {
                if (!headElement) {
                    startBody();
                }
            }
            case AFTER_BODY -> throw decline();
            default -> {
            }
        }
        if (selfClosing && !VOID.contains(name)) {
            throw decline(); // "<div/>": how the parser reads it depends on the tag
        }
        if (mode != Mode.IN_BODY) {
            read(name); // an element of the head
            return;
        }
        if (inTableContext()) {
            tableElement(name);
            return;
        }
        if (headingAt >= 0 && !HEADING_INLINE.contains(name)) {
            throw decline(); // its text would be read with separators
        }
        if (P_CLOSERS.contains(name)) {
            closeP();
        }
        switch (name) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                if (openHeading() || open("pre") || open("listing")) {
                    throw decline();
                }
                read(name);
                push(name);
                return;
            }
            case "li" -> closeListItem("li", LISTS);
            case "dd", "dt" -> closeListItem(null, DEFINITION_LISTS);
            case "a" -> {
                if (open("a")) {
                    throw decline(); // the parser closes the first link and reopens it
                }
            }
            case "form" -> {
                if (formOpen) {
                    throw decline();
                }
                formOpen = true;
            }
            case "button" -> {
                if (open("button")) {
                    throw decline();
                }
            }
            case "table" -> {
                int idsBefore = ids.size();
                int linksBefore = links.size();
                read(name);
                push(name);
                fosterIds[depth - 1] = idsBefore;
                fosterLinks[depth - 1] = linksBefore;
                return;
            }
            case "td", "th", "tr", "tbody", "thead", "tfoot" -> throw decline(); // dropped outside a table
            case "select" -> {
                if (selfClosing) {
                    throw decline();
                }
                read(name);
                push(name);
                inSelect = true;
                return;
            }
            case "svg" -> {
                read(name);
                if (!selfClosing) {
                    push(name);
                    svgDepth = 1;
                }
                return;
            }
            default -> {
            }
        }
        read(name);
        if (!VOID.contains(name) && !RAW_TEXT.contains(name)) {
            push(name);
        }
    }

    /** A start tag inside a select: only its options and groups are read as written. */
    private void selectElement(String name, boolean selfClosing) {
        if (selfClosing) {
            throw decline();
        }
        String current = stack[depth - 1];
        switch (name) {
            case "option" -> {
                if (current.equals("option")) {
                    depth--;
                }
            }
            case "optgroup" -> {
                if (current.equals("option")) {
                    depth--;
                }
                if (stack[depth - 1].equals("optgroup")) {
                    depth--;
                }
            }
            default -> throw decline(); // dropped, or the select closed, by the parser
        }
        read(name);
        push(name);
    }

    /** An end tag inside a select. */
    private void closeInSelect(String name) {
        String current = stack[depth - 1];
        switch (name) {
            case "option" -> {
                if (current.equals("option")) {
                    depth--;
                }
            }
            case "optgroup" -> {
                if (current.equals("option") && depth >= 2 && stack[depth - 2].equals("optgroup")) {
                    depth--;
                }
                if (stack[depth - 1].equals("optgroup")) {
                    depth--;
                }
            }
            case "select" -> {
                depth = lastIndexOf("select");
                inSelect = false;
            }
            default -> throw decline();
        }
    }

    /** A start tag where the table itself is the current node: only the table's structure is read as written. */
    private void tableElement(String name) {
        String current = stack[depth - 1];
        switch (name) {
            case "thead", "tbody", "tfoot" -> {
                if (!current.equals("table")) {
                    throw decline();
                }
                read(name);
                push(name);
            }
            case "tr" -> {
                if (current.equals("table")) {
                    push("tbody"); // the parser puts in the row group the markup left out
                } else if (current.equals("tr")) {
                    throw decline();
                }
                read(name);
                push(name);
            }
            case "td", "th" -> {
                if (!current.equals("tr")) {
                    throw decline();
                }
                read(name);
                push(name);
            }
            case "script", "style" -> read(name);
            default -> throw decline(); // moved out of the table by the parser
        }
    }

    /** What an end tag closes. */
    private void closeElement(String name, int lt) {
        if (inSelect) {
            closeInSelect(name);
            return;
        }
        if (svgDepth > 0) {
            if (!stack[depth - 1].equals(name)) {
                throw decline();
            }
            depth--;
            svgDepth--;
            return;
        }
        switch (mode) {
            case BEFORE_HTML, BEFORE_HEAD -> throw decline();
            case IN_HEAD -> {
                if (!name.equals("head")) {
                    throw decline();
                }
                mode = Mode.AFTER_HEAD;
                return;
            }
            case AFTER_HEAD -> throw decline();
            case AFTER_BODY -> {
                if (!name.equals("html")) {
                    throw decline();
                }
                return;
            }
            default -> {
            }
        }
        switch (name) {
            case "body", "html" -> {
                if (depth > 0) {
                    throw decline();
                }
                mode = Mode.AFTER_BODY;
                return;
            }
            case "head" -> {
                return; // ignored in the body
            }
            case "br" -> {
                if (headingAt >= 0 || inTableContext()) {
                    throw decline(); // read as a <br>
                }
                return;
            }
            case "p" -> {
                if (!pInButtonScope() && (headingAt >= 0 || inTableContext())) {
                    throw decline(); // read as an empty paragraph
                }
            }
            case "form" -> formOpen = false;
            default -> {
            }
        }
        int at = lastIndexOf(name);
        if (at < 0) {
            if (isHeading(name) && openHeading()) {
                throw decline(); // one heading's end tag closes another
            }
            return; // an end tag with nothing to close is dropped
        }
        for (int above = at + 1; above < depth; above++) {
            if (!closesWith(name, stack[above])) {
                throw decline(); // an element left open inside it: the parser's handling varies
            }
        }
        if (at == headingAt) {
            headings.add(new HtmlHeading(name.charAt(1) - '0', headingId, headingWrittenId,
                    headingText.toString().trim(), lt));
            headingAt = -1;
        }
        depth = at;
    }

    /** Whether an element left open inside {@code name} is closed silently by its end tag. */
    private static boolean closesWith(String name, String open) {
        return switch (name) {
            case "table" -> TABLE_PARTS.contains(open) || IMPLIED_END.contains(open);
            case "tbody", "thead", "tfoot" -> open.equals("tr") || open.equals("td") || open.equals("th")
                    || IMPLIED_END.contains(open);
            case "tr" -> open.equals("td") || open.equals("th") || IMPLIED_END.contains(open);
            default -> END_CLOSERS.contains(name) && IMPLIED_END.contains(open);
        };
    }

    private boolean openHeading() {
        for (int i = depth - 1; i >= 0; i--) {
            if (isHeading(stack[i])) {
                return true;
            }
        }
        return false;
    }

    private void closeP() {
        for (int i = depth - 1; i >= 0; i--) {
            String open = stack[i];
            if (open.equals("p")) {
                if (i != depth - 1) {
                    throw decline();
                }
                depth--;
                return;
            }
            if (SCOPE_BOUNDS.contains(open)) {
                return;
            }
        }
    }

    private boolean pInButtonScope() {
        for (int i = depth - 1; i >= 0; i--) {
            if (stack[i].equals("p")) {
                return true;
            }
            if (SCOPE_BOUNDS.contains(stack[i])) {
                return false;
            }
        }
        return false;
    }

    /** An {@code li}, {@code dd} or {@code dt} closes the open item of its list. */
    private void closeListItem(String item, Set<String> lists) {
        for (int i = depth - 1; i >= 0; i--) {
            String open = stack[i];
            boolean same = item == null ? open.equals("dd") || open.equals("dt") : open.equals(item);
            if (same) {
                if (i != depth - 1) {
                    throw decline();
                }
                depth--;
                return;
            }
            if (lists.contains(open)) {
                return;
            }
        }
    }

    /** Reads the attributes of an element just made. */
    private void read(String name) {
        boolean heading = isHeading(name);
        if (heading) {
            headingId = null;
            headingWrittenId = null;
        }
        for (int i = 0; i < attributeNames.size(); i++) {
            String key = attributeNames.get(i);
            int start = valueStarts[i];
            if (start < 0 || valueEnds[i] == start) {
                continue; // no value: no id, no URL
            }
            if (key.equals("id")) {
                String written = html.substring(start, valueEnds[i]);
                String id = decoded(written);
                ids.add(new HtmlId(id, start, lines.line(start), lines.column(start), false));
                if (heading) {
                    headingId = id;
                    headingWrittenId = written;
                }
            } else if (key.equals("name") && name.equals("a")) {
                ids.add(new HtmlId(decoded(html.substring(start, valueEnds[i])), start, lines.line(start),
                        lines.column(start), true));
            } else if (LinkAttributes.mayHoldUrls(name) && LinkAttributes.holdsUrl(name, key, this::attribute)) {
                int line = lines.line(start);
                HtmlScanner.addUrls(name, key, html.substring(start, valueEnds[i]), start, line,
                        lines.column(start), links);
            }
        }
        if (name.equals("base") && base == null) {
            String href = attribute("href");
            if (indexOf("href") >= 0) {
                base = href.strip();
            }
        }
        if (heading && headingId != null && !headingId.isEmpty()) {
            headingText.setLength(0);
            headingAt = depth; // the heading is pushed next
        }
    }

    /** The decoded value of an attribute of the tag being read; empty if it has none. */
    private String attribute(String name) {
        int i = indexOf(name);
        return i < 0 || valueStarts[i] < 0 ? "" : decoded(html.substring(valueStarts[i], valueEnds[i]));
    }

    private int indexOf(String name) {
        return attributeNames.indexOf(name);
    }

    private static String decoded(String written) {
        return written.indexOf('&') >= 0 ? Parser.unescapeEntities(written, true) : written;
    }

    private void startBody() {
        if (bodyStarted) {
            throw decline();
        }
        mode = Mode.IN_BODY;
        bodyStarted = true;
    }

    private boolean inTableContext() {
        if (depth == 0 || svgDepth > 0) {
            return false;
        }
        String current = stack[depth - 1];
        return current.equals("table") || current.equals("tbody") || current.equals("thead")
                || current.equals("tfoot") || current.equals("tr");
    }

    private boolean open(String name) {
        return lastIndexOf(name) >= 0;
    }

    private int lastIndexOf(String name) {
        for (int i = depth - 1; i >= 0; i--) {
            if (stack[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private void push(String name) {
        if (depth == stack.length) {
            stack = Arrays.copyOf(stack, depth * 2);
            fosterIds = Arrays.copyOf(fosterIds, depth * 2);
            fosterLinks = Arrays.copyOf(fosterLinks, depth * 2);
        }
        stack[depth++] = name;
    }

    /** Appends a text's whitespace collapsed, as jsoup's {@code Element.text()} does. */
    private void appendNormalised(String text) {
        boolean lastWasWhite = false;
        boolean reachedNonWhite = false;
        boolean stripLeading = headingText.length() > 0 && headingText.charAt(headingText.length() - 1) == ' ';
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == 160) {
                if ((stripLeading && !reachedNonWhite) || lastWasWhite) {
                    continue;
                }
                headingText.append(' ');
                lastWasWhite = true;
            } else if (c != 8203 && c != 173) {
                headingText.appendCodePoint(c);
                lastWasWhite = false;
                reachedNonWhite = true;
            }
        }
    }

    private String lowerCase(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = html.charAt(i);
            if (c >= 'A' && c <= 'Z' || c > 127) {
                StringBuilder lower = new StringBuilder(to - from);
                for (int j = from; j < to; j++) {
                    char d = html.charAt(j);
                    lower.append(d >= 'A' && d <= 'Z' ? (char) (d + 32) : d);
                }
                return lower.toString();
            }
        }
        return html.substring(from, to);
    }

    private boolean isWhitespace(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isSpace(html.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f';
    }

    private static boolean isTagNameEnd(char c) {
        return isSpace(c) || c == '/' || c == '>' || c == '<';
    }

    private static boolean isAttributeNameEnd(char c) {
        return isSpace(c) || c == '/' || c == '>' || c == '=';
    }
}
