package dev.hyde.pipeline;

import dev.hyde.assets.Assets;
import dev.hyde.assets.BundledAsset;
import dev.hyde.diag.DiagnosticException;
import dev.hyde.deps.PageDependencies;
import dev.hyde.deps.ReadRecorder;
import dev.hyde.diag.Diagnostic;
import dev.hyde.model.Page;
import dev.hyde.model.Site;
import dev.hyde.model.StaticFile;
import dev.hyde.output.OutputSink;
import dev.hyde.post.FinishedPage;
import dev.hyde.plugins.Feeds;
import dev.hyde.plugins.GeneratedFile;
import dev.hyde.plugins.Paginate;
import dev.hyde.plugins.RedirectFrom;
import dev.hyde.theme.ThemeFiles;
import dev.hyde.theme.ThemePages;
import dev.hyde.view.SiteView;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
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
     * Jekyll does, so that pages listing a collection see its documents' content (and posts'
     * excerpts); documents of a collection that is not output are rendered but not written.
     * Paginated lists are written once per page of posts; redirect pages are added.
     *
     * @return how many pages were written, and the renderer that sees the documents' content
     */
    public static SiteRendering writeSite(Site site, PageRenderer renderer, OutputSink out, StageTimes times,
                                          Consumer<RenderedPage> rendered, BiConsumer<Page, Diagnostic> failed) {
        return writeSite(site, documents -> page -> true, renderer, out, times, rendered, failed);
    }

    /**
     * As above, rendering and writing only the pages {@code render} accepts once the documents'
     * content is rendered: the others are already in the output (pages kept from the last build).
     */
    public static SiteRendering writeSite(Site site,
                                          java.util.function.Function<DocumentContents, java.util.function.Predicate<Page>> render,
                                          PageRenderer renderer, OutputSink out, StageTimes times,
                                          Consumer<RenderedPage> rendered, BiConsumer<Page, Diagnostic> failed) {
        List<Page> documents = site.pages().stream().filter(Page::isDocument).toList();
        DocumentContents contents = renderDocuments(site, documents, renderer, DocumentContents.NONE, failed);
        renderInJekyllOrder(site, renderer, contents, failed);
        java.util.function.Predicate<Page> rendering = render.apply(contents);
        List<Page> pages = site.pages().stream().filter(Page::written).filter(rendering)
                .filter(page -> !page.isDocument() || contents.content().containsKey(page.contentPath()))
                .toList();
        return writePagesOf(site, contents, pages, renderer, out, times, rendered, failed, true);
    }

    /**
     * Renders and writes some pages of a site whose documents' content was rendered before (kept
     * from a full rendering, with some documents rendered again), and writes again the files
     * plugins and the theme make from the whole site (redirects, the feed, the navigation).
     *
     * @param notFound whether to render the theme's 404 page too
     */
    public static SiteRendering writePagesOf(Site site, DocumentContents contents, Collection<Page> pages,
                                             PageRenderer renderer, OutputSink out, StageTimes times,
                                             Consumer<RenderedPage> rendered, BiConsumer<Page, Diagnostic> failed,
                                             boolean notFound) {
        Map<String, String> content = contents.content();
        Map<String, String> excerpts = contents.excerpts();
        // Without documents the renderer's own site view is already complete: no second one to build.
        boolean documents = site.pages().stream().anyMatch(Page::isDocument);
        PageRenderer withDocuments = documents ? renderer.withSiteView(SiteView.of(site, content, excerpts)) : renderer;
        Map<String, List<Paginate.Pager>> pagers = Paginate.pagers(site);
        AtomicInteger written = new AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean anyFailed = new java.util.concurrent.atomic.AtomicBoolean();
        BiConsumer<Page, Diagnostic> failing = (page, problem) -> {
            anyFailed.set(true);
            failed.accept(page, problem);
        };
        pages.parallelStream().forEach(page ->
            write(page, () -> renderAll(site, page, withDocuments, content, pagers), out, times, written, rendered,
                    failing));
        if (notFound) {
            // The theme's 404 page fails only as the pages' layouts do: its error would repeat theirs.
            writeNotFound(site, withDocuments, out, rendered, (page, problem) -> {
                if (!anyFailed.get()) {
                    failed.accept(page, problem);
                }
            });
        }
        List<GeneratedFile> generated = new java.util.ArrayList<>(RedirectFrom.pages(site));
        generated.addAll(ThemeFiles.of(renderer.project(), site, renderer.nav()));
        Feeds.file(site, renderer.project().isJekyll(), content, excerpts).ifPresent(generated::add);
        for (GeneratedFile file : generated) {
            out.write(file.outputPath(), file.text().getBytes(StandardCharsets.UTF_8));
        }
        return new SiteRendering(written.get(), withDocuments, pagers.keySet(), generated, contents);
    }

    /**
     * The rendered content (before layouts) of a site's documents, and of posts' excerpts, by
     * content path; what each document's content read; and the documents that read a list of
     * pages or documents (rendered again in Jekyll's order).
     */
    public record DocumentContents(Map<String, String> content, Map<String, String> excerpts,
                                   Map<String, PageDependencies> reads, Set<String> listing) {
        public static final DocumentContents NONE = new DocumentContents(Map.of(), Map.of(), Map.of(), Set.of());
    }

    /**
     * Renders the content of {@code documents}, as if each came first (see {@link #renderInJekyllOrder}),
     * over {@code previous}: the other documents keep their content from it.
     */
    public static DocumentContents renderDocuments(Site site, Collection<Page> documents, PageRenderer renderer,
                                                   DocumentContents previous, BiConsumer<Page, Diagnostic> failed) {
        Map<String, String> content = new ConcurrentHashMap<>(previous.content());
        Map<String, String> excerpts = new ConcurrentHashMap<>(previous.excerpts());
        Map<String, PageDependencies> reads = new ConcurrentHashMap<>(previous.reads());
        Set<String> listing = ConcurrentHashMap.newKeySet();
        listing.addAll(previous.listing());
        documents.parallelStream().forEach(document -> {
            String path = document.contentPath();
            content.remove(path);
            excerpts.remove(path);
            listing.remove(path);
            try {
                ReadRecorder recorder = new ReadRecorder();
                content.put(path, renderer.content(document, recorder));
                if (document.collection().equals("posts")) {
                    String separator = document.frontMatter().excerptSeparator().orElse(site.config().excerptSeparator());
                    String excerpt = document.body().split(java.util.regex.Pattern.quote(separator), 2)[0];
                    excerpts.put(path, renderer.content(document.withBody(excerpt), recorder));
                }
                reads.put(path, recorder.dependencies());
                if (recorder.dependencies().sitePages()) {
                    listing.add(path);
                }
            } catch (DiagnosticException e) {
                reads.remove(path);
                failed.accept(document, e.diagnostic());
            }
        });
        return new DocumentContents(content, excerpts, reads, listing);
    }

    /**
     * Jekyll renders documents one after another, collection by collection, each seeing the
     * documents before it rendered and the ones after it still as their source; a document
     * listing another collection's content shows it rendered or raw accordingly. Rendered in
     * parallel above as if each came first, the documents that read a list of pages or documents
     * are rendered again here, in that order, against the documents rendered before them (in
     * {@code contents}, which {@link #renderDocuments} made).
     */
    public static void renderInJekyllOrder(Site site, PageRenderer renderer, DocumentContents contents,
                                           BiConsumer<Page, Diagnostic> failed) {
        Set<String> listing = contents.listing();
        Map<String, String> content = contents.content();
        Map<String, String> excerpts = contents.excerpts();
        if (listing.isEmpty()) {
            return;
        }
        Map<String, String> before = new HashMap<>();
        for (Page document : SiteView.documentsInRenderOrder(site)) {
            String path = document.contentPath();
            if (listing.contains(path) && !before.isEmpty()) {
                try {
                    PageRenderer atThisPoint = renderer.withSiteView(SiteView.of(site, before, excerpts));
                    content.put(path, atThisPoint.content(document, new ReadRecorder()));
                } catch (DiagnosticException e) {
                    content.remove(path);
                    failed.accept(document, e.diagnostic());
                }
            }
            String rendered = content.get(path);
            if (rendered != null) {
                before.put(path, rendered);
            }
        }
    }

    /** Renders and writes the theme's 404 page, when the site has none of its own. */
    public static void writeNotFound(Site site, PageRenderer renderer, OutputSink out, Consumer<RenderedPage> rendered,
                                     BiConsumer<Page, Diagnostic> failed) {
        ThemePages.notFound(renderer.project(), site).ifPresent(page ->
                write(page, () -> List.of(renderer.render(page)), out, new StageTimes(), new AtomicInteger(), rendered,
                        failed));
    }

    /**
     * What {@link #writeSite} did.
     *
     * @param written   pages written
     * @param renderer  the renderer whose site view holds the documents' content, for re-rendering
     *                  single pages later
     * @param paginated content paths of pages written once per page of posts
     * @param generated files plugins and the theme added (redirects, feed, sitemap ...)
     * @param documents the documents' rendered content
     */
    public record SiteRendering(int written, PageRenderer renderer, java.util.Set<String> paginated,
                                List<GeneratedFile> generated, DocumentContents documents) {
        public SiteRendering {
            generated = List.copyOf(generated);
        }
    }

    /** Renders one source page (as one or more outputs) and writes what it gives; a problem is reported, not thrown. */
    private static void write(Page page, java.util.function.Supplier<List<RenderedPage>> render, OutputSink out,
                              StageTimes times, AtomicInteger written, Consumer<RenderedPage> rendered,
                              BiConsumer<Page, Diagnostic> failed) {
        try {
            for (RenderedPage result : render.get()) {
                times.time(Stage.WRITE, () -> out.write(result.page().outputPath(), result.bytes()));
                rendered.accept(result);
                written.incrementAndGet();
            }
        } catch (DiagnosticException e) {
            failed.accept(page, e.diagnostic());
        }
    }

    /** A page as it is written: once, once per page of a paginated list, or as the redirect it asks to be. */
    private static List<RenderedPage> renderAll(Site site, Page page, PageRenderer renderer, Map<String, String> content,
                                                Map<String, List<Paginate.Pager>> pagers) {
        java.util.Optional<String> redirect = RedirectFrom.redirectTo(page, site);
        if (redirect.isPresent()) {
            return List.of(new RenderedPage(page, FinishedPage.html(redirect.get()), List.of(),
                    PageDependencies.NONE));
        }
        if (page.isDocument()) {
            return List.of(renderer.finish(page, content.get(page.contentPath()), new ReadRecorder()));
        }
        List<Paginate.Pager> pages = pagers.get(page.contentPath());
        if (pages == null) {
            return List.of(renderer.render(page));
        }
        return pages.stream().map(renderer::render).toList();
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
