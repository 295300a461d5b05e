package dev.hyde.build;

import dev.hyde.config.ProjectLayout;
import dev.hyde.deps.ReadRecorder;
import dev.hyde.diag.Diagnostics;
import dev.hyde.layout.FreemarkerLayouts;
import dev.hyde.layout.Layout;
import dev.hyde.layout.LayoutLibrary;
import dev.hyde.liquid.LiquidEngine;
import dev.hyde.liquid.LiquidTemplate;
import dev.hyde.markdown.MarkdownRenderer;
import dev.hyde.model.Page;
import dev.hyde.model.Site;
import dev.hyde.post.FinishedPage;
import dev.hyde.post.HtmlPostProcessing;
import dev.hyde.post.ProcessedContent;
import dev.hyde.view.PageView;
import dev.hyde.view.RecordedSiteView;
import dev.hyde.view.SiteView;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes one page through liquid, markdown, post (body), layout and post (document). Shares only
 * read-only state between threads, so pages render in parallel; the expensive parts (Markdown
 * parser, Liquid includes, FreeMarker templates) are built once, in {@link #create}.
 */
public final class PageRenderer {
    private final Map<String, Object> siteView;
    private final LiquidEngine liquid;
    private final MarkdownRenderer markdown;
    private final LayoutLibrary layouts;
    private final FreemarkerLayouts freemarker;
    private final HtmlPostProcessing post;
    private final StageTimes times;

    private PageRenderer(Map<String, Object> siteView, LiquidEngine liquid, MarkdownRenderer markdown,
                         LayoutLibrary layouts, FreemarkerLayouts freemarker, HtmlPostProcessing post, StageTimes times) {
        this.siteView = siteView;
        this.liquid = liquid;
        this.markdown = markdown;
        this.layouts = layouts;
        this.freemarker = freemarker;
        this.post = post;
        this.times = times;
    }

    /** Reads the layouts and prepares the engines for one site; problems in layouts go to {@code diagnostics}. */
    public static PageRenderer create(ProjectLayout project, Site site, Diagnostics diagnostics, StageTimes times) {
        MarkdownRenderer markdown = new MarkdownRenderer();
        LiquidEngine liquid = new LiquidEngine(project, site.config().time().getZone(), markdown::render);
        LayoutLibrary layouts = LayoutLibrary.load(project, diagnostics);
        FreemarkerLayouts freemarker = FreemarkerLayouts.load(layouts, diagnostics);
        return new PageRenderer(SiteView.of(site), liquid, markdown, layouts, freemarker,
                new HtmlPostProcessing(site.config().baseurl()), times);
    }

    /** @throws dev.hyde.diag.DiagnosticException for any problem in the page or what it uses */
    public RenderedPage render(Page page) {
        String file = page.source().relativePath();
        ReadRecorder reads = new ReadRecorder();
        Map<String, Object> site = RecordedSiteView.of(siteView, reads);
        // Resolve the layout chain first: a missing layout is reported even if the body also fails.
        List<Layout> chain = layouts.chain(layoutName(page), file, page.frontMatter().layoutLine());
        String body = times.time(Stage.LIQUID, () -> {
            LiquidTemplate template = liquid.parse(page.body(), file, page.bodyLine());
            Map<String, Object> variables = new HashMap<>();
            variables.put("site", site);
            variables.put("page", PageView.of(page));
            return liquid.render(template, variables, reads);
        });
        String html = page.isMarkdown() ? times.time(Stage.MARKDOWN, () -> markdown.render(body)) : body;
        ProcessedContent content = times.time(Stage.POST, () -> post.content(html));
        String document = times.time(Stage.LAYOUT, () ->
                freemarker.apply(chain, site, PageView.withToc(page, content.toc()), content.html(), file));
        FinishedPage finished = page.isHtmlOutput()
                ? times.time(Stage.POST, () -> post.page(document))
                // XML, JSON, CSS ... pages: HTML parsing would rewrite them.
                : new FinishedPage(document, List.of(), List.of());
        return new RenderedPage(page, finished, chain.stream().map(Layout::file).toList(), reads.dependencies());
    }


    /** HTML pages without a layout get the default one; a feed or a stylesheet is never wrapped in HTML. */
    private static String layoutName(Page page) {
        String named = page.frontMatter().layout();
        return named.isEmpty() && !page.isHtmlOutput() ? LayoutLibrary.NONE : named;
    }
}
