package dev.hyde.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * kramdown's span-level HTML: the tag of a block-level element ({@code a <div>x</div> b}) and an
 * end tag that closes no element opened before it in the same block ({@code </a>} after an
 * {@code <a} that a stray quote kept from being a tag) are text, which kramdown writes escaped,
 * and so readers see them; CommonMark passes any tag through.
 */
final class KramdownSpanTags implements PostProcessor {
    private static final Pattern START = Pattern.compile("<([A-Za-z][A-Za-z0-9-]*)[^>]*?(/?)>", Pattern.DOTALL);
    private static final Pattern END = Pattern.compile("</([A-Za-z][A-Za-z0-9-]*)\\s*>");
    /** kramdown's block-level elements, whose tags are text in a paragraph. */
    private static final Set<String> BLOCK_ELEMENTS = Set.of("address", "article", "aside", "applet", "body",
            "blockquote", "caption", "col", "colgroup", "dd", "div", "dl", "dt", "fieldset", "figcaption", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "head", "iframe", "legend",
            "menu", "li", "main", "map", "nav", "ol", "optgroup", "p", "pre", "section", "summary", "table", "tbody",
            "td", "th", "thead", "tfoot", "tr", "ul");
    private static final Set<String> WITHOUT_BODY = Set.of("area", "base", "br", "col", "command", "embed", "hr",
            "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr");

    @Override
    public Node process(Node document) {
        // the elements open in each block, innermost first
        Map<Node, Deque<String>> open = new IdentityHashMap<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline html) {
                String literal = html.getLiteral();
                Deque<String> stack = open.computeIfAbsent(block(html), block -> new ArrayDeque<>());
                Matcher end = END.matcher(literal);
                if (end.matches()) {
                    String name = end.group(1).toLowerCase(Locale.ROOT);
                    if (name.equals(stack.peek())) {
                        stack.pop();
                    } else {
                        asText(html);
                    }
                    return;
                }
                Matcher start = START.matcher(literal);
                if (!start.matches()) {
                    return;
                }
                String name = start.group(1).toLowerCase(Locale.ROOT);
                if (BLOCK_ELEMENTS.contains(name)) {
                    asText(html);
                } else if (start.group(2).isEmpty() && !WITHOUT_BODY.contains(name)) {
                    stack.push(name);
                }
            }
        });
        return document;
    }

    private static void asText(HtmlInline html) {
        Text text = new Text(html.getLiteral());
        text.setSourceSpans(html.getSourceSpans());
        html.insertAfter(text);
        html.unlink();
    }

    private static Node block(Node node) {
        Node parent = node.getParent();
        while (parent != null && !(parent instanceof Block)) {
            parent = parent.getParent();
        }
        return parent;
    }
}
