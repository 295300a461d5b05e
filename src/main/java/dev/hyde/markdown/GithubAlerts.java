package dev.hyde.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * GitHub's alerts: a block quote whose first line is only {@code [!NOTE]}, {@code [!TIP]},
 * {@code [!IMPORTANT]}, {@code [!WARNING]} or {@code [!CAUTION]} (any case) becomes
 * {@code <div class="admonition note" role="note"><p class="admonition-title">Note</p>...</div>};
 * the rest of the quote is the body, Markdown as usual.
 *
 * <p>Done on the parsed tree, as GitHub and other renderers do, rather than with a block parser:
 * the quote is parsed by commonmark as any quote, so lazy lines and nesting behave the same, and
 * only the marker line is taken away. A marker of letters that is not one of the five is most
 * likely a typo ({@code [!DANGER]}, {@code [!NOTES]}); the quote stays a quote and a warning says so.
 */
final class GithubAlerts {

    /** The types, in GitHub's order, with their titles. */
    private static final Map<String, String> TITLES = Map.of(
            "note", "Note", "tip", "Tip", "important", "Important", "warning", "Warning", "caution", "Caution");
    private static final Pattern MARKER = Pattern.compile("\\s*\\[!([A-Za-z]+)\\]\\s*");

    private GithubAlerts() {
    }

    /** An alert: its children are the quote's body. */
    static final class Admonition extends CustomBlock {
        final String type;

        Admonition(String type) {
            this.type = type;
        }
    }

    /** Turns marked quotes under {@code document} into admonitions; problems go to {@code warnings}. */
    static void apply(Node document, List<MarkdownWarning> warnings) {
        List<BlockQuote> quotes = new ArrayList<>();
        collect(document, quotes);
        for (BlockQuote quote : quotes) {
            convert(quote, warnings);
        }
    }

    private static void collect(Node node, List<BlockQuote> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof BlockQuote quote) {
                out.add(quote);
            }
            collect(child, out);
        }
    }

    private static void convert(BlockQuote quote, List<MarkdownWarning> warnings) {
        if (!(quote.getFirstChild() instanceof Paragraph first)) {
            return;
        }
        // the first line: the inline nodes up to the first line break
        StringBuilder text = new StringBuilder();
        Node lineBreak = null;
        for (Node inline = first.getFirstChild(); inline != null; inline = inline.getNext()) {
            if (inline instanceof SoftLineBreak || inline instanceof HardLineBreak) {
                lineBreak = inline;
                break;
            }
            if (!(inline instanceof Text t)) {
                return; // emphasis, a link, code: not a bare marker
            }
            text.append(t.getLiteral());
        }
        Matcher m = MARKER.matcher(text);
        if (!m.matches()) {
            return;
        }
        String type = m.group(1).toLowerCase(Locale.ROOT);
        if (!TITLES.containsKey(type)) {
            warnings.add(new MarkdownWarning(MarkdownLines.of(quote),
                    "Unknown alert type: [!" + m.group(1) + "]",
                    "GitHub alerts are [!NOTE], [!TIP], [!IMPORTANT], [!WARNING] and [!CAUTION]; "
                            + "this block quote is rendered as a plain quote.",
                    "Use one of NOTE, TIP, IMPORTANT, WARNING or CAUTION, or write the first line differently."));
            return;
        }
        // take the marker line away; a paragraph that held only the marker goes altogether
        if (lineBreak == null) {
            first.unlink();
        } else {
            Node inline = first.getFirstChild();
            while (inline != null) {
                Node next = inline.getNext();
                inline.unlink();
                if (inline == lineBreak) {
                    break;
                }
                inline = next;
            }
        }
        Admonition admonition = new Admonition(type);
        admonition.setSourceSpans(quote.getSourceSpans());
        Node child = quote.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            admonition.appendChild(child);
            child = next;
        }
        quote.insertBefore(admonition);
        quote.unlink();
    }

    static final class Renderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        Renderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Admonition.class);
        }

        @Override
        public void render(Node node) {
            Admonition admonition = (Admonition) node;
            html.line();
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("class", "admonition " + admonition.type);
            attributes.put("role", "note");
            html.tag("div", context.extendAttributes(node, "div", attributes));
            html.line();
            html.tag("p", Map.of("class", "admonition-title"));
            html.text(TITLES.get(admonition.type));
            html.tag("/p");
            html.line();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            html.line();
            html.tag("/div");
            html.line();
        }
    }
}
