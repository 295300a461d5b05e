package dev.hyde.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kramdown's HTML blocks: a block-level tag at the start of a line opens a block that runs to its
 * matching end tag, blank lines and indented lines included, and its content is left as it is.
 * CommonMark ends an HTML block at the first blank line and reads what follows as Markdown (an
 * indented {@code <tr>} becomes a code block), and it does not know tag names with a colon
 * ({@code <gcse:search>}). So such blocks are cut out before parsing, replaced by a placeholder
 * paragraph, and put back into the rendered HTML unchanged.
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
    /** kramdown's {@code markdown} attribute, the value in group 1 or 2 or 3. */
    private static final Pattern MARKDOWN_ATTRIBUTE =
            Pattern.compile("\\s+markdown\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))");
    /** Block elements whose content kramdown reads as span-level Markdown. */
    private static final Set<String> SPAN_CONTENT = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "dt",
            "legend", "summary", "figcaption", "th", "td");


    private KramdownHtmlBlocks() {
    }

    /**
     * The text with HTML blocks replaced by placeholders, and the blocks.
     *
     * @param origin for each line of {@code markdown} (0-based), the line of the original text it
     *               comes from; null when the lines are the original's
     */
    record Protected(String markdown, List<String> blocks, int[] origin) {

        /** The original text's 1-based line for a 1-based line of {@link #markdown}; 0 stays 0. */
        int sourceLine(int line) {
            if (origin == null || line <= 0) {
                return line;
            }
            return origin[Math.min(line, origin.length) - 1] + 1;
        }

        /** Puts the blocks back in place of their placeholder paragraphs. */
        String restore(String html) {
            if (blocks.isEmpty()) {
                return html;
            }
            // One pass over the HTML: replacing each marker in turn would copy the whole page once
            // per block, quadratic on a big page with many blocks.
            String open = "<p>" + MARKER;
            StringBuilder result = new StringBuilder(html.length());
            int copied = 0;
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
                result.append(html, copied, at).append(StrayAngles.escape(blocks.get(index)));
                copied = end + "X</p>".length();
                at = copied - 1;
            }
            result.append(html, copied, html.length());
            return result.indexOf(MARKER) < 0 ? result.toString() : restoreAsText(result.toString());
        }

        /**
         * Puts back, as text, the blocks whose placeholder did not end up a paragraph of its own:
         * where a code block that this class's line scan did not see swallowed it (a fence in a
         * list item that CommonMark ends), which is where the block's source shows as text.
         */
        private String restoreAsText(String html) {
            StringBuilder result = new StringBuilder(html.length());
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
                String block = blocks.get(index);
                result.append(html, copied, at).append(org.commonmark.internal.util.Escaping.escapeHtml(
                        block.endsWith("\n") ? block.substring(0, block.length() - 1) : block));
                copied = end + 1;
                at = copied - 1;
            }
            return result.append(html, copied, html.length()).toString();
        }
    }

    /** Protects HTML blocks, Markdown inside them left as text (a Hyde project's rule). */
    static Protected protect(String markdown) {
        return protect(markdown, false);
    }

    /**
     * @param markdownInside whether a block element whose start tag has kramdown's
     *                       {@code markdown="1"} (or {@code "block"}) has its content read as
     *                       Markdown blocks, as in a Jekyll site; only the form with the start
     *                       and end tags on lines of their own is understood, the others stay
     *                       HTML as CommonMark reads them
     */
    static Protected protect(String markdown, boolean markdownInside) {
        if (!anyLineOpensATag(markdown)) {
            return new Protected(markdown, List.of(), null);
        }
        String[] lines = markdown.split("\n", -1);
        StringBuilder out = new StringBuilder(markdown.length());
        List<String> blocks = new ArrayList<>();
        // a block of many lines becomes two, so later lines move: remember where each came from
        int[] origin = new int[lines.length + 1];
        int outLines = 0;
        String fence = null;
        boolean blockStart = true;
        // end-tag lines of the markdown="1" elements open at this point, innermost first
        java.util.Deque<Integer> closes = new java.util.ArrayDeque<>();
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            if (fence == null && !closes.isEmpty() && closes.peek() == i) {
                closes.pop();
                if (!blockStart) {
                    // the end tag ends the Markdown before it, as a blank line would
                    out.append('\n');
                    origin = fit(origin, outLines + 1);
                    origin[outLines++] = i;
                }
                out.append(marker(blocks.size())).append("\n\n");
                blocks.add(line.strip() + "\n");
                origin = fit(origin, outLines + 2);
                origin[outLines++] = i;
                origin[outLines++] = i;
                i++;
                blockStart = true;
                continue;
            }
            int close = fence == null && blockStart && markdownInside ? markdownElementEnd(lines, i) : -1;
            if (close > i) {
                // the start tag stands for itself, the lines up to the end tag are Markdown
                closes.push(close);
                out.append(line, 0, line.indexOf('<')).append(marker(blocks.size())).append("\n\n");
                blocks.add(MARKDOWN_ATTRIBUTE.matcher(line.strip()).replaceFirst("") + "\n");
                origin = fit(origin, outLines + 2);
                origin[outLines++] = i;
                origin[outLines++] = i;
                i++;
                blockStart = true;
                continue;
            }
            Matcher fenceMatch = FENCE.matcher(line);
            Matcher closing = fence == null ? null : CLOSING_FENCE.matcher(line);
            if (fence == null && fenceMatch.find()
                    && (fenceMatch.group(1).charAt(0) == '~' || line.indexOf('`', fenceMatch.end()) < 0)) {
                // (a backtick in a backtick fence's info string makes it inline code instead)
                fence = fenceMatch.group(1);
            } else if (fence != null && closing.find() && closing.group(1).charAt(0) == fence.charAt(0)
                    && closing.group(1).length() >= fence.length()) {
                fence = null;
            } else if (fence == null && blockStart) {
                int end = blockEnd(lines, i);
                if (end >= 0) {
                    StringBuilder block = new StringBuilder();
                    for (int j = i; j <= end; j++) {
                        block.append(lines[j]).append('\n');
                    }
                    // indented as the block was, so that a block inside a list item stays there
                    out.append(line, 0, line.indexOf('<')).append(marker(blocks.size())).append("\n\n");
                    blocks.add(block.toString());
                    origin = fit(origin, outLines + 2);
                    origin[outLines++] = i;
                    origin[outLines++] = end;
                    i = end + 1;
                    blockStart = true;
                    continue;
                }
            }
            out.append(line);
            origin = fit(origin, outLines + 1);
            origin[outLines++] = i;
            if (i < lines.length - 1) {
                out.append('\n');
            }
            blockStart = fence == null && line.isBlank();
            i++;
        }
        return new Protected(out.toString(), blocks, java.util.Arrays.copyOf(origin, outLines));
    }

    /** A one-line block becomes two lines, so the output can have more lines than the input. */
    private static int[] fit(int[] origin, int size) {
        return size <= origin.length ? origin : java.util.Arrays.copyOf(origin, Math.max(size, origin.length * 2));
    }

    /** A cheap test first: most pages have no line that opens a tag at all. */
    private static boolean anyLineOpensATag(String markdown) {
        for (int lt = markdown.indexOf('<'); lt >= 0; lt = markdown.indexOf('<', lt + 1)) {
            int start = markdown.lastIndexOf('\n', lt - 1) + 1;
            boolean indentOnly = lt - start <= 3 && markdown.substring(start, lt).isBlank();
            if (indentOnly && lt + 1 < markdown.length() && Character.isLetter(markdown.charAt(lt + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The line of the end tag of a block element with {@code markdown="1"} whose start tag is
     * alone on line {@code start} and whose end tag is alone on its line; -1 for anything else.
     */
    private static int markdownElementEnd(String[] lines, int start) {
        Matcher m = START.matcher(lines[start]);
        if (!m.find() || m.group(2) == null || !m.group(3).isEmpty() || !lines[start].substring(m.end()).isBlank()) {
            return -1;
        }
        String tag = m.group(1).toLowerCase(Locale.ROOT);
        Matcher attribute = MARKDOWN_ATTRIBUTE.matcher(m.group(2));
        if (!BLOCK_TAGS.contains(tag) || SPAN_CONTENT.contains(tag) || !attribute.find()) {
            return -1;
        }
        String value = attribute.group(1) != null ? attribute.group(1)
                : attribute.group(2) != null ? attribute.group(2) : attribute.group(3);
        if (!value.equals("1") && !value.equals("block")) {
            return -1;
        }
        Pattern open = Pattern.compile("<" + Pattern.quote(tag) + "(\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);
        Pattern close = Pattern.compile("</" + Pattern.quote(tag) + "\\s*>", Pattern.CASE_INSENSITIVE);
        int depth = 0;
        for (int j = start; j < lines.length; j++) {
            depth += count(open, lines[j]) - count(close, lines[j]);
            if (depth <= 0) {
                return close.matcher(lines[j].strip()).matches() ? j : -1;
            }
        }
        return -1;
    }

    /** The last line of the HTML block starting at line {@code start}, or -1 when none starts there. */
    private static int blockEnd(String[] lines, int start) {
        Matcher m = START.matcher(lines[start]);
        if (!m.find()) {
            return -1;
        }
        String tag = m.group(1).toLowerCase(Locale.ROOT);
        String attributes = m.group(2) == null ? "" : m.group(2);
        if (!(BLOCK_TAGS.contains(tag) || tag.contains(":")) || attributes.contains("markdown=")) {
            return -1;
        }
        if (VOID_TAGS.contains(tag) || !m.group(3).isEmpty()) {
            return start;
        }
        Pattern open = Pattern.compile("<" + Pattern.quote(tag) + "(\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);
        Pattern close = Pattern.compile("</" + Pattern.quote(tag) + "\\s*>", Pattern.CASE_INSENSITIVE);
        int depth = 0;
        for (int j = start; j < lines.length; j++) {
            depth += count(open, lines[j]) - count(close, lines[j]);
            if (depth <= 0) {
                return j;
            }
        }
        return -1; // never closed: leave it to the Markdown parser
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
