package dev.hyde.pipeline;

import dev.hyde.assets.BundledAsset;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.Diagnostics;
import dev.hyde.model.Page;
import dev.hyde.model.StaticFile;
import dev.hyde.plugins.GeneratedFile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks, before anything is rendered, that no two sources write the same output file: one of
 * them would silently win otherwise, and which one would depend on thread timing.
 */
public final class OutputPlan {
    private static final String REDIRECT = " (redirect_from)";

    private OutputPlan() {
    }

    public static void check(List<Page> pages, List<StaticFile> statics, List<BundledAsset> bundled,
                             List<GeneratedFile> generated, Diagnostics diagnostics) {
        Map<String, String> owners = new HashMap<>();
        for (Page page : pages) {
            if (!page.written()) {
                continue;
            }
            claim(owners, page.outputPath(), page.source().relativePath(), page.source().relativePath(),
                    page.frontMatter().permalinkLine(), diagnostics);
        }
        for (StaticFile file : statics) {
            claim(owners, file.outputPath(), file.origin(), file.origin(), 0, diagnostics);
        }
        for (GeneratedFile file : generated) {
            String earlier = owners.get(file.outputPath());
            if (earlier != null && earlier.endsWith(REDIRECT)) {
                // Jekyll writes both redirects, the later over the earlier: a mistake, not a broken site.
                diagnostics.add(Diagnostic.warning("Two pages redirect from the same address: /" + file.outputPath())
                        .at(file.origin(), file.line())
                        .detail("Both %s and %s list it in redirect_from; the redirect to %s is written, as Jekyll "
                                + "writes the last one.", earlier.substring(0, earlier.length() - REDIRECT.length()),
                                file.origin(), file.origin())
                        .hint("Keep the address in one page's redirect_from.").build());
                owners.put(file.outputPath(), file.origin() + REDIRECT);
                continue;
            }
            claim(owners, file.outputPath(), file.origin() + REDIRECT, file.origin(), file.line(), diagnostics);
        }
        for (BundledAsset asset : bundled) {
            claim(owners, asset.outputPath(), "Hyde's bundled " + asset.outputPath(), "Hyde's bundled " + asset.outputPath(), 0,
                    diagnostics);
        }
    }

    /**
     * @param source how the source is named in the message
     * @param file   the file the diagnostic points at
     * @param line   the line that sent it there (a page's {@code permalink}, its {@code redirect_from}), else 0
     */
    private static void claim(Map<String, String> owners, String output, String source, String file, int line,
                              Diagnostics diagnostics) {
        String earlier = owners.putIfAbsent(output, source);
        if (earlier != null) {
            diagnostics.add(Diagnostic.error("Two sources write the same file: " + output).at(file, line)
                    .detail("Both %s and %s are published as %s.", earlier, source, output)
                    .hint("Give one of them another name or a different 'permalink'.").build());
        }
    }
}
