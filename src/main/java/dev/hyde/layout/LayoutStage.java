package dev.hyde.layout;

import dev.hyde.config.ProjectLayout;
import dev.hyde.deps.ReadRecorder;
import dev.hyde.diag.Diagnostics;
import dev.hyde.liquid.LiquidEngine;

import java.util.List;
import java.util.Map;

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
     * @param extra more top-level variables for Liquid layouts (Jekyll's {@code jekyll}, {@code paginator})
     * @param page  the page's project-relative file, named in errors
     */
    public String apply(List<Layout> chain, Map<String, Object> site, Map<String, Object> pageView, String content,
                        Map<String, Object> extra, String page, ReadRecorder reads) {
        String html = content;
        for (Layout layout : chain) {
            html = switch (layout.engine()) {
                case FREEMARKER -> freemarker.render(layout, site, pageView, html, page);
                case LIQUID -> liquid.render(layout, site, pageView, html, extra, reads);
            };
        }
        return html;
    }
}
