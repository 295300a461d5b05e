package dev.hyde.build;

import dev.hyde.assets.Assets;
import dev.hyde.assets.BundledAsset;
import dev.hyde.diag.DiagnosticException;
import dev.hyde.deps.ReadRecorder;
import dev.hyde.diag.Diagnostic;
import dev.hyde.model.Page;
import dev.hyde.model.Site;
import dev.hyde.model.StaticFile;
import dev.hyde.output.OutputSink;
import dev.hyde.view.SiteView;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Renders pages in parallel on all cores and writes each as soon as it is done, so a large
 * site is never held in memory as a whole; copies static files and assets.
 */
public final class SiteWriter {
    private SiteWriter() {
    }

    /**
     * Renders and writes every page of the site. Documents of collections are rendered first, as
     * Jekyll does, so that pages listing a collection see its documents' content; documents of a
     * collection that is not output are rendered but not written.
     *
     * @return how many pages were written
     */
    public static int writeSite(Site site, PageRenderer renderer, OutputSink out, StageTimes times,
                                Consumer<RenderedPage> rendered, BiConsumer<Page, Diagnostic> failed) {
        List<Page> documents = site.pages().stream().filter(Page::isDocument).toList();
        if (documents.isEmpty()) {
            return writePages(site.pages(), renderer, out, times, rendered, failed);
        }
        Map<String, String> content = new ConcurrentHashMap<>();
        documents.parallelStream().forEach(document -> {
            try {
                content.put(document.contentPath(), renderer.content(document, new ReadRecorder()));
            } catch (DiagnosticException e) {
                failed.accept(document, e.diagnostic());
            }
        });
        PageRenderer withDocuments = renderer.withSiteView(SiteView.of(site, content));
        AtomicInteger written = new AtomicInteger();
        site.pages().parallelStream().filter(Page::written).forEach(page -> {
            if (page.isDocument() && !content.containsKey(page.contentPath())) {
                return; // its content failed and was reported above
            }
            try {
                RenderedPage result = page.isDocument()
                        ? withDocuments.finish(page, content.get(page.contentPath()), new ReadRecorder())
                        : withDocuments.render(page);
                times.time(Stage.WRITE, () -> out.write(page.outputPath(), result.bytes()));
                rendered.accept(result);
                written.incrementAndGet();
            } catch (DiagnosticException e) {
                failed.accept(page, e.diagnostic());
            }
        });
        return written.get();
    }

    /**
     * Renders and writes some pages of a site without collections (a Hyde project).
     *
     * @param rendered told of every page rendered (from several threads at once)
     * @param failed   told of every page that could not be rendered, with the reason
     * @return how many pages were written
     */
    public static int writePages(Collection<Page> pages, PageRenderer renderer, OutputSink out, StageTimes times,
                                 Consumer<RenderedPage> rendered, BiConsumer<Page, Diagnostic> failed) {
        AtomicInteger written = new AtomicInteger();
        pages.parallelStream().filter(Page::written).forEach(page -> {
            try {
                RenderedPage result = renderer.render(page);
                times.time(Stage.WRITE, () -> out.write(page.outputPath(), result.bytes()));
                rendered.accept(result);
                written.incrementAndGet();
            } catch (DiagnosticException e) {
                failed.accept(page, e.diagnostic());
            }
        });
        return written.get();
    }

    /** @return how many files were copied */
    public static int copyFiles(List<StaticFile> statics, List<BundledAsset> bundled, OutputSink out, StageTimes times) {
        times.time(Stage.WRITE, () -> {
            statics.parallelStream().forEach(file -> out.copy(file.outputPath(), file.source()));
            for (BundledAsset asset : bundled) {
                out.copy(asset.outputPath(), Assets.open(asset));
            }
        });
        return statics.size() + bundled.size();
    }
}
