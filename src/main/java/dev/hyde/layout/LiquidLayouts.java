package dev.hyde.layout;

import dev.hyde.deps.ReadRecorder;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;
import dev.hyde.diag.Diagnostics;
import dev.hyde.liquid.LiquidEngine;
import dev.hyde.liquid.LiquidTemplate;

import java.util.HashMap;
import java.util.Map;

/**
 * Liquid layouts, as Jekyll renders them: each parsed once per build, rendered with {@code site},
 * {@code page}, {@code layout} (its front matter under that of the layouts inside it) and
 * {@code content}. A layout that is a released jekyll-compress-html is worked out in Java where it gives the same text (see
 * {@link CompressHtmlLayout}); it is parsed all the same, for the options only Liquid renders.
 */
final class LiquidLayouts {
    private final LiquidEngine liquid;
    private final Map<String, LiquidTemplate> templates = new HashMap<>();
    private final Map<String, Diagnostic> broken = new HashMap<>();
    private final Map<String, CompressHtmlLayout> compress = new HashMap<>();

    private LiquidLayouts(LiquidEngine liquid) {
        this.liquid = liquid;
    }

    static LiquidLayouts load(LayoutLibrary library, LiquidEngine liquid, Diagnostics diagnostics) {
        LiquidLayouts layouts = new LiquidLayouts(liquid);
        for (Layout layout : library.all()) {
            if (layout.engine() != LayoutEngine.LIQUID) {
                continue;
            }
            try {
                layouts.templates.put(layout.name(), liquid.parse(layout.body(), layout.file(), layout.bodyLine()));
                if (!liquid.options().strictVariables()) {
                    // Under strict_variables the layout's own unset variables (_carry) are errors in Liquid.
                    CompressHtmlLayout.of(layout.body()).ifPresent(c -> layouts.compress.put(layout.name(), c));
                }
            } catch (DiagnosticException e) {
                layouts.broken.put(layout.name(), e.diagnostic());
                diagnostics.add(e.diagnostic());
            }
        }
        return layouts;
    }

    /** @param layoutVariable what the layout sees as {@code layout} ({@link LayoutVariable}) */
    String render(Layout layout, Map<String, Object> layoutVariable, Map<String, Object> site,
                  Map<String, Object> pageView, String content, Map<String, Object> extra, ReadRecorder reads) {
        LiquidTemplate template = templates.get(layout.name());
        if (template == null) {
            throw new DiagnosticException(broken.get(layout.name()));
        }
        CompressHtmlLayout compressed = compress.get(layout.name());
        if (compressed != null) {
            java.util.Optional<String> html = compressed.render(site, pageView, content, extra, liquid.limits());
            if (html.isPresent()) {
                return html.get();
            }
        }
        Map<String, Object> variables = new HashMap<>(extra);
        variables.put("site", site);
        variables.put("page", pageView);
        variables.put("layout", layoutVariable);
        variables.put("content", content);
        return liquid.render(template, variables, reads);
    }
}
