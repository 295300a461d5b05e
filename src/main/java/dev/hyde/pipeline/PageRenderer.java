package dev.hyde.pipeline;

import dev.hyde.config.ProjectLayout;
import dev.hyde.deps.ReadRecorder;
import dev.hyde.extension.Extensions;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;
import dev.hyde.diag.Diagnostics;
import dev.hyde.layout.Layout;
import dev.hyde.layout.LayoutLibrary;
import dev.hyde.layout.LayoutMemo;
import dev.hyde.layout.LayoutStage;
import dev.hyde.liquid.LiquidEngine;
import dev.hyde.liquid.LiquidTemplate;
import dev.hyde.markdown.MarkdownRenderer;
import dev.hyde.markdown.MarkdownTooDeep;
import dev.hyde.model.Page;
import dev.hyde.model.Site;
import dev.hyde.plugins.Paginate;
import dev.hyde.post.FinishedPage;
import dev.hyde.search.PageText;
import dev.hyde.search.SearchIndex;
import dev.hyde.search.SearchTerms;
import dev.hyde.theme.ThemePages;
import dev.hyde.post.HtmlPostProcessing;
import dev.hyde.post.PostProcessor;
import dev.hyde.post.ProcessedContent;
import dev.hyde.deps.RecordingMap;
import dev.hyde.nav.SiteNav;
import dev.hyde.source.GitDates;
import dev.hyde.view.NavView;
import dev.hyde.view.PageView;
import dev.hyde.view.PaginatorView;
import dev.hyde.view.RecordedSiteView;
import dev.hyde.view.SiteView;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Takes one page through its stages: liquid, markdown (or sass), post (body), layout, post
 * (document) and search text; the sequence is {@link #stages}, each stage a method below it.
 * Shares only read-only state between threads, so pages render in parallel; the expensive parts
 * (Markdown parser, Liquid includes, layouts, the Sass compiler) are built once, in {@link #create}.
 */
public final class PageRenderer implements AutoCloseable {
    private final ProjectLayout project;
    private final Map<String, Object> siteView;
    private final LiquidEngine liquid;
    private final MarkdownRenderer markdown;
    private final SassStage sass;
    private final LayoutStage layouts;
    private final PostProcessor post;
    private final Map<String, Object> globals;
    private final SiteNav nav;
    private final GitDates dates;
    private final String editUrl;
    private final StageTimes times;
    private final Diagnostics warnings;
    /** The one copy of each search term of the pages rendered, or null when pages are not read for the search index. */
    private final SearchTerms searchTerms;
    /** Layout outputs of earlier renderings that pages may take (the preview server's); none in a build. */
    private final LayoutMemo memo;
    /** Whether a page rendered so far read the build time: its output is then the build time's. */
    private final java.util.concurrent.atomic.AtomicBoolean timeRead = new java.util.concurrent.atomic.AtomicBoolean();
    /** Each document's neighbours in its collection ({@code page.previous}, {@code page.next}), made once. */
    private volatile Map<String, Map<String, Object>> neighbours;

    private PageRenderer(ProjectLayout project, Map<String, Object> siteView, LiquidEngine liquid,
                         MarkdownRenderer markdown, SassStage sass, LayoutStage layouts, PostProcessor post,
                         Map<String, Object> globals, SiteNav nav, GitDates dates, String editUrl, StageTimes times,
                         Diagnostics warnings, SearchTerms searchTerms,
                         LayoutMemo memo) {
        this.project = project;
        this.siteView = siteView;
        this.liquid = liquid;
        this.markdown = markdown;
        this.sass = sass;
        this.layouts = layouts;
        this.post = post;
        this.globals = globals;
        this.nav = nav;
        this.dates = dates;
        this.editUrl = editUrl;
        this.times = times;
        this.warnings = warnings;
        this.searchTerms = searchTerms;
        this.memo = memo;
    }

    /** Reads the layouts and prepares the engines for one site; problems in layouts go to {@code diagnostics}. */
    public static PageRenderer create(ProjectLayout project, Site site, Diagnostics diagnostics, StageTimes times) {
        return create(project, site, diagnostics, times, Extensions.none());
    }

    /** @param extensions the Liquid tags and filters the build's extensions add */
    public static PageRenderer create(ProjectLayout project, Site site, Diagnostics diagnostics, StageTimes times,
                                      Extensions extensions) {
        return create(project, site, diagnostics, diagnostics, times, extensions);
    }

    /**
     * @param renderWarnings where the warnings of reading and rendering templates go (Liquid's and
     *                       Markdown's), apart from the rest, so a build can tell them of the pages
     *                       it keeps from the last build
     */
    public static PageRenderer create(ProjectLayout project, Site site, Diagnostics diagnostics,
                                      Diagnostics renderWarnings, StageTimes times, Extensions extensions) {
        MarkdownRenderer markdown = MarkdownRenderer.forSite(!project.isJekyll(), site.config().values());
        SassStage sass = new SassStage(project, diagnostics);
        LiquidEngine liquid = new LiquidEngine(project, site.config().time().getZone(), markdown::render, sass::compile,
                renderWarnings, site.config().liquidLimits(), site.config().liquidOptions(), extensions);
        LayoutStage layouts = LayoutStage.load(project, liquid, diagnostics);
        PostProcessor post = project.isJekyll() ? PostProcessor.none() : new HtmlPostProcessing(site.config().baseurl());
        // Jekyll sites see Jekyll's variable as Jekyll 4.3.1 set it; a Hyde project also sees hyde.version,
        // which {% seo %} names as the generator instead of Jekyll.
        Map<String, Object> jekyll = Map.of("environment", "development", "version", "4.3.1");
        Map<String, Object> globals = project.isJekyll() ? Map.of("jekyll", jekyll)
                : Map.of("jekyll", jekyll, "hyde", Map.of("version", dev.hyde.about.Versions.hyde()));
        SiteNav nav = SiteNav.of(project, site, diagnostics::add);
        GitDates dates = project.isJekyll() ? GitDates.none() : GitDates.of(project.root());
        Object editUrl = site.config().values().get("edit_url");
        return new PageRenderer(project, SiteView.of(site), liquid, markdown, sass, layouts, post,
                globals, nav, dates, editUrl instanceof String url ? url : "", times, renderWarnings,
                SearchIndex.enabled(project, site) ? new SearchTerms() : null, LayoutMemo.NONE);
    }

    /** The same engines, rendering against another view of the site (one with documents' content). */
    public PageRenderer withSiteView(Map<String, Object> view) {
        return new PageRenderer(project, view, liquid, markdown, sass, layouts, post, globals, nav, dates, editUrl, times,
                warnings, searchTerms, memo);
    }

    /** The same engines, taking layout outputs from {@code memo} where they still hold (the preview server's). */
    public PageRenderer withLayoutMemo(LayoutMemo memo) {
        return new PageRenderer(project, siteView, liquid, markdown, sass, layouts, post, globals, nav, dates, editUrl,
                times, warnings, searchTerms, memo);
    }

    /** One page of a paginated list: its page, with {@code paginator} showing that page's posts. */
    public RenderedPage render(Paginate.Pager pager) {
        return render(pager.page(), Map.of("paginator",
                PaginatorView.of(pager, SiteView.posts(siteView))));
    }

    /** @throws dev.hyde.diag.DiagnosticException for any problem in the page or what it uses */
    public RenderedPage render(Page page) {
        return render(page, Map.of());
    }

    /** @param extra more top-level variables for this page (a paginated list's {@code paginator}) */
    public RenderedPage render(Page page, Map<String, Object> extra) {
        ReadRecorder reads = new ReadRecorder();
        try {
            return guarded(page, () -> stages(page, reads, extra));
        } finally {
            noteTime(reads);
        }
    }

    /** Stages 1-2 of {@link #stages}: the page's content before its layouts. */
    public String content(Page page, ReadRecorder reads) {
        try {
            return guarded(page, () -> content(page, reads, Map.of()));
        } finally {
            noteTime(reads);
        }
    }

    /** Stages 3-6 of {@link #stages}: the page around content made by {@link #content(Page, ReadRecorder)}. */
    public RenderedPage finish(Page page, String content, ReadRecorder reads) {
        try {
            return guarded(page, () -> finish(page, content, reads, Map.of()));
        } finally {
            noteTime(reads);
        }
    }

    /** Whether any page rendered so far read the build time ({@code site.time}, the date filter's {@code 'now'}). */
    public boolean readTime() {
        return timeRead.get();
    }

    private void noteTime(ReadRecorder reads) {
        if (reads.readTime()) {
            timeRead.set(true);
        }
    }

    /**
     * Turns a stack overflow while rendering one page into an error for that page. The nesting
     * limits of Markdown and Liquid stop deep input before it recurses; this is the net below them
     * for any recursion they do not foresee. Catching it is safe here: the overflow unwinds only
     * this page's own calls, whose state (template, tree, buffers, recorder) is discarded with the
     * page, and the shared engines are read-only while rendering.
     */
    private static <T> T guarded(Page page, java.util.function.Supplier<T> rendering) {
        try {
            return rendering.get();
        } catch (StackOverflowError e) {
            throw Diagnostic.error("Page nested too deeply to render").at(page.source().relativePath(), page.bodyLine())
                    .detail("Rendering this page recursed deeper than the stack allows.")
                    .hint("Look for deeply nested quotes, lists, HTML or Liquid blocks, and flatten them.")
                    .exception();
        }
    }

    /*
     * A page's stages. The sequence is stages(), in two halves; each stage below it is one method,
     * in the order the page goes through them, and times itself as its Stage.
     */

    /**
     * The stages of one page, in order:
     * <ol>
     *   <li>{@link #renderLiquid}: Liquid over the body, unless the page turns Liquid off;
     *   <li>{@link #convert}: Markdown to HTML ({@link #renderMarkdown}) or Sass to CSS
     *       ({@link #compileSass}); any other page's body as it is;
     *   <li>{@link #processBody}: post-processing of the body (heading anchors, the TOC);
     *   <li>{@link #applyLayouts}: the page's layout chain around the body;
     *   <li>{@link #processDocument}: post-processing of the whole document (base URL on links,
     *       the links and ids it holds);
     *   <li>{@link #searchText}: what the search index takes from the page.
     * </ol>
     * Stages 1-2 are {@link #content(Page, ReadRecorder, Map)} and 3-6 are
     * {@link #finish(Page, String, ReadRecorder, Map)}, apart because a Jekyll site renders every
     * document's content first (a page may show {@code site.posts[i].content}) and finishes the
     * documents once all of it is known (see {@link SiteWriter#renderDocuments} and
     * {@link SiteWriter#writePagesOf}); every other page goes through both at once, here.
     */
    private RenderedPage stages(Page page, ReadRecorder reads, Map<String, Object> extra) {
        String content = content(page, reads, extra);
        return finish(page, content, reads, extra);
    }

    /** Stages 1-2 of {@link #stages}: Liquid, then Markdown or Sass. */
    private String content(Page page, ReadRecorder reads, Map<String, Object> extra) {
        String body = renderLiquid(page, reads, extra);
        return convert(page, body);
    }

    /** Stages 3-6 of {@link #stages}: post-processing of the body, layouts, post-processing of the document, search text. */
    private RenderedPage finish(Page page, String content, ReadRecorder reads, Map<String, Object> extra) {
        // the chain is looked up first: a layout that is missing stops the page before any work on it
        List<Layout> chain = layoutChain(page);
        ProcessedContent body = processBody(content);
        String document = applyLayouts(page, chain, body, reads, extra);
        FinishedPage finished = processDocument(page, document, body);
        Optional<PageText> text = searchText(page, body);
        return new RenderedPage(page, finished, layouts.filesOf(chain), reads.dependencies(), text);
    }

    /** Stage 1: the body with its Liquid rendered, or as it is when its front matter turns Liquid off. */
    String renderLiquid(Page page, ReadRecorder reads, Map<String, Object> extra) {
        if (!page.frontMatter().rendersLiquid()) {
            return page.body();
        }
        return times.time(Stage.LIQUID, () -> {
            LiquidTemplate template = liquid.parse(page.body(), page.source().relativePath(), page.bodyLine());
            Map<String, Object> variables = new HashMap<>(globals);
            variables.putAll(extra);
            variables.put("site", RecordedSiteView.of(siteView, reads));
            variables.put("page", PageView.forLiquid(page));
            if (page.isMarkdown()) {
                // Jekyll's Markdown converter puts {% highlight %} output on lines of its own
                variables.put("highlighter_prefix", "\n");
                variables.put("highlighter_suffix", "\n");
            }
            return liquid.render(template, variables, reads);
        });
    }

    /** Stage 2: a Markdown page's body to HTML, a Sass page's to CSS; any other page's body is its content. */
    String convert(Page page, String body) {
        if (page.isMarkdown()) {
            return renderMarkdown(page, body);
        }
        if (page.isSass()) {
            return compileSass(page, body);
        }
        return body;
    }

    /** Stage 2 of a Markdown page: its HTML fragment; Markdown's warnings go with the renderer's. */
    String renderMarkdown(Page page, String body) {
        String file = page.source().relativePath();
        try {
            MarkdownRenderer.Rendered rendered = times.time(Stage.MARKDOWN, () -> markdown.renderPage(body));
            // Markdown reads Liquid's output: a line is the page's own as long as Liquid kept the
            // lines, as it does for text without multi-line tags or includes
            rendered.warnings().forEach(w -> warnings.add(w.in(file, page.bodyLine())));
            return rendered.html();
        } catch (MarkdownTooDeep e) {
            throw new DiagnosticException(e.in(file, page.bodyLine()));
        }
    }

    /** Stage 2 of a Sass page: its CSS. */
    String compileSass(Page page, String body) {
        return times.time(Stage.SASS, () -> sass.compile(page, body));
    }

    /** The layouts stage 4 applies, outermost last; looked up before stage 3 (see {@link #finish}). */
    List<Layout> layoutChain(Page page) {
        return layouts.chain(layoutName(page), page.source().relativePath(), page.frontMatter().layoutLine());
    }

    /** Stage 3: post-processing of the body alone (heading anchors, the TOC), which layouts then show. */
    ProcessedContent processBody(String content) {
        return times.time(Stage.POST, () -> post.content(content));
    }

    /** Stage 4: the layout chain around the processed body, with the theme's variables for the page. */
    String applyLayouts(Page page, List<Layout> chain, ProcessedContent body, ReadRecorder reads,
                        Map<String, Object> extra) {
        Map<String, Object> variables = new HashMap<>(globals);
        variables.putAll(extra);
        // a page of a paginated list is one of several renderings of one page: none is kept
        LayoutMemo kept = extra.isEmpty() ? memo : LayoutMemo.NONE;
        return times.time(Stage.LAYOUT, () -> layouts.apply(chain,
                recorder -> RecordedSiteView.of(siteView, recorder),
                PageView.forLayout(page, body.html(), body.toc(), theme(page, reads)), body.html(),
                variables, page, reads, kept));
    }

    /** Stage 5: post-processing of an HTML document (base URL on links; its links and ids collected). */
    FinishedPage processDocument(Page page, String document, ProcessedContent body) {
        return page.isHtmlOutput()
                ? times.time(Stage.POST, () -> post.page(document, body))
                // XML, JSON, CSS ... pages: HTML parsing would rewrite them.
                : FinishedPage.other(document);
    }

    /**
     * Stage 6: the page's text for the search index, from its processed body; none when search is
     * off, for output that is not HTML, for the 404 page, and for a page whose front matter says
     * {@code search: false}.
     */
    Optional<PageText> searchText(Page page, ProcessedContent body) {
        return searchTerms != null && page.isHtmlOutput() && !ThemePages.isNotFound(page)
                && !Boolean.FALSE.equals(page.frontMatter().values().get("search"))
                ? Optional.of(times.time(Stage.SEARCH, () -> PageText.of(page, body.html(), searchTerms)))
                : Optional.empty();
    }

    /**
     * What the built-in theme shows around a page: its navigation, last change and edit link.
     * Reading the navigation makes the page depend on the page list (and {@code _data/nav.yml}),
     * so the preview server re-renders it when a page comes, goes or is retitled.
     */
    private Map<String, Object> theme(Page page, ReadRecorder reads) {
        Map<String, Object> extra = new HashMap<>();
        if (!project.isJekyll()) {
            extra.put("nav", new RecordingMap(NavView.of(nav.forPage(page.url())), (key, value) -> {
                reads.sitePages();
                reads.dataKey("nav");
                return value;
            }, () -> {
                reads.sitePages();
                reads.dataKey("nav");
            }));
        }
        if (project.isJekyll() && page.isDocument()) {
            neighbours().getOrDefault(page.contentPath(), Map.of()).forEach(extra::put);
        }
        String source = page.source().relativePath();
        dates.lastChanged(source).ifPresent(date -> extra.put("last_modified_at", date.toString()));
        if (!editUrl.isBlank()) {
            extra.put("edit_url", editUrl + source);
        }
        return extra;
    }

    /**
     * In a Hyde project, HTML pages without a layout get the default one; a feed or a stylesheet
     * is never wrapped in HTML. A Jekyll page without a layout has none, as in Jekyll.
     */
    private String layoutName(Page page) {
        String named = page.frontMatter().layout();
        return named.isEmpty() && (!page.isHtmlOutput() || project.isJekyll()) ? LayoutLibrary.NONE : named;
    }

    /**
     * Jekyll gives a document {@code page.previous} and {@code page.next}: the documents before
     * and after it in its collection's order (for posts, the older and the newer post).
     */
    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> neighbours() {
        Map<String, Map<String, Object>> found = neighbours;
        if (found == null) {
            found = new HashMap<>();
            Object collections = siteView.get("collections");
            for (Object collection : collections instanceof List<?> list ? list : List.of()) {
                Object docs = ((Map<String, Object>) collection).get("docs");
                List<Map<String, Object>> inOrder = docs instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
                for (int i = 0; i < inOrder.size(); i++) {
                    Map<String, Object> around = new HashMap<>();
                    if (i > 0) {
                        around.put("previous", inOrder.get(i - 1));
                    }
                    if (i + 1 < inOrder.size()) {
                        around.put("next", inOrder.get(i + 1));
                    }
                    found.put(String.valueOf(inOrder.get(i).get("path")), around);
                }
            }
            neighbours = found;
        }
        return found;
    }

    /** The site as this renderer's templates see it. */
    public Map<String, Object> siteView() {
        return siteView;
    }

    /** The navigation of the site this renderer renders. */
    public SiteNav nav() {
        return nav;
    }

    public ProjectLayout project() {
        return project;
    }

    /** Stops the Sass compiler, if one was started. */
    @Override
    public void close() {
        sass.close();
    }
}
