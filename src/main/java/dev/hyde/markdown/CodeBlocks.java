package dev.hyde.markdown;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Fenced code blocks with attributes in their info string ({@link FenceInfo}): a title above the
 * code, highlighted lines, and tabs, where consecutive blocks with {@code tab="Label"} become one
 * tab group.
 *
 * <p>A block whose info string has none of these is left to commonmark, so pages without them
 * render exactly as before (as kramdown does). A block that has them is wrapped in a
 * {@link CodeBlock} that keeps the original block as its child: the kramdown attribute lists
 * found for it ({@code {: .class}} under the fence) are keyed by that node and still reach its
 * {@code pre}.
 */
final class CodeBlocks {

    private CodeBlocks() {
    }

    /** A fenced block with attributes; its one child is the {@link FencedCodeBlock}. */
    static final class CodeBlock extends CustomBlock {
        final FenceInfo info;
        final BitSet highlighted;
        /** A tab without a group to go in: shown as a plain block, titled with its label. */
        boolean lonelyTab;

        CodeBlock(FenceInfo info, BitSet highlighted) {
            this.info = info;
            this.highlighted = highlighted;
        }

        FencedCodeBlock fence() {
            return (FencedCodeBlock) getFirstChild();
        }

        boolean isTab() {
            return info.tab() != null;
        }
    }

    /** Consecutive tabbed blocks of one group; its children are {@link CodeBlock}s. */
    static final class TabGroup extends CustomBlock {
        final String group;

        TabGroup(String group) {
            this.group = group;
        }
    }

    /** Wraps the blocks with attributes and groups the tabs; problems go to {@code warnings}. */
    static void apply(Node document, List<MarkdownWarning> warnings) {
        List<FencedCodeBlock> fences = new ArrayList<>();
        collect(document, fences);
        List<CodeBlock> blocks = new ArrayList<>();
        for (FencedCodeBlock fence : fences) {
            FenceInfo info = FenceInfo.parse(fence.getInfo() == null ? "" : fence.getInfo());
            if (!info.hasFeatures()) {
                continue;
            }
            int line = MarkdownLines.of(fence);
            int lineCount = lines(fence.getLiteral()).size();
            FenceInfo.Highlight highlight = info.highlight(lineCount);
            for (FenceInfo.BadRange bad : highlight.bad()) {
                warnings.add(new MarkdownWarning(line,
                        "Invalid line range to highlight: " + bad.text(),
                        "The code block's {" + info.lineSet() + "} names '" + bad.text() + "', but " + bad.reason()
                                + "; the other lines of the set are highlighted.",
                        "Write the lines to highlight as {2,4-5}, counting from the block's first line."));
            }
            CodeBlock block = new CodeBlock(info, highlight.lines());
            block.setSourceSpans(fence.getSourceSpans());
            fence.insertBefore(block);
            block.appendChild(fence);
            blocks.add(block);
        }
        for (CodeBlock block : blocks) {
            if (block.isTab() && !continuesGroup(block)) {
                group(block, warnings);
            }
        }
    }

    private static void collect(Node node, List<FencedCodeBlock> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof FencedCodeBlock fence) {
                out.add(fence);
            } else {
                collect(child, out);
            }
        }
    }

    /** Whether the block right before this one is a tab of the same group. */
    private static boolean continuesGroup(CodeBlock block) {
        return block.getPrevious() instanceof CodeBlock previous && sameGroup(previous, block);
    }

    private static boolean sameGroup(CodeBlock a, CodeBlock b) {
        return a.isTab() && b.isTab() && Objects.equals(a.info.group(), b.info.group());
    }

    /** Gathers {@code first} and the tabs right after it into one group. */
    private static void group(CodeBlock first, List<MarkdownWarning> warnings) {
        List<CodeBlock> tabs = new ArrayList<>(List.of(first));
        while (tabs.get(tabs.size() - 1).getNext() instanceof CodeBlock next && sameGroup(first, next)) {
            tabs.add(next);
        }
        if (tabs.size() == 1) {
            first.lonelyTab = true;
            warnings.add(new MarkdownWarning(MarkdownLines.of(first),
                    "Tab group with a single tab: " + first.info.tab(),
                    "A code block with tab=\"...\" makes a tab group with the tabbed blocks right after it; "
                            + "this one has none, so it is shown as a plain code block titled '"
                            + first.info.tab() + "'.",
                    "Put the other tabs' code blocks right after this one (blank lines between are fine), "
                            + "or use title=\"...\" instead of tab=\"...\"."));
            return;
        }
        TabGroup group = new TabGroup(first.info.group());
        group.setSourceSpans(first.getSourceSpans());
        first.insertBefore(group);
        for (CodeBlock tab : tabs) {
            group.appendChild(tab);
        }
    }

    /** The code's lines, without their line ends; commonmark ends the last one with a newline. */
    static List<String> lines(String literal) {
        List<String> lines = new ArrayList<>(List.of(literal.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** Renders both node types; one instance per rendering, so tab ids are unique per page. */
    static final class Renderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;
        private int groups;

        Renderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(CodeBlock.class, TabGroup.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof TabGroup group) {
                renderGroup(group);
            } else {
                renderBlock((CodeBlock) node);
            }
        }

        private void renderGroup(TabGroup group) {
            String prefix = "hyde-tabs-" + (++groups);
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("class", "tabs");
            if (group.group != null) {
                attributes.put("data-group", group.group);
            }
            html.line();
            html.tag("div", attributes);
            html.line();
            html.tag("div", ordered("class", "tab-list", "role", "tablist"));
            int index = 0;
            for (Node child = group.getFirstChild(); child != null; child = child.getNext()) {
                String id = prefix + "-" + (++index);
                boolean selected = index == 1;
                html.tag("button", ordered("type", "button", "role", "tab",
                        "aria-selected", String.valueOf(selected), "aria-controls", id, "id", id + "-tab",
                        // roving tab index (WAI-ARIA tabs): Tab reaches the chosen tab, arrows the others
                        "tabindex", selected ? "0" : "-1"));
                html.text(((CodeBlock) child).info.tab());
                html.tag("/button");
            }
            html.tag("/div");
            html.line();
            index = 0;
            for (Node child = group.getFirstChild(); child != null; child = child.getNext()) {
                String id = prefix + "-" + (++index);
                Map<String, String> panel = ordered("class", "tab-panel", "role", "tabpanel", "id", id,
                        "aria-labelledby", id + "-tab", "tabindex", "0");
                if (index > 1) {
                    panel.put("hidden", "");
                }
                html.tag("div", panel);
                renderBlock((CodeBlock) child);
                html.tag("/div");
                html.line();
            }
            html.tag("/div");
            html.line();
        }

        private void renderBlock(CodeBlock block) {
            FencedCodeBlock fence = block.fence();
            String title = block.info.title() != null ? block.info.title() : block.lonelyTab ? block.info.tab() : null;
            html.line();
            if (title != null) {
                html.tag("div", Map.of("class", "code-block"));
                html.tag("div", Map.of("class", "code-title"));
                html.text(title);
                html.tag("/div");
            }
            // as commonmark writes a fenced block, attribute providers (kramdown's IALs) included
            html.tag("pre", context.extendAttributes(fence, "pre", Map.of()));
            Map<String, String> code = new LinkedHashMap<>();
            if (!block.info.language().isEmpty()) {
                code.put("class", "language-" + block.info.language());
            }
            html.tag("code", context.extendAttributes(fence, "code", code));
            if (block.highlighted.isEmpty()) {
                html.text(fence.getLiteral());
            } else {
                List<String> lines = lines(fence.getLiteral());
                for (int i = 0; i < lines.size(); i++) {
                    if (block.highlighted.get(i + 1)) {
                        // the line end stays outside the span, so the code's text is unchanged
                        html.tag("span", Map.of("class", "hl-line"));
                        html.text(lines.get(i));
                        html.tag("/span");
                    } else {
                        html.text(lines.get(i));
                    }
                    html.text("\n");
                }
            }
            html.tag("/code");
            html.tag("/pre");
            if (title != null) {
                html.tag("/div");
            }
            html.line();
        }

        private static Map<String, String> ordered(String... keysAndValues) {
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < keysAndValues.length; i += 2) {
                map.put(keysAndValues[i], keysAndValues[i + 1]);
            }
            return map;
        }
    }
}
