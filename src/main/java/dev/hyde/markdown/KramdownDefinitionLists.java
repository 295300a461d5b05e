package dev.hyde.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.commonmark.node.CustomBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * kramdown's definition lists, for Jekyll sites: the lines of a paragraph become terms when a
 * line starting with {@code : } follows them, each such line starts a definition, and the lines
 * after it continue that definition:
 *
 * <pre>
 * Term
 * : Definition
 * </pre>
 *
 * A definition line after the paragraph and exactly one blank line makes the paragraph the terms
 * too, and its definition is then a {@code <p>}; so does one after a definition list and a blank
 * line, which adds a definition to the list's last term; a definition list right after another
 * joins it.
 * Blocks indented under a definition after a blank line (paragraphs, lists, code) are more of
 * it, as in kramdown; CommonMark read them as an indented code block, whose text is parsed again
 * here. A definition's first text is still written without {@code <p>}. CommonMark has read the
 * lines of terms and definitions as one paragraph before, so its inline spans were decided over
 * all of them.
 */
final class KramdownDefinitionLists implements PostProcessor {

    private final Function<String, Node> reparse;

    /** {@code reparse} parses Markdown with the full parser, for the blocks indented under a definition. */
    KramdownDefinitionLists(Function<String, Node> reparse) {
        this.reparse = reparse;
    }

    static final class DefinitionList extends CustomBlock {
    }

    static final class Term extends CustomBlock {
    }

    static final class Definition extends CustomBlock {
        /** Whether the definition's text is a {@code <p>}: it followed a blank line. */
        final boolean paragraph;
        /** The column its text starts at ({@code :   text} is 4): what kramdown takes off the lines of its blocks. */
        final int indent;

        Definition(boolean paragraph, int indent) {
            this.paragraph = paragraph;
            this.indent = indent;
        }
    }

    @Override
    public Node process(Node document) {
        List<Paragraph> paragraphs = new ArrayList<>();
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(document);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof Paragraph paragraph) {
                if (mayDefine(paragraph)) {
                    paragraphs.add(paragraph);
                }
                continue;
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                pending.push(child);
            }
        }
        String references = null;
        for (Paragraph paragraph : paragraphs) {
            DefinitionList list = convert(paragraph);
            if (list != null && list.getNext() instanceof IndentedCodeBlock) {
                if (references == null) {
                    references = MarkdownRenderer.linkDefinitions(document);
                }
                absorbIndentedBlocks(list, references);
            }
        }
        return document;
    }

    /**
     * The indented code blocks right after {@code list}: blocks of its last definition, parsed
     * again from their text with the document's link references, as kramdown reads them.
     */
    private void absorbIndentedBlocks(DefinitionList list, String references) {
        while (list.getNext() instanceof IndentedCodeBlock code && list.getLastChild() instanceof Definition dd) {
            Node parsed = reparse.apply(references + reindented(code.getLiteral(), dd.indent));
            for (Node child = parsed.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                if (!(child instanceof org.commonmark.node.LinkReferenceDefinition)) {
                    // (a Store of attribute lists too: the document's pass takes it up)
                    dd.appendChild(child);
                }
                child = next;
            }
            spanOver(list, code);
            code.unlink();
        }
    }

    /** A cheap test: some line of the paragraph starts with {@code : }. */
    private static boolean mayDefine(Paragraph paragraph) {
        boolean lineStart = true;
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (lineStart && definitionLine(child)) {
                return true;
            }
            lineStart = child instanceof SoftLineBreak || child instanceof HardLineBreak;
        }
        return false;
    }

    private static boolean definitionLine(Node first) {
        if (!(first instanceof Text text)) {
            return false;
        }
        String s = text.getLiteral();
        return s.length() >= 2 && s.charAt(0) == ':' && (s.charAt(1) == ' ' || s.charAt(1) == '\t');
    }

    /**
     * An indented code block's text (four columns taken off each line) as kramdown reads a
     * definition's blocks: with the definition's own indent taken off instead.
     */
    private static String reindented(String literal, int indent) {
        if (indent == 4) {
            return literal;
        }
        List<String> lines = new ArrayList<>();
        for (String line : literal.split("\n", -1)) {
            if (line.isBlank()) {
                lines.add(line);
            } else if (indent < 4) {
                lines.add(" ".repeat(4 - indent) + line);
            } else {
                int cut = 0;
                while (cut < indent - 4 && cut < line.length() && line.charAt(cut) == ' ') {
                    cut++;
                }
                lines.add(line.substring(cut));
            }
        }
        return String.join("\n", lines);
    }

    /** Makes the paragraph a definition list, or part of the one before it; that list, or null when it is none. */
    private static DefinitionList convert(Paragraph paragraph) {
        boolean definitionFirst = definitionLine(paragraph.getFirstChild());
        boolean afterTerms = paragraph.getPrevious() instanceof Paragraph previous
                && !KramdownHtmlBlocks.isPlaceholder(previous) && oneBlankLineBetween(previous, paragraph);
        // a definition after a blank line under a definition list is one more of its last term
        boolean afterList = paragraph.getPrevious() instanceof DefinitionList before
                && oneBlankLineBetween(before, paragraph);
        if (definitionFirst && !afterTerms && !afterList) {
            return null;
        }
        List<List<Node>> lines = lines(paragraph);
        int firstDefinition = 0;
        while (firstDefinition < lines.size() && !definitionLine(lines.get(firstDefinition).get(0))) {
            firstDefinition++;
        }
        List<List<Node>> terms;
        boolean afterBlank = false;
        Node replaced = paragraph;
        if (firstDefinition > 0) {
            terms = lines.subList(0, firstDefinition);
        } else if (afterTerms) {
            Paragraph previous = (Paragraph) paragraph.getPrevious();
            terms = lines(previous);
            afterBlank = true;
            previous.unlink();
        } else {
            terms = List.of();
            afterBlank = true;
        }
        DefinitionList list = new DefinitionList();
        for (List<Node> term : terms) {
            Term dt = new Term();
            dt.appendChild(paragraphOf(term));
            list.appendChild(dt);
        }
        Definition dd = null;
        for (List<Node> line : lines.subList(firstDefinition, lines.size())) {
            if (definitionLine(line.get(0))) {
                Text text = (Text) line.get(0);
                String rest = text.getLiteral().substring(1);
                text.setLiteral(rest.stripLeading());
                int indent = 1 + rest.length() - text.getLiteral().length();
                if (text.getLiteral().isEmpty()) {
                    line = line.subList(1, line.size());
                }
                dd = new Definition(afterBlank, indent);
                afterBlank = false;
                dd.appendChild(new Paragraph());
                list.appendChild(dd);
            } else {
                dd.getFirstChild().appendChild(new SoftLineBreak());
            }
            for (Node node : line) {
                dd.getFirstChild().appendChild(node);
            }
        }
        if (replaced.getPrevious() instanceof DefinitionList before) {
            // kramdown joins a definition list to the one before it
            for (Node item = list.getFirstChild(); item != null; ) {
                Node next = item.getNext();
                before.appendChild(item);
                item = next;
            }
            spanOver(before, replaced);
            replaced.unlink();
            return before;
        }
        list.setSourceSpans(replaced.getSourceSpans());
        replaced.insertAfter(list);
        replaced.unlink();
        return list;
    }

    /** {@code list} now also stands on {@code taken}'s lines, which blank-line checks after it count from. */
    private static void spanOver(DefinitionList list, Node taken) {
        List<SourceSpan> spans = new ArrayList<>(list.getSourceSpans());
        spans.addAll(taken.getSourceSpans());
        list.setSourceSpans(spans);
    }

    private static Paragraph paragraphOf(List<Node> nodes) {
        Paragraph paragraph = new Paragraph();
        for (Node node : nodes) {
            paragraph.appendChild(node);
        }
        return paragraph;
    }

    /** The paragraph's inline nodes, line by line, unlinked; a line is never empty. */
    private static List<List<Node>> lines(Paragraph paragraph) {
        List<List<Node>> lines = new ArrayList<>();
        List<Node> line = new ArrayList<>();
        Node child = paragraph.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            child.unlink();
            if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                if (!line.isEmpty()) {
                    lines.add(line);
                }
                line = new ArrayList<>();
            } else {
                line.add(child);
            }
            child = next;
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private static boolean oneBlankLineBetween(Node a, Node b) {
        List<SourceSpan> first = a.getSourceSpans();
        List<SourceSpan> second = b.getSourceSpans();
        return !first.isEmpty() && !second.isEmpty()
                && second.get(0).getLineIndex() == first.get(first.size() - 1).getLineIndex() + 2;
    }

    /** Whether kramdown writes {@code paragraph} without {@code <p>}: a term, or a definition's first text. */
    static boolean bare(Paragraph paragraph) {
        return paragraph.getParent() instanceof Term
                || paragraph.getParent() instanceof Definition dd && !dd.paragraph && paragraph.getPrevious() == null;
    }

    static final class Renderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        Renderer(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(DefinitionList.class, Term.class, Definition.class);
        }

        @Override
        public void render(Node node) {
            String tag = node instanceof DefinitionList ? "dl" : node instanceof Term ? "dt" : "dd";
            HtmlWriter html = context.getWriter();
            html.line();
            html.tag(tag, context.extendAttributes(node, tag, Map.of()));
            if (node instanceof DefinitionList) {
                html.line();
            }
            for (Node child = node.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
            html.tag("/" + tag);
            html.line();
        }
    }
}
