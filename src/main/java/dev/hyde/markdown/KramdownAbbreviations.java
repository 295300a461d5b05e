package dev.hyde.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * kramdown's abbreviations, for Jekyll sites: a line {@code *[HTML]: Hyper Text Markup Language}
 * at the start of a block defines one and is not shown; then every occurrence of {@code HTML} in
 * the page's text, as a whole word, becomes {@code <abbr title="Hyper Text Markup Language">}.
 * As in kramdown ({@code parser/kramdown/abbreviation.rb}) the longest abbreviation wins, a word
 * is delimited by ASCII word characters, and a definition counts for the whole page, before and
 * after it.
 */
final class KramdownAbbreviations implements PostProcessor {

    private static final Pattern DEFINITION = Pattern.compile("\\*\\[(.+?)\\]:(.*)");

    /** An abbreviation in the text: its title, the abbreviation itself as its text child. */
    static final class Abbreviation extends CustomNode {
        final String title;

        Abbreviation(String title) {
            this.title = title;
        }
    }

    @Override
    public Node process(Node document) {
        Map<String, String> titles = new LinkedHashMap<>();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
            collectParagraphs(child, paragraphs);
        }
        for (Paragraph paragraph : paragraphs) {
            takeDefinitions(paragraph, titles);
        }
        if (titles.isEmpty()) {
            return document;
        }
        List<String> longestFirst = new ArrayList<>(titles.keySet());
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(document);
        List<Text> texts = new ArrayList<>();
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof Text text) {
                texts.add(text);
            } else if (!(node instanceof Code || node instanceof HtmlInline || node instanceof Image)) {
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    pending.push(child);
                }
            }
        }
        for (Text text : texts) {
            mark(text, longestFirst, titles);
        }
        return document;
    }

    /** Paragraphs that may start with a definition: the first text starts with {@code *[}. */
    private static void collectParagraphs(Node node, List<Paragraph> out) {
        if (node instanceof Paragraph paragraph) {
            if (paragraph.getFirstChild() instanceof Text text && text.getLiteral().startsWith("*[")) {
                out.add(paragraph);
            }
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collectParagraphs(child, out);
        }
    }

    /** Removes the definition lines at the start of the paragraph (each one a block in kramdown). */
    private static void takeDefinitions(Paragraph paragraph, Map<String, String> titles) {
        while (paragraph.getFirstChild() instanceof Text text) {
            Node next = text.getNext();
            if (next != null && !(next instanceof SoftLineBreak || next instanceof HardLineBreak)) {
                return;
            }
            Matcher m = DEFINITION.matcher(text.getLiteral());
            if (!m.matches()) {
                return;
            }
            titles.put(m.group(1), m.group(2).strip());
            text.unlink();
            if (next != null) {
                next.unlink();
            }
        }
        if (paragraph.getFirstChild() == null) {
            paragraph.unlink();
        }
    }

    private static void mark(Text text, List<String> longestFirst, Map<String, String> titles) {
        String s = text.getLiteral();
        int copied = 0;
        Node at = text;
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && isWordChar(s.charAt(i - 1))) {
                continue;
            }
            for (String abbreviation : longestFirst) {
                int end = i + abbreviation.length();
                if (s.startsWith(abbreviation, i) && (end == s.length() || !isWordChar(s.charAt(end)))) {
                    if (i > copied) {
                        Text before = new Text(s.substring(copied, i));
                        at.insertAfter(before);
                        at = before;
                    }
                    Abbreviation abbr = new Abbreviation(titles.get(abbreviation));
                    abbr.appendChild(new Text(abbreviation));
                    at.insertAfter(abbr);
                    at = abbr;
                    copied = end;
                    i = end - 1;
                    break;
                }
            }
        }
        if (copied == 0) {
            return;
        }
        if (copied < s.length()) {
            at.insertAfter(new Text(s.substring(copied)));
        }
        text.unlink();
    }

    /** Ruby's {@code \w}: ASCII letters, digits and the underscore. */
    private static boolean isWordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    static final class Renderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        Renderer(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Abbreviation.class);
        }

        @Override
        public void render(Node node) {
            String title = ((Abbreviation) node).title;
            HtmlWriter html = context.getWriter();
            html.tag("abbr", context.extendAttributes(node, "abbr", title.isEmpty() ? Map.of() : Map.of("title", title)));
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            html.tag("/abbr");
        }
    }
}
