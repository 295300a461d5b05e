package dev.hyde.pipeline;

import dev.hyde.assets.Assets;
import dev.hyde.config.ProjectLayout;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;
import dev.hyde.diag.Diagnostics;
import dev.hyde.extension.Extensions;
import dev.hyde.extension.RubyPlugins;
import dev.hyde.model.Site;
import dev.hyde.output.DestinationGuard;
import dev.hyde.output.OutputSink;
import dev.hyde.output.StagedDirectory;
import dev.hyde.links.SiteAddress;
import dev.hyde.search.SearchIndex;
import dev.hyde.search.IndexedPage;
import dev.hyde.search.SearchIndexer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A full build to disk: read the site, render every page (liquid, markdown, post, layout, post)
 * in parallel into a staging directory as each finishes, and swap the staging directory in only
 * when no error was found — or, when asked to keep going, with the pages that built.
 */
public final class SiteBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(SiteBuilder.class);

    private SiteBuilder() {
    }

    public static BuildResult build(BuildOptions options) {
        return build(options, BuildProgress.NONE);
    }

    /** As above, telling {@code progress} how the build gets on. */
    public static BuildResult build(BuildOptions options, BuildProgress progress) {
        return build(options, progress, BuildMemory.NONE);
    }

    /**
     * As above, keeping the pages {@code memory} says the last build rendered as this one would:
     * their files are taken from the site as it is (into the new one), their search text and
     * links from their records; every other page is rendered, and told to {@code memory}.
     */
    public static BuildResult build(BuildOptions options, BuildProgress progress, BuildMemory memory) {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        StageTimes times = new StageTimes();
        ProjectLayout project = options.projectLayout();
        // A version goes into its own folder of the destination, which alone is replaced.
        Path destination = options.output();
        Path root = options.destination().toAbsolutePath().normalize();

        Optional<Diagnostic> unsafe = DestinationGuard.check(project, root)
                .or(() -> options.version().flatMap(VersionedOutput::checkName))
                .or(() -> options.version().isPresent() ? Optional.empty() : VersionedOutput.checkUnversioned(root));
        if (unsafe.isPresent() || !Files.isDirectory(project.root())) {
            diagnostics.add(unsafe.orElseGet(() -> Diagnostic.error("Project folder not found")
                    .detail("%s is not a folder.", project.root())
                    .hint("Give the folder that holds content/, templates/ and _data/.").build()));
            return result(project, destination, 0, 0, times, start, diagnostics, List.of());
        }

        Extensions extensions;
        try {
            extensions = SiteLoader.extensions(options);
        } catch (DiagnosticException e) {
            diagnostics.add(e.diagnostic());
            return result(project, destination, 0, 0, times, start, diagnostics, List.of());
        }
        progress.stage("reading");
        Site site = SiteLoader.load(project, options, diagnostics, times, memory.scan());
        LinkCheckStage links = new LinkCheckStage(project, destination,
                new SiteAddress(site.config().url(), site.config().baseurl()),
                options.strict() || Boolean.TRUE.equals(site.config().values().get("strict")), memory.keepsFindings());
        Diagnostics renderWarnings = new Diagnostics();
        try (PageRenderer renderer = PageRenderer.create(project, site, diagnostics, renderWarnings, times, extensions);
             StagedDirectory staged = StagedDirectory.create(destination);
             SearchIndexer index = SearchIndex.enabled(project, site) ? searchIndexer(site) : null) {
            OutputSink out = links.recording(staged);
            Set<String> leftOut = ConcurrentHashMap.newKeySet();
            progress.stage("rendering");
            // GitHub Pages' generators make a page from more than its file (links to other pages' URLs, titles)
            boolean generated = project.isJekyll() && dev.hyde.source.SourceScanner.generatesPages(site.config());
            java.util.concurrent.atomic.AtomicReference<Map<String, PageRecord>> keeping =
                    new java.util.concurrent.atomic.AtomicReference<>(Map.of());
            java.util.concurrent.atomic.AtomicBoolean indexTakenUp = new java.util.concurrent.atomic.AtomicBoolean();
            SiteWriter.SiteRendering rendering = SiteWriter.writeSite(site, documents -> {
                // asked once the documents' content is rendered: a page listing documents depends on it
                Map<String, PageRecord> reusable = diagnostics.hasErrors() ? Map.of() : memory.reusable(site, documents);
                keeping.set(reusable);
                if (!reusable.isEmpty()) {
                    if (index != null) {
                        // before any page is added: the index takes up the last build's postings, less the pages rendered again
                        memory.savedSearchIndex().ifPresent(saved -> indexTakenUp.set(
                                times.time(Stage.SEARCH, () -> index.resume(saved.state(), saved.replaced()))));
                    }
                    memory.savedLinkFindings().ifPresent(links::takeUp);
                }
                progress.pagesToRender((int) site.pages().stream()
                        .filter(page -> page.written() && !reusable.containsKey(page.contentPath())).count());
                return page -> !reusable.containsKey(page.contentPath());
            }, renderer, out, times, rendered -> {
                Optional<IndexedPage> indexed = index == null ? Optional.empty()
                        : rendered.searchText().map(text -> times.time(Stage.SEARCH, () -> {
                            IndexedPage page = IndexedPage.of(text);
                            index.add(page);
                            return page;
                        }));
                times.time(Stage.LINKS, () -> links.page(rendered));
                memory.rendered(PageRecord.of(rendered, indexed, generated));
                progress.pageRendered();
            }, (page, problem) -> {
                diagnostics.add(problem);
                leftOut.add(page.source().relativePath());
            });
            Map<String, PageRecord> kept = keeping.get();
            int pages = rendering.written() + keep(site, kept, staged, links, index, indexTakenUp.get(), times);
            diagnostics.addAll(renderWarnings.sorted());
            diagnostics.addAll(memory.reusedWarnings(kept.keySet()));
            memory.renderWarnings(renderWarnings.sorted());
            progress.stage("generating files");
            times.time(Stage.LINKS, () -> rendering.generated().forEach(links::generated));
            for (dev.hyde.plugins.GeneratedFile file : ExtensionFiles.generate(extensions,
                    rendering.renderer().siteView(), diagnostics)) {
                times.time(Stage.WRITE, () -> out.write(file.outputPath(),
                        file.text().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                links.generated(file);
            }
            if (index != null && memory.keepsFindings() && !diagnostics.hasErrors()) {
                // at most a 16th of the heap: a larger one is not kept, and the next build reads every page's terms
                times.time(Stage.SEARCH, () -> index.state(Runtime.getRuntime().maxMemory() / 16))
                        .ifPresent(memory::searchIndex);
            }
            if (index != null) {
                // each file is written as it is made (and timed as the search stage's)
                diagnostics.addAll(times.time(Stage.SEARCH, () -> index.write(site.config().baseurl(), out::write)));
            }
            progress.stage("copying files");
            int files = SiteWriter.copyFiles(site.staticFiles(), Assets.bundled(project, site.staticFiles()), out, times);
            if (!diagnostics.hasErrors()) {
                // A site that failed to render has missing pages: its links would report them again.
                progress.stage("checking links");
                diagnostics.addAll(times.time(Stage.LINKS, () -> links.check(servedBeside(options, site.config().baseurl()))));
                if (memory.keepsFindings()) {
                    memory.linkFindings(links.findings());
                }
            }
            boolean keepGoing = options.keepGoing() && pages > 0;
            if (diagnostics.hasErrors() && !keepGoing) {
                return result(project, destination, 0, 0, times, start, diagnostics, List.of());
            }
            progress.stage("writing");
            times.time(Stage.WRITE, () -> staged.commit(memory::cleanUp));
            memory.placed(staged.placed());
            if (options.version().isPresent()) {
                String published = site.config().baseurl();
                VersionedOutput.publish(site.config().versions(),
                        published.substring(0, published.length() - options.version().get().length() - 1), root);
            }
            boolean timeDependent = !BuildClock.pinned(options) && (rendering.renderer().readTime() || renderer.readTime()
                    || site.config().plugins().contains("jekyll-feed")
                    || site.pages().stream().anyMatch(p -> p.date().filter(d -> d.isAfter(site.config().time())).isPresent()));
            return result(project, destination, pages, files, times, start, diagnostics,
                    diagnostics.hasErrors() ? new TreeSet<>(leftOut).stream().toList() : List.of(), timeDependent,
                    kept.size());
        } catch (DiagnosticException e) {
            // The output folder could not be made or replaced; the previous site is untouched.
            diagnostics.add(e.diagnostic());
            return result(project, destination, 0, 0, times, start, diagnostics, List.of());
        }
    }

    /**
     * Takes the kept pages' files from the site as it is, and their links and search text from
     * their records, one page at a time: what a record's findings are needed for is decoded when
     * needed and let go (the search entry now, the links only if the link check asks).
     */
    private static int keep(Site site, Map<String, PageRecord> kept, StagedDirectory staged, LinkCheckStage links,
                            SearchIndexer index, boolean indexTakenUp, StageTimes times) {
        if (kept.isEmpty()) {
            return 0;
        }
        List<dev.hyde.model.Page> pages = site.pages().stream().filter(p -> kept.containsKey(p.contentPath())).toList();
        pages.parallelStream().forEach(page -> {
            PageRecord record = kept.get(page.contentPath());
            times.time(Stage.WRITE, () -> staged.reuse(page.outputPath()));
            // the link check reads the page's links only if it needs them
            times.time(Stage.LINKS, () -> links.kept(page, record, () -> record.findings().read(false, true).scan()));
            if (index != null) {
                // with the last index taken up, a kept page's terms are in it already
                PageRecord.Findings findings = record.findings().read(!indexTakenUp, false);
                findings.indexed().ifPresent(indexed -> times.time(Stage.SEARCH, () -> {
                    if (indexTakenUp) {
                        index.keep(indexed);
                    } else {
                        index.add(indexed);
                    }
                }));
            }
        });
        return pages.size();
    }

    /**
     * The search index, fed each page as it renders. It is told the URLs of the pages it will
     * index, which sets their order in the index before they arrive, and holds up to a 32nd of the
     * heap of what results show (32 MB of a 1 GB heap, about 10,000 pages) before it keeps that in
     * a temporary file.
     */
    private static SearchIndexer searchIndexer(Site site) {
        List<String> urls = site.pages().stream().filter(dev.hyde.model.Page::written)
                .filter(dev.hyde.model.Page::isHtmlOutput).map(dev.hyde.model.Page::url).toList();
        return new SearchIndexer(urls, Runtime.getRuntime().maxMemory() / 32);
    }

    /**
     * For a version of versioned docs, the paths the other versions serve beside it (already
     * built into the destination); for any other build, none.
     */
    private static java.util.function.Predicate<String> servedBeside(BuildOptions options, String baseurl) {
        if (options.version().isEmpty()) {
            return path -> false;
        }
        String rootBase = baseurl.substring(0, baseurl.length() - options.version().get().length() - 1);
        Path root = options.destination().toAbsolutePath().normalize();
        return path -> (rootBase.isEmpty() || path.startsWith(rootBase + "/"))
                && LinkCheckStage.existsOnDisk(root, path.substring(rootBase.length()));
    }

    private static BuildResult result(ProjectLayout project, Path destination, int pages, int files,
                                      StageTimes times, long start, Diagnostics diagnostics, List<String> leftOut) {
        return result(project, destination, pages, files, times, start, diagnostics, leftOut, false, 0);
    }

    private static BuildResult result(ProjectLayout project, Path destination, int pages, int files,
                                      StageTimes times, long start, Diagnostics diagnostics, List<String> leftOut,
                                      boolean timeDependent, int kept) {
        // A Jekyll site's Ruby plugins do not run: say so, and where a page uses what they define.
        List<Diagnostic> all = project.isJekyll()
                ? RubyPlugins.explain(RubyPlugins.of(project.root()), diagnostics.sorted()) : diagnostics.sorted();
        BuildResult result = new BuildResult(project.kind(), destination, pages, files, times.snapshot(),
                Duration.ofNanos(System.nanoTime() - start), all, leftOut, timeDependent, false, kept);
        if (LOG.isDebugEnabled()) {
            for (Stage stage : Stage.values()) {
                LOG.debug("stage {}: {} ms", stage.label(), result.stageTimes().get(stage).wall().toMillis());
            }
        }
        return result;
    }
}
