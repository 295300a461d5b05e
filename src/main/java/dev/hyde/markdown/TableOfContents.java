package dev.hyde.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import dev.hyde.config.TocLevels;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Kramdown's automatic table of contents: the first list that carries the {@code toc} marker
 * ({@code * TOC} followed by {@code {:toc}}) is replaced by a nested list of links to the page's
 * headings, in kramdown's markup ({@code ul#markdown-toc}, {@code a#markdown-toc-ID}), so that
 * themes styling it and links into it keep working.
 *
 * <p>All heading levels are listed (kramdown's default {@code toc_levels}), except headings
 * without an id and those with the class {@code no_toc}. A heading nests under the nearest
 * earlier one of a lower level, however many levels it skips. Links in a heading are reduced to
 * their text and footnote markers are left out, as kramdown does.
 */
final class TableOfContents {

    private static final Pattern NO_TOC = Pattern.compile("\\bno_toc\\b");

    private TableOfContents() {
    }

    /** Stands for the table of contents until rendering, when every heading id is known. */
    static final class Placeholder extends CustomBlock {
        final boolean ordered;
        final Map<String, String> attributes;

        Placeholder(boolean ordered, Map<String, String> attributes) {
            this.ordered = ordered;
            this.attributes = attributes;
        }
    }

    /** Replaces the first list marked {@code toc}; later marked lists stay ordinary lists. */
    static void replaceMarkedList(Node document, KramdownAttributeLists.Store store) {
        ListBlock marked = findMarked(document, store);
        if (marked == null) {
            return;
        }
        Map<String, String> attributes = new LinkedHashMap<>(store.resolved.getOrDefault(marked, Map.of()));
        marked.insertBefore(new Placeholder(marked instanceof OrderedList, attributes));
        marked.unlink();
        store.lists.remove(marked);
        store.resolved.remove(marked);
    }

    private static ListBlock findMarked(Node node, KramdownAttributeLists.Store store) {
        if (node instanceof ListBlock list && store.lists.containsKey(list) && store.lists.get(list).hasRef("toc")) {
            return list;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            ListBlock found = findMarked(child, store);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static final class Entry {
        final int level;
        final String id;
        final Heading heading;
        final List<Entry> children = new ArrayList<>();

        Entry(int level, String id, Heading heading) {
            this.level = level;
            this.id = id;
            this.heading = heading;
        }
    }

    static final class Renderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;
        private final TocLevels siteLevels;

        /** @param siteLevels the levels listed unless the page sets its own ({@code {::options toc_levels=...}}) */
        Renderer(HtmlNodeRendererContext context, TocLevels siteLevels) {
            this.context = context;
            this.siteLevels = siteLevels;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Placeholder.class);
        }

        @Override
        public void render(Node node) {
            Placeholder placeholder = (Placeholder) node;
            List<Entry> roots = tree(headings(placeholder, siteLevels));
            if (roots.isEmpty()) {
                return;
            }
            Map<String, String> attributes = new LinkedHashMap<>(placeholder.attributes);
            attributes.putIfAbsent("id", "markdown-toc");
            html.line();
            list(placeholder.ordered ? "ol" : "ul", attributes, roots, 0, attributes.get("id"));
        }

        /**
         * The headings in document order with the ids they will be rendered with: the same
         * providers, replayed on a fresh id counter. Footnote texts are rendered at the end of the
         * page and are left out.
         */
        private static List<Entry> headings(Placeholder placeholder, TocLevels siteLevels) {
            Node root = placeholder;
            while (root.getParent() != null) {
                root = root.getParent();
            }
            List<Heading> headings = new ArrayList<>();
            collect(root, headings);
            TocLevels levels = pageLevels(root).orElse(siteLevels);
            headings.removeIf(heading -> !levels.lists(heading.getLevel()));
            KramdownHeadingIds ids = new KramdownHeadingIds();
            List<Entry> entries = new ArrayList<>();
            for (Heading heading : headings) {
                Map<String, String> attributes = new LinkedHashMap<>();
                new KramdownAttributeLists.Provider().setAttributes(heading, "h" + heading.getLevel(), attributes);
                ids.setAttributes(heading, "h" + heading.getLevel(), attributes);
                String id = attributes.get("id");
                if (id != null && !NO_TOC.matcher(attributes.getOrDefault("class", "")).find()) {
                    entries.add(new Entry(heading.getLevel(), id, heading));
                }
            }
            return entries;
        }

        /**
         * The levels the page's last {@code {::options toc_levels="..." /}} sets, wherever it
         * stands (kramdown applies its converter options to the whole page); a value kramdown
         * would refuse is passed over.
         */
        private static java.util.Optional<TocLevels> pageLevels(Node node) {
            java.util.Optional<TocLevels> found = java.util.Optional.empty();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                java.util.Optional<TocLevels> set = child instanceof KramdownExtensions.ExtensionBlock block
                        && block.options != null ? levelsOption(block.options) : pageLevels(child);
                if (set.isPresent()) {
                    found = set;
                }
            }
            return found;
        }

        /** The {@code toc_levels} an options extension sets, when it sets one kramdown reads. */
        private static java.util.Optional<TocLevels> levelsOption(String options) {
            String value = AttributeList.parse(options).resolve(Map.of()).get("toc_levels");
            return value == null ? java.util.Optional.empty() : TocLevels.parse(value);
        }

        private static void collect(Node node, List<Heading> out) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Heading heading) {
                    out.add(heading);
                } else if (!(child instanceof FootnoteDefinition)) {
                    collect(child, out);
                }
            }
        }

        /** kramdown's generate_toc_tree: nest under the last open entry of a lower level. */
        private static List<Entry> tree(List<Entry> entries) {
            List<Entry> roots = new ArrayList<>();
            Deque<Entry> stack = new ArrayDeque<>();
            for (Entry entry : entries) {
                while (!stack.isEmpty() && stack.peek().level >= entry.level) {
                    stack.pop();
                }
                (stack.isEmpty() ? roots : stack.peek().children).add(entry);
                stack.push(entry);
            }
            return roots;
        }

        /** Writes kramdown's whitespace too, so that the page text matches Jekyll's. */
        private void list(String tag, Map<String, String> attributes, List<Entry> entries, int indent, String prefix) {
            html.raw(" ".repeat(indent));
            html.tag(tag, attributes);
            html.raw("\n");
            for (Entry entry : entries) {
                html.raw(" ".repeat(indent + 2));
                html.tag("li");
                Map<String, String> link = new LinkedHashMap<>();
                link.put("href", "#" + entry.id);
                link.put("id", prefix + "-" + entry.id);
                html.tag("a", link);
                inline(entry.heading);
                html.tag("/a");
                if (!entry.children.isEmpty()) {
                    list(tag, Map.of(), entry.children, indent + 4, prefix);
                    html.raw(" ".repeat(indent + 2));
                }
                html.tag("/li");
                html.raw("\n");
            }
            html.raw(" ".repeat(indent));
            html.tag("/" + tag);
            html.raw("\n");
        }

        /** The heading's content without links (a link inside a link is invalid) and footnotes. */
        private void inline(Node parent) {
            for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Link) {
                    inline(child);
                } else if (child instanceof FootnoteReference) {
                    continue;
                } else if (containsLink(child) && tagOf(child) != null) {
                    String tag = tagOf(child);
                    html.tag(tag, context.extendAttributes(child, tag, Map.of()));
                    inline(child);
                    html.tag("/" + tag);
                } else {
                    context.render(child);
                }
            }
        }

        private static String tagOf(Node node) {
            if (node instanceof Emphasis) {
                return "em";
            } else if (node instanceof StrongEmphasis) {
                return "strong";
            } else if (node instanceof Strikethrough) {
                return "del";
            }
            return null;
        }

        private static boolean containsLink(Node node) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Link || child instanceof FootnoteReference || containsLink(child)) {
                    return true;
                }
            }
            return false;
        }
    }
}
