package dev.hyde.markdown;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlNodeRendererContext;

/**
 * Kramdown's inline attribute lists, which Jekyll pages use to put classes, ids and attributes on
 * elements; commonmark would print them as text.
 *
 * <ul>
 *   <li>Span IAL right after a link, image, emphasis, code span or strikethrough:
 *       {@code [a](u){: target="_blank"}}.</li>
 *   <li>Block IAL on its own line right after a block (paragraph, heading, list, quote, code
 *       block, table), or before a block after a blank line: {@code {: .note #id}}. A line that
 *       commonmark left inside a paragraph ends that paragraph here, as it does in kramdown; a
 *       lazy line after a list or quote applies to the list or quote, not to its last
 *       paragraph.</li>
 *   <li>Header ids: {@code ## Title {#custom}}.</li>
 *   <li>Attribute list definitions {@code {:name: .class}} and references to them, and the
 *       {@code toc} marker, which turns its list into the table of contents
 *       ({@link TableOfContents}).</li>
 * </ul>
 *
 * <p>Runs before the typographer and the autolinker so that the attribute text is still as
 * written. The attributes found are kept in a {@link Store} appended to the document, where the
 * {@link Provider} reads them while rendering; nothing is kept in this object, which serves every
 * thread.
 */
final class KramdownAttributeLists implements PostProcessor {

    /** A whole-line block IAL: {@code {:} not followed by {@code :} or {@code /}. */
    private static final Pattern BLOCK_IAL = Pattern.compile("\\{:(?![:/])((?:\\\\\\}|[^}])+)\\}\\s*");

    /** A whole-line attribute list definition {@code {:name: ...}}. */
    private static final Pattern DEFINITION = Pattern.compile("\\{:(\\w[\\w-]*):((?:\\\\\\}|[^}])+)\\}\\s*");

    private static final Pattern SPAN_IAL = Pattern.compile("\\{:(?![:/])((?:\\\\\\}|[^}])+)\\}");

    /** kramdown's header id: after a space or tab, an XML name in {@code {#...}} ending the text. */
    private static final Pattern HEADER_ID = Pattern.compile(
            "[\\t ]\\{#([:A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF"
                    + "\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD]"
                    + "[-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040:A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6"
                    + "\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F"
                    + "\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD]*)\\}$");

    private final Function<String, Node> reparse;

    /** {@code reparse} parses Markdown with the full parser, for extension blocks left open. */
    KramdownAttributeLists(Function<String, Node> reparse) {
        this.reparse = reparse;
    }

    /** Per-document result: the attribute lists found, by the node they apply to. */
    static final class Store extends CustomBlock {
        final Map<Node, AttributeList> lists = new IdentityHashMap<>();
        final Map<Node, Map<String, String>> resolved = new IdentityHashMap<>();

        void add(Node target, AttributeList list) {
            lists.computeIfAbsent(target, key -> new AttributeList()).merge(list);
        }
    }

    /** The attributes IALs put on {@code node}, references resolved; empty if none. */
    static Map<String, String> attributesOf(Node node) {
        Node root = node;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        if (root.getLastChild() instanceof Store store) {
            return store.resolved.getOrDefault(node, Collections.emptyMap());
        }
        return Collections.emptyMap();
    }

    /** Adds the IAL attributes to elements; a code block's go on the {@code pre}, as in kramdown. */
    static final class Provider implements AttributeProvider {
        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if ((node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) && !tagName.equals("pre")) {
                return;
            }
            AttributeList.applyTo(attributesOf(node), attributes);
        }
    }

    /** The store is data, not content. */
    static final class StoreRenderer implements NodeRenderer {
        StoreRenderer(HtmlNodeRendererContext context) {
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Store.class);
        }

        @Override
        public void render(Node node) {
        }
    }

    @Override
    public Node process(Node document) {
        Store store = new Store();
        Map<String, AttributeList> definitions = new HashMap<>();
        reopenUnterminatedExtensions(document, store);

        List<Node> nodes = new ArrayList<>();
        collect(document, nodes);
        for (Node node : nodes) {
            if (node instanceof Store nested) {
                // the attribute lists of blocks parsed again on their own (a definition's indented blocks)
                nested.lists.forEach(store::add);
                nested.unlink();
            }
        }
        for (Node node : nodes) {
            if (node instanceof Heading heading) {
                headerId(heading, store);
            } else if (node instanceof TableBlock table) {
                trailingTableIal(table, store);
            }
        }
        for (Node node : nodes) {
            if (node instanceof Paragraph paragraph) {
                paragraphLines(paragraph, store, definitions);
            }
        }
        for (Node node : nodes) {
            spanIals(node, store);
        }
        if (store.lists.isEmpty()) {
            return document;
        }
        store.lists.forEach((node, list) -> store.resolved.put(node, list.resolve(definitions)));
        TableOfContents.replaceMarkedList(document, store);
        document.appendChild(store);
        return document;
    }

    private static void collect(Node node, List<Node> out) {
        out.add(node);
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collect(child, out);
        }
    }

    // --- extension blocks without stop tag ---

    /**
     * Kramdown ignores a block extension whose stop tag is missing and parses its lines as
     * ordinary Markdown; the block parser cannot look ahead, so that happens here.
     */
    private void reopenUnterminatedExtensions(Node document, Store store) {
        List<Node> nodes = new ArrayList<>();
        collect(document, nodes);
        for (Node node : nodes) {
            if (node instanceof KramdownExtensions.ExtensionBlock block && block.unterminatedSource != null) {
                Node parsed = reparse.apply(block.unterminatedSource);
                Node child = parsed.getFirstChild();
                while (child != null) {
                    Node next = child.getNext();
                    if (child instanceof Store nested) {
                        nested.lists.forEach(store::add);
                    } else {
                        block.insertBefore(child);
                    }
                    child = next;
                }
                block.unlink();
            }
        }
    }

    // --- header ids ---

    private static void headerId(Heading heading, Store store) {
        if (!(heading.getLastChild() instanceof Text text)) {
            return;
        }
        Matcher m = HEADER_ID.matcher(text.getLiteral());
        if (!m.find()) {
            return;
        }
        String rest = text.getLiteral().substring(0, m.start()).stripTrailing();
        if (rest.isEmpty()) {
            text.unlink();
        } else {
            text.setLiteral(rest);
        }
        store.add(heading, AttributeList.parse("#" + m.group(1)));
    }

    // --- tables ---

    /**
     * A GFM table swallows the IAL line after it as a last row with the IAL in its first cell;
     * kramdown ends the table at a line without a pipe and applies the IAL to the table.
     */
    private static void trailingTableIal(TableBlock table, Store store) {
        if (!(table.getLastChild() instanceof TableBody body) || !(body.getLastChild() instanceof TableRow row)) {
            return;
        }
        if (!(row.getFirstChild() instanceof TableCell first) || !(first.getFirstChild() instanceof Text text)
                || text.getNext() != null) {
            return;
        }
        for (Node cell = first.getNext(); cell != null; cell = cell.getNext()) {
            if (cell.getFirstChild() != null) {
                return;
            }
        }
        List<SourceSpan> spans = row.getSourceSpans();
        String literal = text.getLiteral();
        Matcher m = BLOCK_IAL.matcher(literal);
        // a row written with pipes is longer than its text: that is real table content
        if (!m.matches() || spans.size() != 1 || spans.get(0).getLength() != literal.length()) {
            return;
        }
        row.unlink();
        if (body.getFirstChild() == null) {
            body.unlink();
        }
        store.add(table, AttributeList.parse(m.group(1)));
    }

    // --- block IALs inside paragraphs ---

    private enum Kind { TEXT, IAL, DEFINITION }

    private static final class Segment {
        final List<List<Node>> lines = new ArrayList<>();
        final List<Node> separators = new ArrayList<>();
        final List<SourceSpan> spans = new ArrayList<>();
        AttributeList attributes;
    }

    /**
     * Splits {@code paragraph} at lines that are block IALs or definitions, as kramdown's
     * paragraph ends at such a line, and applies each IAL: to the text lines right above it, to
     * the block right above the paragraph (no blank line between), to the list or quote a lazy
     * line follows, or else to the next block.
     */
    private static void paragraphLines(Paragraph paragraph, Store store, Map<String, AttributeList> definitions) {
        List<List<Node>> lines = new ArrayList<>();
        List<Node> separators = new ArrayList<>();
        List<Node> current = new ArrayList<>();
        separators.add(null);
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                lines.add(current);
                current = new ArrayList<>();
                separators.add(child);
            } else {
                current.add(child);
            }
        }
        lines.add(current);

        Kind[] kinds = new Kind[lines.size()];
        Matcher[] matches = new Matcher[lines.size()];
        boolean any = false;
        for (int i = 0; i < lines.size(); i++) {
            kinds[i] = Kind.TEXT;
            List<Node> line = lines.get(i);
            // both patterns start with "{:": most lines are prose and are passed over at once
            if (line.size() == 1 && line.get(0) instanceof Text text && text.getLiteral().startsWith("{:")) {
                Matcher definition = DEFINITION.matcher(text.getLiteral());
                Matcher ial = BLOCK_IAL.matcher(text.getLiteral());
                if (definition.matches()) {
                    kinds[i] = Kind.DEFINITION;
                    matches[i] = definition;
                    any = true;
                } else if (ial.matches()) {
                    kinds[i] = Kind.IAL;
                    matches[i] = ial;
                    any = true;
                }
            }
        }
        if (!any) {
            return;
        }
        List<SourceSpan> spans = paragraph.getSourceSpans();
        boolean spansPerLine = spans.size() == lines.size();

        List<Segment> segments = new ArrayList<>();
        Segment open = null;
        Segment lastClosed = null;
        Node previousBlock = null;
        AttributeList pending = null;
        for (int i = 0; i < lines.size(); i++) {
            switch (kinds[i]) {
                case TEXT -> {
                    if (open == null) {
                        open = new Segment();
                        segments.add(open);
                        open.attributes = pending;
                        pending = null;
                    }
                    open.lines.add(lines.get(i));
                    open.separators.add(separators.get(i));
                    if (spansPerLine) {
                        open.spans.add(spans.get(i));
                    }
                    lastClosed = null;
                    previousBlock = null;
                }
                case DEFINITION -> {
                    AttributeList definition = AttributeList.parse(matches[i].group(2));
                    definitions.computeIfAbsent(matches[i].group(1), key -> new AttributeList()).merge(definition);
                    open = null;
                    lastClosed = null;
                    previousBlock = null;
                }
                case IAL -> {
                    AttributeList list = AttributeList.parse(matches[i].group(1));
                    Node lazy = spansPerLine ? lazyTarget(paragraph, spans.get(i)) : null;
                    if (lazy != null) {
                        store.add(lazy, list);
                        open = null;
                        lastClosed = null;
                        previousBlock = lazy;
                    } else if (open != null) {
                        lastClosed = open;
                        open = null;
                        addTo(lastClosed, list);
                    } else if (lastClosed != null) {
                        addTo(lastClosed, list);
                    } else if (previousBlock != null) {
                        store.add(previousBlock, list);
                    } else if (i == 0 && spansPerLine && adjacentAbove(paragraph, spans.get(0))) {
                        previousBlock = paragraph.getPrevious();
                        store.add(previousBlock, list);
                    } else {
                        pending = pending == null ? list : merged(pending, list);
                    }
                }
            }
        }
        if (pending != null && nextBlock(paragraph) != null) {
            store.add(nextBlock(paragraph), pending);
        }
        rebuild(paragraph, segments, store);
    }

    private static void addTo(Segment segment, AttributeList list) {
        segment.attributes = segment.attributes == null ? list : merged(segment.attributes, list);
    }

    private static AttributeList merged(AttributeList first, AttributeList second) {
        AttributeList result = new AttributeList();
        result.merge(first);
        result.merge(second);
        return result;
    }

    private static Node nextBlock(Node paragraph) {
        Node next = paragraph.getNext();
        return next instanceof Store ? null : next;
    }

    /**
     * The block an IAL line applies to when commonmark took it as a lazy continuation line: no
     * container prefix was read on that line, so for kramdown the line ends the list or quote, and
     * the IAL applies to the outermost one it ends. Null if the line is inside the paragraph's
     * container.
     */
    private static Node lazyTarget(Paragraph paragraph, SourceSpan line) {
        Node target = paragraph;
        for (Node parent = paragraph.getParent(); parent != null && !(parent instanceof Document);
                parent = parent.getParent()) {
            SourceSpan outer = spanOnLine(parent, line.getLineIndex());
            if (outer == null || outer.getColumnIndex() != line.getColumnIndex()) {
                break;
            }
            target = parent;
        }
        return target == paragraph ? null : target;
    }

    private static SourceSpan spanOnLine(Node node, int lineIndex) {
        for (SourceSpan span : node.getSourceSpans()) {
            if (span.getLineIndex() == lineIndex) {
                return span;
            }
        }
        return null;
    }

    /** Whether the block before {@code paragraph} ends on the line right above it. */
    private static boolean adjacentAbove(Paragraph paragraph, SourceSpan firstLine) {
        Node previous = paragraph.getPrevious();
        if (previous == null || previous.getSourceSpans().isEmpty()) {
            return false;
        }
        List<SourceSpan> spans = previous.getSourceSpans();
        return spans.get(spans.size() - 1).getLineIndex() == firstLine.getLineIndex() - 1;
    }

    private static void rebuild(Paragraph paragraph, List<Segment> segments, Store store) {
        Node child = paragraph.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            child.unlink();
            child = next;
        }
        Node anchor = paragraph;
        for (int s = 0; s < segments.size(); s++) {
            Segment segment = segments.get(s);
            Paragraph target = s == 0 ? paragraph : new Paragraph();
            for (int l = 0; l < segment.lines.size(); l++) {
                if (l > 0 && segment.separators.get(l) != null) {
                    target.appendChild(segment.separators.get(l));
                }
                for (Node node : segment.lines.get(l)) {
                    target.appendChild(node);
                }
            }
            // the spans of other blocks are what adjacency is judged on, so keep them exact
            target.setSourceSpans(segment.spans);
            if (s > 0) {
                anchor.insertAfter(target);
                anchor = target;
            }
            if (segment.attributes != null) {
                store.add(target, segment.attributes);
            }
        }
        if (segments.isEmpty()) {
            paragraph.unlink();
        }
    }

    // --- span IALs ---

    private static boolean isSpanElement(Node node) {
        return node instanceof Link || node instanceof Image || node instanceof Emphasis
                || node instanceof StrongEmphasis || node instanceof Code || node instanceof Strikethrough
                || node instanceof FootnoteReference;
    }

    private static void spanIals(Node parent, Store store) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child.getNext() instanceof Text text) || !text.getLiteral().startsWith("{:")) {
                continue;
            }
            Matcher m = SPAN_IAL.matcher(text.getLiteral());
            if (!m.lookingAt()) {
                continue;
            }
            if (!isSpanElement(child)) {
                // after plain text or a line break kramdown keeps the braces as text
                continue;
            }
            store.add(child, AttributeList.parse(m.group(1)));
            String rest = text.getLiteral().substring(m.end());
            if (rest.isEmpty()) {
                text.unlink();
            } else {
                text.setLiteral(rest);
            }
        }
    }
}
