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
 * kramdown's span-level HTML: an end tag that closes no element opened before it in the same
 * block ({@code </a>} after an {@code <a} that a stray quote kept from being a tag) is text,
 * which kramdown writes escaped, and so readers see it; CommonMark passes any end tag through.
 */
final class KramdownSpanEndTags implements PostProcessor {
    private static final Pattern START = Pattern.compile("<([A-Za-z][A-Za-z0-9-]*)[^>]*?(/?)>", Pattern.DOTALL);
    private static final Pattern END = Pattern.compile("</([A-Za-z][A-Za-z0-9-]*)\\s*>");
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
                        Text text = new Text(literal);
                        text.setSourceSpans(html.getSourceSpans());
                        html.insertAfter(text);
                        html.unlink();
                    }
                    return;
                }
                Matcher start = START.matcher(literal);
                if (start.matches() && start.group(2).isEmpty()
                        && !WITHOUT_BODY.contains(start.group(1).toLowerCase(Locale.ROOT))) {
                    stack.push(start.group(1).toLowerCase(Locale.ROOT));
                }
            }
        });
        return document;
    }

    private static Node block(Node node) {
        Node parent = node.getParent();
        while (parent != null && !(parent instanceof Block)) {
            parent = parent.getParent();
        }
        return parent;
    }
}
