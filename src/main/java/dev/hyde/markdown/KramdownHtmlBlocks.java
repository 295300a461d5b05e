package dev.hyde.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hyde.text.TextBuffers;

/**
 * kramdown's HTML blocks: a block-level tag at the start of a line opens a block that runs to its
 * matching end tag, blank lines and indented lines included, and its content is left as it is.
 * CommonMark ends an HTML block at the first blank line and reads what follows as Markdown (an
 * indented {@code <tr>} becomes a code block), and it does not know tag names with a colon
 * ({@code <gcse:search>}). So such blocks are cut out before parsing, replaced by a placeholder
 * paragraph, and put back into the rendered HTML unchanged.
 *
 * <p>In a Jekyll site the blocks are read as kramdown reads them ({@link KramdownRawHtml}): any tag but a
 * span element starts one, also right under a paragraph line and at a list item's content
 * column; a {@code markdown} attribute makes an element's content Markdown (blocks, or span-level
 * text rendered when the block is put back); an end tag that closes nothing and a {@code <} that
 * starts no tag are text. This line scan also gives an indented code block the lazy lines
 * kramdown gives it.
 */
final class KramdownHtmlBlocks {
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body",
            "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
            "footer", "form", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html",
            "iframe", "legend", "li", "main", "menu", "nav", "noscript", "ol", "p", "section", "summary", "table",
            "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "video", "audio", "canvas", "object", "math", "svg");
    private static final Set<String> VOID_TAGS = Set.of("hr", "br", "img", "input", "meta", "link", "area", "col",
            "embed", "source", "track", "wbr");
    private static final Pattern START = Pattern.compile("^ {0,3}<([A-Za-z][A-Za-z0-9:-]*)(\\s[^>]*)?(/?)>");
    /** A code fence, also after list markers and quote markers, which open it inside their block. */
    private static final Pattern FENCE =
            Pattern.compile("^(?: {0,3}(?:[-*+]|[0-9]{1,9}[.)])[ \t]+| {0,3}>[ \t]?)* {0,3}(`{3,}|~{3,})");
    /** A closing fence: the opening's character, at least as many, nothing after. */
    private static final Pattern CLOSING_FENCE = Pattern.compile("^(?:[ \t]*>)*[ \t]*(`{3,}|~{3,})[ \t]*$");
    private static final String MARKER = "HYDEHTMLBLOCK";
    /** kramdown's span elements: any other tag starting a line starts an HTML block in a Jekyll site. */
    private static final Set<String> SPAN_ELEMENTS = Set.of("a", "abbr", "acronym", "b", "big", "bdo", "br",
            "button", "cite", "code", "del", "dfn", "em", "i", "img", "input", "ins", "kbd", "label", "mark", "option",
            "q", "rb", "rbc", "rp", "rt", "rtc", "ruby", "samp", "select", "small", "span", "strong", "sub", "sup",
            "tt", "u", "var");


    private KramdownHtmlBlocks() {
    }

    /**
     * The text with HTML blocks replaced by placeholders, and the blocks.
     *
     * @param origin for each line of {@code markdown} (0-based), the line of the original text it
     *               comes from; null when the lines are the original's
     * @param sourceHoldsMarker whether the original text holds the placeholders' marker itself
     */
    record Protected(String markdown, List<Block> blocks, int[] origin, boolean sourceHoldsMarker) {

        /** The original text's 1-based line for a 1-based line of {@link #markdown}; 0 stays 0. */
        int sourceLine(int line) {
            if (origin == null || line <= 0) {
                return line;
            }
            return origin[Math.min(line, origin.length) - 1] + 1;
        }

        /** Puts the blocks back in place of their placeholder paragraphs, spans left as text. */
        String restore(String html) {
            return restore(html, org.commonmark.internal.util.Escaping::escapeHtml);
        }

        /**
         * Puts the blocks back in place of their placeholder paragraphs.
         *
         * @param spans renders the Markdown of a {@link Span} to HTML
         */
        String restore(String html, java.util.function.UnaryOperator<String> spans) {
            if (blocks.isEmpty()) {
                return html;
            }
            // One pass over the HTML: replacing each marker in turn would copy the whole page once
            // per block, quadratic on a big page with many blocks.
            String open = "<p>" + MARKER;
            StringBuilder result = TextBuffers.like(html, html.length());
            int copied = 0;
            int restored = 0;
            // Once every block is back, no marker is left to find, unless the page's own text
            // holds one: the rest of the page (often most of it) is then copied without a search.
            boolean allBack = false;
            for (int at = html.indexOf(open); at >= 0; at = html.indexOf(open, at + 1)) {
                int digits = at + open.length();
                int end = digits;
                while (end < html.length() && Character.isDigit(html.charAt(end))) {
                    end++;
                }
                if (end == digits || end - digits > 9 || !html.startsWith("X</p>", end)) {
                    continue;
                }
                int index = Integer.parseInt(html, digits, end, 10);
                if (index >= blocks.size()) {
                    continue;
                }
                result.append(html, copied, at).append(blocks.get(index).html(spans));
                copied = end + "X</p>".length();
                at = copied - 1;
                if (++restored == blocks.size() && !sourceHoldsMarker) {
                    allBack = true;
                    break;
                }
            }
            result.append(html, copied, html.length());
            return allBack || result.indexOf(MARKER) < 0 ? result.toString() : restoreAsText(result.toString());
        }

        /**
         * Puts back, as text, the blocks whose placeholder did not end up a paragraph of its own:
         * where a code block that this class's line scan did not see swallowed it (a fence in a
         * list item that CommonMark ends), which is where the block's source shows as text.
         */
        private String restoreAsText(String html) {
            StringBuilder result = TextBuffers.like(html, html.length());
            int copied = 0;
            for (int at = html.indexOf(MARKER); at >= 0; at = html.indexOf(MARKER, at + 1)) {
                int digits = at + MARKER.length();
                int end = digits;
                while (end < html.length() && Character.isDigit(html.charAt(end))) {
                    end++;
                }
                if (end == digits || end - digits > 9 || !html.startsWith("X", end)) {
                    continue;
                }
                int index = Integer.parseInt(html, digits, end, 10);
                if (index >= blocks.size()) {
                    continue;
                }
                String block = blocks.get(index).source();
                result.append(html, copied, at).append(org.commonmark.internal.util.Escaping.escapeHtml(
                        block.endsWith("\n") ? block.substring(0, block.length() - 1) : block));
                copied = end + 1;
                at = copied - 1;
            }
            return result.append(html, copied, html.length()).toString();
        }
    }

    /** A part of a protected block: HTML as written, or Markdown that kramdown reads as spans. */
    sealed interface Part permits Html, Span {
    }

    /** HTML kept as written (a {@code <} that starts no tag aside, see {@link StrayAngles}). */
    record Html(String text) implements Part {
    }

    /** The content of an element whose content model is {@code span}: one run of span-level Markdown. */
    record Span(String markdown) implements Part {
    }

    /** One protected block: its parts in order. */
    record Block(List<Part> parts) {
        Block {
            parts = List.copyOf(parts);
        }

        String html(java.util.function.UnaryOperator<String> spans) {
            StringBuilder html = new StringBuilder();
            for (Part part : parts) {
                html.append(part instanceof Html h ? StrayAngles.escape(h.text()) : spans.apply(((Span) part).markdown()));
            }
            return html.toString();
        }

        /** The block's text as written (less kramdown's markdown attributes). */
        String source() {
            StringBuilder source = new StringBuilder();
            for (Part part : parts) {
                source.append(part instanceof Html h ? h.text() : ((Span) part).markdown());
            }
            return source.toString();
        }
    }

    /** Protects HTML blocks, Markdown inside them left as text (a Hyde project's rule). */
    static Protected protect(String markdown) {
        return protect(markdown, false);
    }

    /**
     * @param markdownInside whether kramdown's {@code markdown} attribute is honoured, as in a
     *                       Jekyll site: an element whose content model is then {@code block} has
     *                       its lines read as Markdown blocks (when its end tag starts a line),
     *                       one whose model is {@code span} has its content read as span-level
     *                       Markdown ({@link Span}), also when the element is nested in raw HTML
     */
    static Protected protect(String markdown, boolean markdownInside) {
        // (a Jekyll site's text is always scanned: its lists and code blocks have lazy lines)
        if (!markdownInside && !anyLineOpensATag(markdown)) {
            return new Protected(markdown, List.of(), null, false);
        }
        String[] lines = markdown.split("\n", -1);
        int[] lineStarts = new int[lines.length + 1];
        for (int n = 0; n < lines.length; n++) {
            lineStarts[n + 1] = lineStarts[n] + lines[n].length() + 1;
        }
        Output out = new Output(markdown.length(), lines.length);
        KramdownListColumns lists = new KramdownListColumns();
        String fence = null;
        // the column of the open fence's first character: its closing fence is indented at most 3 more
        int fenceColumn = 0;
        // the content column of the list item that holds the open fence, 0 for none
        int fenceItem = 0;
        boolean blockStart = true;
        // whether the line before was one of an indented code block (a Jekyll site's)
        boolean codeLine = false;
        // elements read as Markdown blocks that are open at this point, innermost first
        java.util.Deque<Pending> pending = new java.util.ArrayDeque<>();
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            if (fence != null && fenceItem > 0 && i > 0 && !lines[i - 1].isBlank() && !line.isBlank()
                    && KramdownListColumns.indent(line) < fenceItem && !KramdownListColumns.ITEM.matcher(line).find()) {
                // kramdown's list item takes a lazy line, also into a code fence it holds
                line = " ".repeat(fenceItem) + line;
            }
            if (fence == null && !pending.isEmpty() && pending.peek().closeLine() == i) {
                Pending open = pending.pop();
                if (!blockStart) {
                    // the end tag ends the Markdown before it, as a blank line would
                    out.line("", i);
                }
                KramdownRawHtml.RawScan scan = new KramdownRawHtml.RawScan(markdown, lineStarts, open.stack(), lineStarts[i]);
                KramdownRawHtml.Stop stop = scan.run(lineStarts[i] + line.indexOf('<'));
                if (stop == null) {
                    // what follows never closes the element that held the Markdown: as written
                    scan = new KramdownRawHtml.RawScan(markdown, lineStarts, new java.util.ArrayDeque<>(), lineStarts[i]);
                    stop = new KramdownRawHtml.Stop(lineStarts[i] + line.length(), -1);
                }
                i = finish(out, scan, stop, line, i, lines, pending);
                blockStart = out.lastBlank;
                continue;
            }
            // in a list item, a block starts at the item's content column (a Jekyll site's lists)
            String relative = markdownInside ? lists.relative(line) : line;
            if (codeLine && fence == null && !line.isBlank() && lazyCode(relative)) {
                // kramdown's code block takes a lazy line, joined to the line before by a space
                out.appendToLine(" " + line);
                i++;
                continue;
            }
            // (most lines hold no three backticks or tildes, and need no regex to tell)
            Matcher fenceMatch = fence == null && mayHoldFence(relative) ? FENCE.matcher(relative) : null;
            Matcher closing = fence == null ? null : CLOSING_FENCE.matcher(line);
            if (fenceMatch != null && fenceMatch.find()
                    && (fenceMatch.group(1).charAt(0) == '~' || relative.indexOf('`', fenceMatch.end()) < 0)) {
                // (a backtick in a backtick fence's info string makes it inline code instead)
                fence = fenceMatch.group(1);
                fenceColumn = line.length() - relative.length() + fenceMatch.start(1);
                fenceItem = line.length() - relative.length();
            } else if (fence != null && closing.find() && closing.group(1).charAt(0) == fence.charAt(0)
                    && closing.group(1).length() >= fence.length()
                    && (line.indexOf('>') >= 0 || closing.start(1) <= fenceColumn + 3)) {
                fence = null;
            } else if (fence == null && (blockStart || markdownInside && endsParagraph(lines, i))) {
                int end = blockEnd(lines, i, relative, markdownInside);
                if (end >= 0 && !markdownInside) {
                    StringBuilder block = new StringBuilder();
                    for (int j = i; j <= end; j++) {
                        block.append(lines[j]).append('\n');
                    }
                    out.block(line, new Block(List.of(new Html(block.toString()))), i, end);
                    i = end + 1;
                    blockStart = true;
                    continue;
                }
                if (end >= 0) {
                    KramdownRawHtml.RawScan scan = new KramdownRawHtml.RawScan(markdown, lineStarts, new java.util.ArrayDeque<>(), lineStarts[i]);
                    KramdownRawHtml.Stop stop = scan.run(lineStarts[i] + line.indexOf('<'));
                    if (stop != null) {
                        if (!blockStart) {
                            // kramdown ends a paragraph at a line that starts a block-level tag
                            out.line("", i);
                        }
                        i = finish(out, scan, stop, line, i, lines, pending);
                        blockStart = out.lastBlank;
                        continue;
                    }
                }
            }
            out.line(line, i);
            if (fence == null && markdownInside) {
                // (the list columns are read only in a Jekyll site)
                lists.see(line);
            }
            codeLine = markdownInside && fence == null && !line.isBlank() && (blockStart || codeLine)
                    && relative.length() - relative.stripLeading().length() >= 4 && !relative.startsWith("\t");
            blockStart = fence == null && line.isBlank();
            i++;
        }
        return new Protected(out.text(), out.blocks, out.origin(),
                !out.blocks.isEmpty() && markdown.contains(MARKER));
    }

    /**
     * Emits the block scanned so far as a placeholder and returns the next line to read. A scan
     * that stopped at the start tag of an element read as Markdown blocks leaves that element's
     * lines to the caller, the rest of the start tag's line first, until the end tag's line.
     */
    private static int finish(Output out, KramdownRawHtml.RawScan scan, KramdownRawHtml.Stop stop, String firstLine, int first, String[] lines,
            java.util.Deque<Pending> pending) {
        int stopLine = KramdownRawHtml.lineOf(scan.lineStarts, stop.offset());
        if (stop.closeLine() < 0) {
            // as far as the end of the line the HTML ends on
            int lineEnd = scan.lineStarts[stopLine + 1];
            scan.html(Math.min(lineEnd, scan.text.length()), lineEnd > scan.text.length() ? "\n" : "");
            out.block(firstLine, new Block(scan.parts), first, stopLine);
            return stopLine + 1;
        }
        scan.html(stop.offset(), "\n");
        out.block(firstLine, new Block(scan.parts), first, stopLine);
        pending.push(new Pending(stop.closeLine(), scan.stack));
        String rest = lines[stopLine].substring(stop.offset() - scan.lineStarts[stopLine]);
        if (!rest.isBlank()) {
            // kramdown goes on reading blocks right after the start tag
            out.line(rest.stripLeading(), stopLine);
        }
        return stopLine + 1;
    }

    /** An element read as Markdown blocks: the line of its end tag, and the elements open around it. */
    private record Pending(int closeLine, java.util.Deque<String> stack) {
    }

    /** The Markdown text being built: lines, where each came from, and the blocks cut out. */
    private static final class Output {
        final StringBuilder text;
        final List<Block> blocks = new ArrayList<>();
        // a block of many lines becomes two, so later lines move: remember where each came from
        int[] origin;
        int lines;
        boolean lastBlank = true;

        Output(int length, int lineCount) {
            text = new StringBuilder(length);
            origin = new int[lineCount + 1];
        }

        /** Appends to the last line, which stays one line of the source it came from. */
        void appendToLine(String more) {
            text.append(more);
        }

        void line(String line, int source) {
            if (lines > 0) {
                text.append('\n');
            }
            text.append(line);
            lastBlank = line.isBlank();
            add(source);
        }

        /** A placeholder paragraph for {@code block}, indented as its first line was. */
        void block(String firstLine, Block block, int first, int last) {
            String indent = firstLine.substring(0, Math.max(0, firstLine.indexOf('<')));
            line(indent + marker(blocks.size()), first);
            line("", last);
            blocks.add(block);
        }

        private void add(int source) {
            origin = fit(origin, lines + 1);
            origin[lines++] = source;
        }

        String text() {
            return text.toString();
        }

        int[] origin() {
            return java.util.Arrays.copyOf(origin, lines);
        }
    }

    /**
     * Whether line {@code i}, which follows a line of text, ends that paragraph as kramdown's
     * paragraphs end at a block-level tag; only for unindented text outside lists and quotes,
     * where a blank line put before the block changes nothing else.
     */
    private static boolean endsParagraph(String[] lines, int i) {
        String previous = lines[i - 1];
        return lines[i].startsWith("<") && !previous.isEmpty() && !Character.isWhitespace(previous.charAt(0))
                && !LIST_OR_QUOTE.matcher(previous).lookingAt();
    }

    private static final Pattern LIST_OR_QUOTE = Pattern.compile("(?:[-*+]|[0-9]+[.)])(?:[ \\t]|$)|>");

    /**
     * Whether a line right after a line of an indented code block is a lazy line of it for
     * kramdown: any text, but for an attribute list, an end-of-block marker and an HTML tag.
     */
    private static boolean lazyCode(String relative) {
        String text = relative.stripLeading();
        return relative.length() - text.length() < 4 && !text.startsWith("{:") && !text.equals("^")
                && !text.startsWith("<");
    }

    /** A one-line block becomes two lines, so the output can have more lines than the input. */
    private static int[] fit(int[] origin, int size) {
        return size <= origin.length ? origin : java.util.Arrays.copyOf(origin, Math.max(size, origin.length * 2));
    }

    /** A cheap test first: most pages have no line that opens a tag at all. */
    private static boolean anyLineOpensATag(String markdown) {
        for (int lt = markdown.indexOf('<'); lt >= 0; lt = markdown.indexOf('<', lt + 1)) {
            int start = markdown.lastIndexOf('\n', lt - 1) + 1;
            // (deeper in a list item too)
            boolean indentOnly = markdown.substring(start, lt).isBlank();
            if (indentOnly && lt + 1 < markdown.length() && Character.isLetter(markdown.charAt(lt + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a line may open a code fence: a backtick or a tilde comes after nothing but what
     * {@link #FENCE} allows before the fence (spaces, list and quote markers).
     */
    private static boolean mayHoldFence(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '`' || c == '~') {
                return true;
            }
            if (!(c == ' ' || c == '\t' || c == '-' || c == '*' || c == '+' || c == '.' || c == ')' || c == '>'
                    || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return false;
    }

    /** Whether a line may start an HTML block: at most three spaces, then {@code <}, as {@link #START} needs. */
    private static boolean mayStartTag(String line) {
        int i = 0;
        while (i < 3 && i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i < line.length() && line.charAt(i) == '<';
    }

    /** The last line of the HTML block starting at line {@code start}, or -1 when none starts there. */
    private static int blockEnd(String[] lines, int start, String first, boolean markdownAttribute) {
        if (!mayStartTag(first)) {
            return -1;
        }
        Matcher m = START.matcher(first);
        if (!m.find()) {
            return -1;
        }
        String tag = m.group(1).toLowerCase(Locale.ROOT);
        String attributes = m.group(2) == null ? "" : m.group(2);
        if (markdownAttribute ? SPAN_ELEMENTS.contains(tag)
                : !(BLOCK_TAGS.contains(tag) || tag.contains(":")) || attributes.contains("markdown=")) {
            return -1;
        }
        if (VOID_TAGS.contains(tag) || !m.group(3).isEmpty()) {
            return start;
        }
        Pattern[] tagPatterns = BLOCK_TAGS.contains(tag)
                ? TAG_PATTERNS.computeIfAbsent(tag, KramdownHtmlBlocks::tagPatterns) : tagPatterns(tag);
        Pattern open = tagPatterns[0];
        Pattern close = tagPatterns[1];
        int depth = 0;
        for (int j = start; j < lines.length; j++) {
            depth += count(open, lines[j]) - count(close, lines[j]);
            if (depth <= 0) {
                return j;
            }
        }
        return -1; // never closed: leave it to the Markdown parser
    }

    /** The start and end tag patterns of the block elements, compiled once for the build (for the first page that needs them). */
    private static final java.util.Map<String, Pattern[]> TAG_PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A start tag of {@code tag} and its end tag, in any case. */
    private static Pattern[] tagPatterns(String tag) {
        return new Pattern[] {
                Pattern.compile("<" + Pattern.quote(tag) + "(\\s[^>]*)?>", Pattern.CASE_INSENSITIVE),
                Pattern.compile("</" + Pattern.quote(tag) + "\\s*>", Pattern.CASE_INSENSITIVE)};
    }

    private static int count(Pattern pattern, String line) {
        Matcher m = pattern.matcher(line);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Whether {@code paragraph} is a placeholder, which must stay a {@code <p>} of its own to be put back. */
    static boolean isPlaceholder(org.commonmark.node.Paragraph paragraph) {
        return paragraph.getFirstChild() instanceof org.commonmark.node.Text text
                && text.getNext() == null && text.getLiteral().startsWith(MARKER);
    }

    private static String marker(int index) {
        return MARKER + index + "X";
    }
}
