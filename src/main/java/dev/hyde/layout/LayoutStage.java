package dev.hyde.layout;

import dev.hyde.config.ProjectLayout;
import dev.hyde.deps.PageDependencies;
import dev.hyde.deps.ReadRecorder;
import dev.hyde.diag.Diagnostics;
import dev.hyde.liquid.LiquidEngine;
import dev.hyde.model.Page;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The layout stage: wraps a page's HTML in its layout chain, innermost first, each layout in its
 * own template language. Every layout is parsed once, when the stage is created, so all layout
 * syntax errors are reported together and pages render in parallel.
 */
public final class LayoutStage {
    private final LayoutLibrary library;
    private final FreemarkerLayouts freemarker;
    private final LiquidLayouts liquid;

    private LayoutStage(LayoutLibrary library, FreemarkerLayouts freemarker, LiquidLayouts liquid) {
        this.library = library;
        this.freemarker = freemarker;
        this.liquid = liquid;
    }

    public static LayoutStage load(ProjectLayout project, LiquidEngine liquidEngine, Diagnostics diagnostics) {
        LayoutLibrary library = LayoutLibrary.load(project, diagnostics);
        return new LayoutStage(library, FreemarkerLayouts.load(library, liquidEngine.limits(), diagnostics),
                LiquidLayouts.load(library, liquidEngine, diagnostics));
    }

    /** @see LayoutLibrary#chain(String, String, int) */
    public List<Layout> chain(String name, String page, int nameLine) {
        return library.chain(name, page, nameLine);
    }

    /** The template files a chain reads: its layouts and the partials they include. */
    public List<String> filesOf(List<Layout> chain) {
        return library.filesOf(chain);
    }

    /**
     * @param site   the site view for a layout, recording what it reads in the recorder given
     * @param extra  more top-level variables for Liquid layouts (Jekyll's {@code jekyll}, {@code paginator})
     * @param page   the page laid out
     * @param reads  what the layouts read is recorded here
     * @param memo   earlier outputs of the page's Liquid layouts, taken where they still hold
     */
    public String apply(List<Layout> chain, Function<ReadRecorder, Map<String, Object>> site,
                        Map<String, Object> pageView, String content, Map<String, Object> extra, Page page,
                        ReadRecorder reads, LayoutMemo memo) {
        String file = page.source().relativePath();
        String html = content;
        Map<String, Object> layoutVariable = null;
        for (int level = 0; level < chain.size(); level++) {
            Layout layout = chain.get(level);
            layoutVariable = LayoutVariable.of(layout.frontMatter().values(), layoutVariable);
            if (layout.engine() == LayoutEngine.FREEMARKER) {
                html = freemarker.render(layout, site.apply(reads), pageView, html, file);
                continue;
            }
            if (memo == LayoutMemo.NONE) {
                html = liquid.render(layout, layoutVariable, site.apply(reads), pageView, html, extra, reads);
                continue;
            }
            Optional<LayoutMemo.Kept> kept = memo.reuse(page, level, layout, content, html);
            if (kept.isPresent()) {
                reads.add(kept.get().reads());
                html = kept.get().output();
                continue;
            }
            ReadRecorder layoutReads = new ReadRecorder();
            String input = html;
            html = liquid.render(layout, layoutVariable, site.apply(layoutReads), pageView, input, extra, layoutReads);
            PageDependencies read = layoutReads.dependencies();
            reads.add(read);
            if (layoutReads.readTime()) {
                reads.time();
            } else {
                memo.remember(page, level, layout, content, input, new LayoutMemo.Kept(html, read));
            }
        }
        return html;
    }
}
