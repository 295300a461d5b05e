package dev.hyde.markdown;

import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Code as Jekyll's kramdown writes it when Rouge highlights (Jekyll's default): a block in
 * {@code <div class="language-x highlighter-rouge"><div class="highlight"><pre class="highlight"><code>},
 * {@code language-plaintext} without a language, and inline code with
 * {@code class="language-plaintext highlighter-rouge"}, so a theme's CSS for those classes keeps
 * working. The code is text, without Rouge's token spans: it is coloured in the browser.
 */
final class RougeMarkup implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    RougeMarkup(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(FencedCodeBlock.class, IndentedCodeBlock.class, Code.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof Code code) {
            html.tag("code", context.extendAttributes(code, "code",
                    Map.of("class", "language-plaintext highlighter-rouge")));
            html.text(code.getLiteral());
            html.tag("/code");
            return;
        }
        String language = "plaintext";
        String literal;
        if (node instanceof FencedCodeBlock fence) {
            String info = fence.getInfo() == null ? "" : fence.getInfo().strip();
            if (!info.isEmpty()) {
                language = info.split("\\s+")[0];
            }
            literal = fence.getLiteral();
        } else {
            literal = ((IndentedCodeBlock) node).getLiteral();
        }
        // An attribute list's classes go between the language and highlighter-rouge, as kramdown puts them.
        Map<String, String> attributes = new LinkedHashMap<>(context.extendAttributes(node, "pre", Map.of()));
        String extra = attributes.remove("class");
        Map<String, String> outer = new LinkedHashMap<>();
        outer.put("class", "language-" + language + (extra == null || extra.isBlank() ? "" : " " + extra.strip())
                + " highlighter-rouge");
        outer.putAll(attributes);
        html.line();
        html.tag("div", outer);
        html.tag("div", Map.of("class", "highlight"));
        html.tag("pre", Map.of("class", "highlight"));
        html.tag("code");
        html.text(literal);
        html.tag("/code");
        html.tag("/pre");
        html.tag("/div");
        html.tag("/div");
        html.line();
    }

    /**
     * Whether a Jekyll site's configuration leaves Rouge on: not when {@code highlighter} is
     * {@code none} (or false), nor when kramdown's {@code syntax_highlighter} is turned off or its
     * {@code syntax_highlighter_opts} say {@code disable: true}.
     */
    static boolean enabled(Map<String, Object> config) {
        Object highlighter = config.get("highlighter");
        if (config.containsKey("highlighter") && (highlighter == null || Boolean.FALSE.equals(highlighter)
                || "none".equals(String.valueOf(highlighter)))) {
            return false;
        }
        if (config.get("kramdown") instanceof Map<?, ?> kramdown) {
            if (kramdown.containsKey("syntax_highlighter")) {
                Object chosen = kramdown.get("syntax_highlighter");
                if (chosen == null || Boolean.FALSE.equals(chosen) || !"rouge".equals(String.valueOf(chosen))) {
                    return false;
                }
            }
            if (kramdown.get("syntax_highlighter_opts") instanceof Map<?, ?> options
                    && Boolean.TRUE.equals(options.get("disable"))) {
                return false;
            }
        }
        return true;
    }
}
