package dev.hyde.markdown;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Node;
import dev.hyde.config.TocLevels;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders one page body from Markdown to an HTML fragment; one instance per build, thread-safe.
 *
 * <p>The pages were written for Jekyll's kramdown (GFM input), so the output follows kramdown
 * where the two disagree: heading ids, smart punctuation, table alignment, task-list and
 * footnote markup; kramdown's attribute lists, table of contents and extension tags are
 * understood too. Parser and renderer are built once because building them is the expensive
 * part; both are immutable, and everything that needs per-page state (heading id counters,
 * footnote numbers) is created afresh by the renderer for each call.
 */
public final class MarkdownRenderer {

    /**
     * A rendered page body and what was found wrong in it.
     *
     * @param warnings lines counted in the Markdown text given to {@link #renderPage}
     */
    public record Rendered(String html, List<MarkdownWarning> warnings) {
        public Rendered {
            warnings = List.copyOf(warnings);
        }
    }

    private final Parser parser;
    /** For the content of HTML elements that kramdown reads as span-level Markdown (Jekyll sites). */
    private final Parser spanParser;
    private final HtmlRenderer renderer;
    private final boolean hydeSyntax;

    /** Whether a Jekyll site's configuration leaves Rouge on (see {@link RougeMarkup}). */
    public static boolean rougeEnabled(java.util.Map<String, Object> config) {
        return RougeMarkup.enabled(config);
    }

    /** A renderer with Hyde's additions to kramdown's syntax. */
    public MarkdownRenderer() {
        this(true);
    }

    /**
     * @param hydeSyntax whether Hyde's additions are on: bare {@code https://...} in text becomes
     *                   a link, GitHub alerts become admonitions, and code fences take a title,
     *                   highlighted lines and tabs. GitHub does the first two; kramdown (and so a
     *                   Jekyll site, which keeps rendering as Jekyll does) does none of them
     */
    public MarkdownRenderer(boolean hydeSyntax) {
        this(hydeSyntax, false);
    }

    /**
     * @param rougeMarkup whether code is written as Jekyll's kramdown writes it when Rouge
     *                    highlights (see {@link RougeMarkup}): a Jekyll site whose configuration
     *                    leaves Rouge on
     */
    public MarkdownRenderer(boolean hydeSyntax, boolean rougeMarkup) {
        this(hydeSyntax, rougeMarkup, TocLevels.ALL);
    }

    /**
     * A site's renderer: with Rouge's markup where its configuration leaves Rouge on (a Jekyll
     * site), and the heading levels its table of contents lists ({@code kramdown: toc_levels:},
     * every level when that is missing or not a value kramdown reads).
     */
    public static MarkdownRenderer forSite(boolean hydeSyntax, java.util.Map<String, Object> config) {
        return new MarkdownRenderer(hydeSyntax, !hydeSyntax && rougeEnabled(config),
                TocLevels.ofSite(config).orElse(TocLevels.ALL));
    }

    private MarkdownRenderer(boolean hydeSyntax, boolean rougeMarkup, TocLevels tocLevels) {
        this.hydeSyntax = hydeSyntax;
        // Hyde's own projects keep CommonMark's rules for lists and emphasis; a Jekyll site's
        // pages were written against kramdown and keep rendering as kramdown renders them
        boolean kramdownRules = !hydeSyntax;
        boolean bareUrlLinks = hydeSyntax;
        List<Extension> extensions = new java.util.ArrayList<>(List.of(
                TablesExtension.create(),
                // kramdown only strikes through with two tildes
                StrikethroughExtension.builder().requireTwoTildes(true).build(),
                TaskListItemsExtension.create()));
        if (bareUrlLinks) {
            extensions.add(AutolinkExtension.create());
        }
        Parser.Builder parser = Parser.builder()
                // The parser's own limits turn deeper nesting into plain text, silently. Set above
                // NestingLimit's (a list level takes two block parsers), so that deep input is
                // reported as an error rather than rendered differently, and parsed no deeper
                // than needed to find out.
                .maxOpenBlockParsers(4 * NestingLimit.MAX_DEPTH)
                .maxInlineNesting(2 * NestingLimit.MAX_DEPTH)
                // line positions tell which block a kramdown attribute list line belongs to
                .includeSourceSpans(IncludeSourceSpans.BLOCKS)
                .customBlockParserFactory(new KramdownExtensions.BlockFactory())
                .customInlineContentParserFactory(new KramdownExtensions.InlineFactory())
                // first of all: the later passes recurse over the tree, one stack frame per level
                .postProcessor(new NestingLimit());
        if (kramdownRules) {
            // a Jekyll site: lists and emphasis follow kramdown where CommonMark differs
            parser.enabledBlockTypes(KramdownLists.BLOCK_TYPES)
                    .customBlockParserFactory(new KramdownSpanHtml())
                    .customBlockParserFactory(new KramdownLists.ItemStarts())
                    .customBlockParserFactory(new KramdownLists.Headings())
                    .customInlineContentParserFactory(new KramdownEmphasis.ParserFactory())
                    .customInlineContentParserFactory(new KramdownEscapes())
                    // before anything reads the inline content
                    .postProcessor(new KramdownEmphasis())
                    .postProcessor(new KramdownLists.JoinBulletLists())
                    .postProcessor(new KramdownDefinitionLists(this::reparse))
                    .postProcessor(new KramdownTables.NoHead())
                    .postProcessor(new KramdownSpanTags())
                    .postProcessor(new KramdownAbbreviations());
        }
        this.spanParser = kramdownRules ? spanParser() : null;
        this.parser = parser
                // then: attribute lists must be read as written, before autolinks and typography
                .postProcessor(new KramdownAttributeLists(this::reparse))
                .extensions(extensions)
                .extensions(List.of(FootnotesExtension.create()))
                .customInlineContentParserFactory(new LiteralText.ParserFactory())
                // after the extensions' post-processors, so autolinked URLs are left alone
                .postProcessor(new Typographer())
                .build();
        // footnotes are parsed by the extension but rendered kramdown's way, hence not passed here
        HtmlRenderer.Builder renderer = HtmlRenderer.builder();
        if (rougeMarkup) {
            renderer.nodeRendererFactory(RougeMarkup::new);
        }
        if (kramdownRules) {
            renderer.nodeRendererFactory(KramdownLists.Paragraphs::new)
                    .nodeRendererFactory(KramdownDefinitionLists.Renderer::new)
                    .nodeRendererFactory(KramdownAbbreviations.Renderer::new);
        }
        this.renderer = renderer
                .nodeRendererFactory(KramdownFootnotes::new)
                .nodeRendererFactory(LiteralText.HtmlRenderer::new)
                .nodeRendererFactory(KramdownExtensions.Renderer::new)
                .nodeRendererFactory(KramdownAttributeLists.StoreRenderer::new)
                .nodeRendererFactory(context -> new TableOfContents.Renderer(context, tocLevels))
                .nodeRendererFactory(GithubAlerts.Renderer::new)
                .nodeRendererFactory(CodeBlocks.Renderer::new)
                .extensions(extensions)
                .attributeProviderFactory(context -> new TableCellAlignment())
                .attributeProviderFactory(context -> new TaskListAttributes())
                // after the task-list classes, which IAL classes add to, and before the heading
                // ids, which an IAL id replaces
                .attributeProviderFactory(context -> new KramdownAttributeLists.Provider())
                .attributeProviderFactory(context -> new KramdownHeadingIds())
                .attributeProviderFactory(context -> kramdownRules
                        ? new KramdownLists.NoStart() : (node, tagName, attributes) -> { })
                .build();
    }

    /**
     * The parser for span-level Markdown: the inline rules of a Jekyll site's pages, and no block
     * types, so that every line is paragraph text as kramdown reads an element's span content.
     */
    private Parser spanParser() {
        return Parser.builder()
                .enabledBlockTypes(java.util.Set.of())
                .maxInlineNesting(2 * NestingLimit.MAX_DEPTH)
                .customInlineContentParserFactory(new KramdownExtensions.InlineFactory())
                .postProcessor(new NestingLimit())
                .customInlineContentParserFactory(new KramdownEmphasis.ParserFactory())
                .customInlineContentParserFactory(new KramdownEscapes())
                .postProcessor(new KramdownEmphasis())
                .postProcessor(new KramdownSpanTags())
                .postProcessor(new KramdownAttributeLists(this::reparse))
                .extensions(List.of(StrikethroughExtension.builder().requireTwoTildes(true).build()))
                .customInlineContentParserFactory(new LiteralText.ParserFactory())
                .postProcessor(new Typographer())
                .build();
    }

    /**
     * The HTML of span-level Markdown inside an HTML element, its references resolved against
     * {@code definitions} (the page's link definitions, as Markdown lines).
     */
    private String renderSpan(String markdown, String definitions) {
        // kramdown reads the content as one run of text: a blank line in it ends nothing
        String text = BLANK_LINES.matcher(markdown).replaceAll("\n");
        Node document = spanParser.parse(definitions + LoneBackticks.escape(text));
        String html = renderer.render(document).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>")) {
            html = html.substring(3, html.length() - 4);
        }
        return html;
    }

    private static final java.util.regex.Pattern BLANK_LINES = java.util.regex.Pattern.compile("\n(?:[ \t]*\n)+");

    /** The page's link reference definitions, written out again for a span's or a block's own parse. */
    static String linkDefinitions(Node document) {
        StringBuilder lines = new StringBuilder();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            collectDefinitions(node, lines);
        }
        return lines.isEmpty() ? "" : lines.append('\n').toString();
    }

    private static void collectDefinitions(Node node, StringBuilder lines) {
        if (node instanceof org.commonmark.node.LinkReferenceDefinition definition) {
            lines.append('[').append(definition.getLabel()).append("]: <")
                    .append(definition.getDestination().replace("\\", "\\\\").replace("<", "\\<")
                            .replace(">", "\\>"))
                    .append('>');
            if (definition.getTitle() != null) {
                lines.append(" \"").append(definition.getTitle().replace("\\", "\\\\").replace("\"", "\\\""))
                        .append('"');
            }
            lines.append('\n');
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collectDefinitions(child, lines);
        }
    }

    private Node reparse(String markdown) {
        return parser.parse(markdown);
    }

    /**
     * Returns the HTML fragment for {@code markdown}, dropping warnings (for Markdown that is not a
     * page of its own, such as the {@code markdownify} filter's); safe to call from many threads.
     *
     * @throws MarkdownTooDeep when the text nests deeper than the renderer allows
     */
    public String render(String markdown) {
        return renderPage(markdown).html();
    }

    /**
     * Returns the HTML fragment for {@code markdown} with the warnings found on the way; safe to
     * call from many threads at once.
     *
     * @throws MarkdownTooDeep when the text nests deeper than the renderer allows
     */
    public Rendered renderPage(String markdown) {
        KramdownHtmlBlocks.Protected text = KramdownHtmlBlocks.protect(KramdownTables.normalise(markdown), !hydeSyntax);
        // after the HTML blocks are cut out, whose lines are no table
        KramdownTables.Lines tables = hydeSyntax ? new KramdownTables.Lines(text.markdown(), null)
                : KramdownTables.headerless(text.markdown());
        Node document;
        try {
            InlineNesting.check(tables.markdown());
            document = parser.parse(LoneBackticks.escape(tables.markdown()));
        } catch (MarkdownTooDeep e) {
            throw e.atLine(text.sourceLine(tables.sourceLine(e.line())));
        }
        List<MarkdownWarning> warnings = new java.util.ArrayList<>();
        if (hydeSyntax) {
            // on the finished tree, not as parser post-processors: those are shared by all
            // threads and have nowhere to put one page's warnings
            GithubAlerts.apply(document, warnings);
            CodeBlocks.apply(document, warnings);
        }
        // HTML is a little longer than its Markdown: sized up front, the buffer is not copied as it grows.
        StringBuilder html = new StringBuilder(markdown.length() + markdown.length() / 2 + 256);
        renderer.render(document, html);
        String page = html.toString();
        if (spanParser != null && !text.blocks().isEmpty()) {
            String definitions = linkDefinitions(document);
            page = text.restore(page, span -> renderSpan(span, definitions));
        } else {
            page = text.restore(page);
        }
        return new Rendered(page, warnings.stream()
                .map(w -> new MarkdownWarning(text.sourceLine(tables.sourceLine(w.line())), w.title(), w.detail(), w.hint()))
                .toList());
    }
}
