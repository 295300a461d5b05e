package dev.hyde.markdown;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonmark.internal.ListBlockParser;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.PostProcessor;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockParser;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Lists as kramdown 2.4 (GFM input, as Jekyll 4 configures it) reads them, for Jekyll sites.
 *
 * <ul>
 *   <li>Only {@code 1.} starts an ordered list; {@code 1)} is text, also in a paragraph.</li>
 *   <li>A list item needs a space or tab after its marker: a lone {@code -} or {@code *} is
 *       text.</li>
 *   <li>Any list item ends a paragraph (kramdown's GFM "paragraph_end" quirk), an ordered one
 *       whatever its number (CommonMark: only {@code 1.}).</li>
 *   <li>{@code -}, {@code *} and {@code +} items make one list (CommonMark starts a new list
 *       when the marker changes).</li>
 *   <li>An ordered list always counts from 1: kramdown writes no {@code start}.</li>
 * </ul>
 *
 * <p>Item starts are decided by a factory in front of commonmark's own list factory (whose
 * core registration is switched off, see {@link #BLOCK_TYPES}); the rest is done on the tree.
 * Headings are filtered the same way ({@link Headings}).
 */
final class KramdownLists {

    /**
     * commonmark's core block types but lists, which {@link ItemStarts} starts instead, and HTML
     * blocks, which {@link KramdownSpanHtml} starts instead; in
     * commonmark's order, in which the parser tries them (a setext underline before a thematic
     * break).
     */
    static final Set<Class<? extends Block>> BLOCK_TYPES = java.util.Collections.unmodifiableSet(
            new java.util.LinkedHashSet<>(List.of(BlockQuote.class, FencedCodeBlock.class,
                    IndentedCodeBlock.class)));

    /**
     * commonmark's heading factory (whose core registration {@link #BLOCK_TYPES} leaves out, so
     * that this one, registered after {@link ItemStarts}, is asked in its place, still before a
     * thematic break), asked only about lines that are a heading for kramdown too: an ATX
     * heading starts at the block's first column and has text after its {@code #}s; an
     * indented {@code ## x} or a lone {@code #} is paragraph text.
     */
    static final class Headings extends AbstractBlockParserFactory {
        private final org.commonmark.internal.HeadingParser.Factory headings =
                new org.commonmark.internal.HeadingParser.Factory();
        private final org.commonmark.internal.ThematicBreakParser.Factory breaks =
                new org.commonmark.internal.ThematicBreakParser.Factory();

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            CharSequence line = state.getLine().getContent();
            int start = state.getNextNonSpaceIndex();
            if (matchedBlockParser.getParagraphLines().getLines().size() > 0 && state.getIndent() < 4
                    && !setextContent(matchedBlockParser)
                    && UNDERLINE.matcher(line.subSequence(start, line.length())).matches()) {
                // kramdown's Setext heading is two lines after a block boundary; a paragraph of
                // more lines (a link definition counts) goes on over the underline, as it does
                // over a thematic break
                return BlockStart.none();
            }
            if (matchedBlockParser.getParagraphLines().getLines().isEmpty()) {
                BlockStart thematicBreak = breaks.tryStart(state, matchedBlockParser);
                if (thematicBreak != null) {
                    return thematicBreak;
                }
            } else if (state.getIndent() < 4 && start < line.length() && ItemStarts.isThematicBreak(line, start)
                    && !UNDERLINE.matcher(line.subSequence(start, line.length())).matches()) {
                return BlockStart.none();
            }
            if (start < line.length() && line.charAt(start) == '#') {
                if (state.getIndent() > 0) {
                    return BlockStart.none();
                }
                int end = start;
                while (end < line.length() && line.charAt(end) == '#') {
                    end++;
                }
                if (line.subSequence(end, line.length()).toString().isBlank()) {
                    return BlockStart.none();
                }
            }
            return headings.tryStart(state, matchedBlockParser);
        }
    }

    /** A Setext underline: only {@code =} or only {@code -}, then white space. */
    private static final java.util.regex.Pattern UNDERLINE = java.util.regex.Pattern.compile("(?:=+|-+)[ \\t]*");

    /**
     * Whether kramdown reads an underline under the paragraph open in {@code matched} as a Setext
     * heading's: the paragraph so far is one line, with no link definition before it, first in
     * its container or after a blank line.
     */
    private static boolean setextContent(MatchedBlockParser matched) {
        List<org.commonmark.parser.SourceLine> lines = matched.getParagraphLines().getLines();
        if (lines.size() != 1) {
            return false;
        }
        BlockParser parser = matched.getMatchedBlockParser();
        if (parser instanceof org.commonmark.internal.ParagraphParser paragraph
                && paragraph.getDefinitions().stream().anyMatch(definitions -> !definitions.keySet().isEmpty())) {
            return false;
        }
        Node previous = parser.getBlock().getPrevious();
        SourceSpan line = lines.get(0).getSourceSpan();
        if (previous == null || line == null) {
            return true;
        }
        List<SourceSpan> before = previous.getSourceSpans();
        return before.isEmpty() || before.get(before.size() - 1).getLineIndex() < line.getLineIndex() - 1;
    }

    private KramdownLists() {
    }

    /** commonmark's list factory, asked only about lines that start a list item in kramdown. */
    static final class ItemStarts extends AbstractBlockParserFactory {
        private final ListBlockParser.Factory lists = new ListBlockParser.Factory();

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            int start = state.getNextNonSpaceIndex();
            int end = markerEnd(line, start);
            if (end < 0 || end >= line.length() || (line.charAt(end) != ' ' && line.charAt(end) != '\t')
                    || isThematicBreak(line, start)) {
                // ThematicBreak is a core block type, asked after this custom factory
                return BlockStart.none();
            }
            // told there is no paragraph, commonmark lets any ordered item interrupt one
            return lists.tryStart(state, new MatchedBlockParser() {
                @Override
                public BlockParser getMatchedBlockParser() {
                    return matchedBlockParser.getMatchedBlockParser();
                }

                @Override
                public SourceLines getParagraphLines() {
                    return SourceLines.empty();
                }
            });
        }

        /** Where a {@code -}, {@code +}, {@code *} or {@code 123.} marker ends, or -1. */
        private static int markerEnd(CharSequence line, int start) {
            if (start >= line.length()) {
                return -1;
            }
            char c = line.charAt(start);
            if (c == '-' || c == '+' || c == '*') {
                return start + 1;
            }
            int i = start;
            while (i < line.length() && i - start < 9 && Character.isDigit(line.charAt(i)) && line.charAt(i) < 128) {
                i++;
            }
            return i > start && i < line.length() && line.charAt(i) == '.' ? i + 1 : -1;
        }

        private static boolean isThematicBreak(CharSequence line, int start) {
            char marker = line.charAt(start);
            if (marker != '-' && marker != '*' && marker != '_') {
                return false;
            }
            int count = 0;
            for (int i = start; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == marker) {
                    count++;
                } else if (c != ' ' && c != '\t') {
                    return false;
                }
            }
            return count >= 3;
        }
    }

    /** Joins bullet lists that commonmark split where the marker changed. */
    static final class JoinBulletLists implements PostProcessor {
        @Override
        public Node process(Node document) {
            java.util.Deque<Node> pending = new java.util.ArrayDeque<>();
            pending.push(document);
            while (!pending.isEmpty()) {
                Node node = pending.pop();
                if (node instanceof BulletList list) {
                    while (list.getNext() instanceof BulletList next) {
                        join(list, next);
                    }
                }
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    pending.push(child);
                }
            }
            return document;
        }

        private static void join(BulletList list, BulletList next) {
            List<SourceSpan> first = list.getSourceSpans();
            List<SourceSpan> second = next.getSourceSpans();
            boolean blankBetween = !first.isEmpty() && !second.isEmpty()
                    && second.get(0).getLineIndex() > first.get(first.size() - 1).getLineIndex() + 1;
            list.setTight(list.isTight() && next.isTight() && !blankBetween);
            Node item = next.getFirstChild();
            while (item != null) {
                Node following = item.getNext();
                list.appendChild(item);
                item = following;
            }
            for (SourceSpan span : second) {
                list.addSourceSpan(span);
            }
            next.unlink();
        }
    }

    /**
     * Paragraphs, with kramdown's rule for which list items show their first paragraph without
     * {@code <p>}: item by item, where CommonMark decides for the whole list. The first paragraph
     * of an item goes without when nothing follows it in the item but (for all items but the
     * last) a blank line, or when another block follows it directly; and, for the last item of
     * several, only if some earlier item's first paragraph went without or it has none. Every
     * other paragraph, also in a tight list, keeps its {@code <p>}.
     */
    static final class Paragraphs implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        Paragraphs(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Paragraph.class);
        }

        @Override
        public void render(Node node) {
            HtmlWriter html = context.getWriter();
            boolean bare = node.getParent() instanceof ListItem item && firstBlock(item) == node
                    && bare(item, true) || KramdownDefinitionLists.bare((Paragraph) node);
            // a placeholder for an HTML block is found by its <p> when the block is put back
            bare &= !KramdownHtmlBlocks.isPlaceholder((Paragraph) node);
            if (!bare) {
                html.line();
                html.tag("p", context.extendAttributes(node, "p", Map.of()));
            }
            for (Node child = node.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
            if (!bare) {
                html.tag("/p");
                html.line();
            }
        }

        /** The item's first block: a task list's checkbox is in its first paragraph for kramdown. */
        private static Node firstBlock(Node item) {
            Node first = item.getFirstChild();
            return first instanceof TaskListItemMarker ? first.getNext() : first;
        }

        /** Whether kramdown shows {@code item}'s first paragraph without {@code <p>}. */
        private static boolean bare(ListItem item, boolean lookBack) {
            Node first = firstBlock(item);
            if (!(first instanceof Paragraph)) {
                return false;
            }
            Node after = first.getNext() != null ? first.getNext() : item.getNext();
            if (after != null) {
                Boolean blank = blankBetween(first, after);
                if (blank == null) {
                    // no line positions (a paragraph made by a later pass): CommonMark's answer
                    return item.getParent() instanceof ListBlock list && list.isTight();
                }
                if (blank) {
                    return false;
                }
            }
            if (!lookBack || item.getNext() != null || item.getPrevious() == null) {
                return true;
            }
            for (Node earlier = item.getPrevious(); earlier != null; earlier = earlier.getPrevious()) {
                if (earlier instanceof ListItem other && bare(other, false)
                        || !(firstBlock(earlier) instanceof Paragraph)) {
                    return true;
                }
            }
            return false;
        }

        private static Boolean blankBetween(Node a, Node b) {
            List<SourceSpan> first = a.getSourceSpans();
            List<SourceSpan> second = b.getSourceSpans();
            if (first.isEmpty() || second.isEmpty()) {
                return null;
            }
            return second.get(0).getLineIndex() > first.get(first.size() - 1).getLineIndex() + 1;
        }
    }

    /** kramdown numbers every ordered list from 1. */
    static final class NoStart implements AttributeProvider {
        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof OrderedList) {
                attributes.remove("start");
            }
        }
    }
}
