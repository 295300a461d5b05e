package dev.hyde.serve;

import dev.hyde.assets.Assets;
import dev.hyde.pipeline.BuildOptions;
import dev.hyde.pipeline.PageRenderer;
import dev.hyde.pipeline.RenderedPage;
import dev.hyde.pipeline.SiteLoader;
import dev.hyde.pipeline.SiteWriter;
import dev.hyde.pipeline.StageTimes;
import dev.hyde.config.ProjectLayout;
import dev.hyde.config.SiteConfig;
import dev.hyde.deps.PageDependencies;
import dev.hyde.diag.Diagnostic;
import dev.hyde.pipeline.LinkCheckStage;
import dev.hyde.links.SiteAddress;
import dev.hyde.diag.DiagnosticException;
import dev.hyde.diag.Diagnostics;
import dev.hyde.extension.Extensions;
import dev.hyde.model.ContentFile;
import dev.hyde.model.Page;
import dev.hyde.model.Site;
import dev.hyde.model.StaticFile;
import dev.hyde.plugins.GeneratedFile;
import dev.hyde.search.PageText;
import dev.hyde.search.SearchIndex;
import dev.hyde.theme.ThemeFiles;
import dev.hyde.theme.ThemePages;
import dev.hyde.output.MemoryOutput;
import dev.hyde.source.LinkGuard;
import dev.hyde.source.SourceScanner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The site as the preview server holds it: built in memory, then after each burst of edits
 * rebuilt only where the edits reach. Each page's rendering recorded what it read (its layouts,
 * includes, data keys, the page list), so:
 * <ul>
 *   <li>a changed page body re-renders that page;
 *   <li>a changed include, layout or data file re-renders the pages that read it;
 *   <li>a page added, deleted, renamed or given new front matter also re-renders the pages that
 *       list {@code site.pages};
 *   <li>a changed {@code _config.yml} rebuilds everything.
 * </ul>
 * A Jekyll site goes through the same update, with its documents' content rendered first (see
 * {@link #update}). A page that fails keeps its last good output, so the server keeps serving it while the error
 * is shown. The result equals a clean full build of the same files (the tests check this).
 * Each part of the site (configuration, data, pages, the templates' assets) is read by the
 * {@link SiteLoader} step a build reads it with; its problems are kept apart from the other
 * parts', as an edit reads again only its own part.
 * Changes are applied one at a time (the caller serialises them); files can be read meanwhile.
 */
public final class LiveSite {
    private final ProjectLayout project;
    private final BuildOptions options;
    private final WatchedSources sources;
    /** Runs during every build and rebuild before anything is rendered; lets tests act mid-build. */
    private final Runnable afterRead;

    private volatile MemoryOutput output = new MemoryOutput();
    private SiteConfig config;
    private List<Diagnostic> configErrors = List.of();
    private Map<String, Object> data = Map.of();
    private List<Diagnostic> dataErrors = List.of();
    private final Map<Path, ContentFile> content = new TreeMap<>();
    /**
     * Static copies of files that are pages too: GitHub Pages' plugins publish a Markdown file
     * without front matter both as a page and as itself. Only a full scan makes them.
     */
    private final List<StaticFile> alsoCopied = new ArrayList<>();
    /** The last full scan, whose order a Jekyll site's pages keep. */
    private SourceScanner.Scan lastScan;
    private final Map<Path, Diagnostic> scanErrors = new TreeMap<>();
    private List<StaticFile> templateAssets = List.of();
    private List<Diagnostic> assetErrors = List.of();
    /** Layout problems and warnings met while rendering, from the current renderer on. */
    private Diagnostics siteErrors = new Diagnostics();
    private final Map<String, RenderedPage> rendered = new ConcurrentHashMap<>();
    /** Each page's Liquid layout outputs, which an edit that does not reach them leaves as they were. */
    private final LayoutOutputs layoutOutputs = new LayoutOutputs();
    private final Map<String, Diagnostic> renderErrors = new ConcurrentHashMap<>();
    private long generation;
    /** The search index files now in the output, and what could not be indexed. */
    private Set<String> searchFiles = Set.of();
    /** Whether an edit changed what the search index holds since it was written. */
    private boolean searchStale;
    private List<Diagnostic> searchWarnings = List.of();
    /** Broken links and duplicate ids of the pages the last rebuild rendered. */
    private List<Diagnostic> linkWarnings = List.of();
    private Set<String> lastRendered = Set.of();
    private PageRenderer renderer;
    /** The last rendering: its renderer (whose site view holds the documents' content), paginated pages, documents' content. */
    private SiteWriter.SiteRendering lastRendering;

    private LiveSite(ProjectLayout project, BuildOptions options, Runnable afterRead) {
        this.project = project;
        this.options = options;
        this.sources = WatchedSources.of(options);
        this.afterRead = afterRead;
    }

    /**
     * Builds the whole site in memory.
     *
     * @param options its {@code time} should be set, so rebuilds agree on {@code site.time}
     */
    public static LiveSite open(BuildOptions options) {
        return open(options, () -> { });
    }

    /** As {@link #open(BuildOptions)}; {@code afterRead} runs in every build and rebuild before rendering. */
    static LiveSite open(BuildOptions options, Runnable afterRead) {
        LiveSite site = new LiveSite(options.projectLayout(), options, afterRead);
        site.rebuildAll();
        return site;
    }

    /** What the build reads. */
    WatchedSources sources() {
        return sources;
    }

    /** Every file of the site, rendered as a clean build would. */
    public MemoryOutput output() {
        refreshSearchIndex();
        return output;
    }

    /** How many Liquid layout outputs the last rebuild took as they were instead of rendering them. */
    public int layoutsKept() {
        return layoutOutputs.taken();
    }

    /** The content paths of the pages the last rebuild rendered. */
    public Set<String> lastRendered() {
        return lastRendered;
    }

    /** Counts rebuilds, so a browser can tell whether it shows the newest one. */
    public long generation() {
        return generation;
    }

    public String baseurl() {
        return config.baseurl();
    }

    public ProjectLayout project() {
        return project;
    }

    /** The current problems of the site, errors first. */
    public List<Diagnostic> diagnostics() {
        Diagnostics all = new Diagnostics();
        all.addAll(configErrors);
        all.addAll(dataErrors);
        all.addAll(assetErrors);
        all.addAll(List.copyOf(scanErrors.values()));
        all.addAll(siteErrors.sorted());
        all.addAll(List.copyOf(renderErrors.values()));
        all.addAll(searchWarnings);
        all.addAll(linkWarnings);
        return all.sorted();
    }

    /** The broken links (and duplicate ids) of the pages the last rebuild rendered. */
    public List<Diagnostic> linkWarnings() {
        return linkWarnings;
    }

    /** A page rendered and written: kept with its output's bytes instead of its text, which would be a second copy. */
    private void keep(RenderedPage result) {
        rendered.put(result.page().contentPath(), output.get(result.page().outputPath()).map(result::keptAs).orElse(result));
    }

    /**
     * Checks the links of the pages just rendered against the whole site as it is now; the other
     * pages are read only where a link points into them.
     */
    private void checkLinks() {
        LinkCheckStage links = new LinkCheckStage(project, project.root(),
                new SiteAddress(config.url(), config.baseurl()), false);
        for (String path : output.paths()) {
            links.file(path);
        }
        for (RenderedPage page : rendered.values()) {
            if (lastRendered.contains(page.page().contentPath())) {
                links.page(page);
            } else {
                links.target(page);
            }
        }
        linkWarnings = links.check(path -> false);
    }

    /** Rebuilds what the changed files affect. */
    public void apply(Collection<Path> changed) {
        SourceChanges changes = SourceChanges.classify(sources, changed);
        if (changes.isEmpty()) {
            return;
        }
        afterRead.run();
        if (changes.config()) {
            rebuildAll();
            return;
        }
        try {
            if (!update(changes)) {
                rebuildAll();
                return;
            }
            checkLinks();
        } catch (UncheckedIOException | DiagnosticException e) {
            // A folder vanished mid-walk, or similar: start over from what is on disk now.
            rebuildAll();
            return;
        }
        generation++;
    }

    /** Reads and renders everything again, keeping the last good output of pages that now fail. */
    public void rebuildAll() {
        lastRendered = Set.of();
        MemoryOutput previous = output;
        Diagnostics configDiagnostics = new Diagnostics();
        config = SiteLoader.config(project, options, options.time().orElseThrow(), configDiagnostics);
        configErrors = configDiagnostics.sorted();
        loadData();
        content.clear();
        scanErrors.clear();
        scanAll();
        loadAssets();
        afterRead.run();
        rendered.clear();
        renderErrors.clear();
        layoutOutputs.clear();
        layoutOutputs.reuseNothing();
        output = new MemoryOutput();
        Site site = site();
        PageRenderer renderer = prepare(site);
        lastRendered = site.pages().stream().map(Page::contentPath).collect(java.util.stream.Collectors.toUnmodifiableSet());
        lastRendering = SiteWriter.writeSite(site, renderer, output, new StageTimes(),
                this::keep,
                (page, problem) -> renderErrors.put(page.contentPath(), problem));
        SiteWriter.copyFiles(site.staticFiles(), Assets.bundled(project, site.staticFiles()), output, new StageTimes());
        searchFiles = Set.of();
        writeSearchIndex();
        for (Page page : site.pages()) {
            if (renderErrors.containsKey(page.contentPath())) {
                previous.get(page.outputPath()).ifPresent(bytes -> output.write(page.outputPath(), bytes));
            }
        }
        checkLinks();
        generation++;
    }

    /**
     * Renders again what the changes reach, for both kinds of project: the pages whose own file
     * changed, the pages that read a changed include, layout, template or data key, the pages that
     * list the site when its pages came, went or changed their front matter, and the Sass pages
     * when a partial changed. In a Jekyll site, documents' content (rendered before every page, as
     * Jekyll does) is rendered again where it read what changed; when a document's content then
     * differs, the pages that list documents and its neighbours in its collection are rendered
     * again too.
     *
     * @return false when the change needs a full rebuild: in a Jekyll site, a page or document
     *         that came, went or changed its front matter or URL (Jekyll's order of rendering
     *         and the collections' order change with them), or pages that failed
     */
    private boolean update(SourceChanges changes) {
        Map<String, Page> before = pagesByPath();
        Map<String, StaticFile> staticsBefore = staticsByOutput();
        if (!changes.dataKeys().isEmpty()) {
            loadData();
        }
        if (project.isJekyll()) {
            if (lastRendering == null || !renderErrors.isEmpty()) {
                return false;
            }
            // Collections, posts, defaults and GitHub Pages' generators (titles from headings, the
            // layouts that exist, links rewritten to other pages' URLs) make a file's page depend
            // on the whole site: read it all, and compare.
            content.clear();
            scanErrors.clear();
            scanAll();
        } else {
            for (Path path : changes.content()) {
                rescan(path);
            }
        }
        if (changes.assets()) {
            loadAssets();
        }
        Map<String, Page> after = pagesByPath();
        Map<String, StaticFile> staticsAfter = staticsByOutput();
        boolean listChanged = pageListChanged(before, after);
        if (project.isJekyll() && listChanged) {
            return false;
        }
        // An edit that changes no shared input (the usual one: a page's text) reuses the prepared
        // layouts, includes and site view, so its cost does not grow with the size of the site.
        boolean shared = !changes.dataKeys().isEmpty() || !changes.includes().isEmpty()
                || !changes.layoutFiles().isEmpty() || changes.assets() || changes.sass() || listChanged
                || !staticsBefore.keySet().equals(staticsAfter.keySet()) || includedFileChanged(changes);
        Site now = site();
        // site.static_files shows each file's path and modification time
        boolean staticsChanged = changes.assets() || !staticsBefore.keySet().equals(staticsAfter.keySet())
                || staticsAfter.values().stream().anyMatch(f -> changes.content().contains(f.source()));
        Set<String> dirty = dirtyPages(changes, before, after, staticsChanged);
        SiteWriter.DocumentContents lastDocuments = lastRendering == null ? SiteWriter.DocumentContents.NONE
                : lastRendering.documents();
        Set<String> changedFiles = changedFiles(changes);
        List<Page> documentsToRender = after.values().stream().filter(Page::isDocument)
                .filter(d -> !d.equals(before.get(d.contentPath()))
                        || !lastDocuments.content().containsKey(d.contentPath())
                        || reads(lastDocuments.reads().get(d.contentPath()), changes, changedFiles))
                .toList();
        SiteWriter.DocumentContents documents = lastDocuments;
        boolean documentsChanged = false;
        PageRenderer renderer = shared || this.renderer == null ? prepare(now) : this.renderer;

        for (Map.Entry<String, Page> gone : before.entrySet()) {
            if (!after.containsKey(gone.getKey())) {
                output.delete(gone.getValue().outputPath());
                rendered.remove(gone.getKey());
                layoutOutputs.forget(gone.getKey());
                renderErrors.remove(gone.getKey());
            }
        }
        for (String path : staticsBefore.keySet()) {
            if (!staticsAfter.containsKey(path) && !isPageOutput(after, path)) {
                output.delete(path);
            }
        }

        if (!documentsToRender.isEmpty()) {
            SiteWriter.DocumentContents renderedNow = SiteWriter.renderDocuments(now, documentsToRender, renderer,
                    documents, (page, problem) -> renderErrors.put(page.contentPath(), problem));
            // the documents that list others see them as rendered before them, in Jekyll's order
            SiteWriter.renderInJekyllOrder(now, renderer, renderedNow,
                    (page, problem) -> renderErrors.put(page.contentPath(), problem));
            Set<String> contentChanged = new java.util.HashSet<>();
            for (Page document : after.values().stream().filter(Page::isDocument).toList()) {
                String path = document.contentPath();
                if (!Objects.equals(renderedNow.content().get(path), documents.content().get(path))
                        || !Objects.equals(renderedNow.excerpts().get(path), documents.excerpts().get(path))) {
                    contentChanged.add(path);
                }
            }
            dirty.addAll(contentChanged);
            documentsChanged = !contentChanged.isEmpty();
            if (!contentChanged.isEmpty()) {
                // lists of documents show their content; page.previous and page.next show a neighbour's
                rendered.forEach((path, page) -> {
                    if (page.dependencies().sitePages()) {
                        dirty.add(path);
                    }
                });
                Set<String> collections = new java.util.HashSet<>();
                contentChanged.forEach(path -> collections.add(after.get(path).collection()));
                if (collections.contains("posts")) {
                    dirty.addAll(lastRendering.paginated()); // paginator.posts shows posts
                }
                after.values().stream().filter(p -> collections.contains(p.collection()))
                        .forEach(p -> dirty.add(p.contentPath()));
            }
            documents = renderedNow;
        }
        if (changes.sass()) {
            after.values().stream().filter(Page::isSass).forEach(p -> dirty.add(p.contentPath()));
            // pages that compiled Sass through scssify or sassify
            rendered.forEach((path, page) -> {
                if (page.dependencies().sass() && after.containsKey(path)) {
                    dirty.add(path);
                }
            });
        }
        SiteWriter.DocumentContents contents = documents;
        List<Page> toRender = new ArrayList<>();
        for (String path : dirty) {
            Page page = after.get(path);
            Page old = before.get(path);
            if (old != null && !old.outputPath().equals(page.outputPath())) {
                output.delete(old.outputPath());
            }
            renderErrors.remove(path);
            if (page.written() && (!page.isDocument() || contents.content().containsKey(path))) {
                toRender.add(page);
            }
        }
        lastRendered = toRender.stream().map(Page::contentPath).collect(java.util.stream.Collectors.toUnmodifiableSet());
        // With the site's lists as they were, a layout's output holds unless the edit reached what it read.
        if (!listChanged && !staticsChanged && !documentsChanged && !changes.assets() && !changes.sass()) {
            layoutOutputs.reuseUnless(read -> reads(read, changes, changedFiles));
        } else {
            layoutOutputs.reuseNothing();
        }
        // One page, cheap to redo: the theme's 404 page follows every shared change.
        ThemePages.notFound(project, now).ifPresent(page -> renderErrors.remove(page.contentPath()));
        lastRendering = SiteWriter.writePagesOf(now, contents, toRender, renderer, output, new StageTimes(),
                this::keep,
                (page, problem) -> renderErrors.put(page.contentPath(), problem), true);

        for (StaticFile file : staticsAfter.values()) {
            StaticFile old = staticsBefore.get(file.outputPath());
            if (old == null || changes.content().contains(file.source()) || changes.assets()) {
                output.copy(file.outputPath(), file.source());
            }
        }
        if (changes.assets()) {
            // A theme asset the project stopped overriding is published again.
            SiteWriter.copyFiles(List.of(), Assets.bundled(project, now.staticFiles()), output, new StageTimes());
        }
        // Any edit that re-rendered or removed a page may change what a search finds: the index is
        // written again from every page's text (kept with its rendering, so only edited pages were
        // read), when the output is next asked for whole, or by refreshSearchIndex.
        if (!toRender.isEmpty() || !before.keySet().equals(after.keySet())) {
            searchStale = true;
        }
        return true;
    }

    /** Writes the search index again if an edit made it stale. */
    void refreshSearchIndex() {
        if (searchStale) {
            writeSearchIndex();
        }
    }

    /**
     * The pages' search texts, when an edit made the index stale, for the index to be made away
     * from the rebuild (then given back with {@link #takeSearchIndex}): on a large site it takes
     * longer than the pages an edit renders (0.7 s at 10,000 pages), and only a search needs it.
     * Null when the index is up to date (or the site has none).
     */
    List<PageText> staleSearchTexts() {
        if (!searchStale) {
            return null;
        }
        if (!SearchIndex.enabled(project, config)) {
            writeSearchIndex();
            return null;
        }
        return rendered.values().stream().map(RenderedPage::searchText).flatMap(Optional::stream).toList();
    }

    /** Every file of the site but a search index an edit made stale, for serving at once after the edit. */
    MemoryOutput outputBeforeSearch() {
        return output;
    }

    /** Whether a changed file was read as an include (include_relative): parsed includes are kept by the renderer. */
    private boolean includedFileChanged(SourceChanges changes) {
        Set<String> changed = changedFiles(changes);
        return rendered.values().stream().anyMatch(page -> page.dependencies().files().stream().anyMatch(changed::contains));
    }

    /** Whether a document's content, which read {@code deps}, reads something these changes changed. */
    private static boolean reads(PageDependencies deps, SourceChanges changes, Set<String> changedFiles) {
        return deps == null || changes.includes().stream().anyMatch(deps.includes()::contains)
                || changes.dataKeys().stream().anyMatch(deps::readsData)
                || changedFiles.stream().anyMatch(deps.files()::contains);
    }

    /** The changed template and content files, project-relative, as a page's recorded include files name them. */
    private Set<String> changedFiles(SourceChanges changes) {
        Set<String> changed = new HashSet<>(changes.layoutFiles());
        changes.content().forEach(path -> changed.add(project.relative(path)));
        return changed;
    }

    /** Writes the search index of the pages rendered now, and removes index files no longer part of it. */
    private void writeSearchIndex() {
        takeSearchIndex(SearchIndex.enabled(project, config)
                ? SearchIndex.write(rendered.values().stream().map(RenderedPage::searchText)
                        .flatMap(Optional::stream).toList(), config.baseurl())
                : null);
    }

    /** Puts an index made from {@link #staleSearchTexts} (or none, null) in the output. */
    void takeSearchIndex(SearchIndex.Written index) {
        Set<String> now = new HashSet<>();
        List<Diagnostic> warnings = List.of();
        if (index != null) {
            for (GeneratedFile file : index.files()) {
                output.write(file.outputPath(), file.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                now.add(file.outputPath());
            }
            warnings = index.warnings();
        }
        for (String old : searchFiles) {
            if (!now.contains(old)) {
                output.delete(old);
            }
        }
        searchFiles = Set.copyOf(now);
        searchWarnings = warnings;
        searchStale = false;
    }

    /** True when a page came, went, or changed what lists of pages show (its front matter or URL). */
    private static boolean pageListChanged(Map<String, Page> before, Map<String, Page> after) {
        if (!before.keySet().equals(after.keySet())) {
            return true;
        }
        for (Map.Entry<String, Page> entry : after.entrySet()) {
            Page old = before.get(entry.getKey());
            Page now = entry.getValue();
            if (old != now && (!old.frontMatter().equals(now.frontMatter()) || !old.url().equals(now.url()))) {
                return true;
            }
        }
        return false;
    }

    /** The pages an edit reaches, by content path. */
    private Set<String> dirtyPages(SourceChanges changes, Map<String, Page> before, Map<String, Page> after,
                                   boolean staticsChanged) {
        Set<String> dirty = new HashSet<>();
        boolean pageListChanged = pageListChanged(before, after);
        for (Map.Entry<String, Page> entry : after.entrySet()) {
            if (!entry.getValue().equals(before.get(entry.getKey()))) {
                dirty.add(entry.getKey());
            }
        }
        // Each page knows the templates its layouts read, partials included; a template no page
        // read (a new layout) can only matter to pages that failed, which are tried again below.
        boolean everyPage = false;
        // an include read from elsewhere than the includes folder (include_relative) is named by its file
        Set<String> changedFiles = changedFiles(changes);
        for (Map.Entry<String, RenderedPage> entry : rendered.entrySet()) {
            PageDependencies deps = entry.getValue().dependencies();
            if (everyPage
                    || deps.files().stream().anyMatch(changedFiles::contains)
                    || (pageListChanged && deps.sitePages())
                    || (staticsChanged && deps.staticFiles())
                    || changes.dataKeys().stream().anyMatch(deps::readsData)
                    || changes.includes().stream().anyMatch(deps.includes()::contains)
                    || entry.getValue().layoutFiles().stream().anyMatch(changes.layoutFiles()::contains)) {
                dirty.add(entry.getKey());
            }
        }
        // Pages that failed last time may be fixed by any edit; they are few, so try them again.
        dirty.addAll(renderErrors.keySet());
        dirty.retainAll(after.keySet());
        return dirty;
    }

    /**
     * Layouts, includes and the site view for this state of the sources; the site's checks and
     * layout problems are recorded. Unlike a build, which stops at an extension that does not
     * load, the preview goes on without extensions and shows the problem.
     */
    private PageRenderer prepare(Site site) {
        Diagnostics diagnostics = new Diagnostics();
        SiteLoader.check(project, site, diagnostics);
        if (renderer != null) {
            renderer.close();
        }
        Extensions extensions = Extensions.none();
        try {
            extensions = SiteLoader.extensions(options);
        } catch (DiagnosticException e) {
            diagnostics.add(e.diagnostic());
        }
        renderer = PageRenderer.create(project, site, diagnostics, new StageTimes(), extensions).withLayoutMemo(layoutOutputs);
        siteErrors = diagnostics;
        return renderer;
    }

    private void loadData() {
        Diagnostics diagnostics = new Diagnostics();
        data = SiteLoader.data(project, diagnostics);
        dataErrors = diagnostics.sorted();
    }

    private void loadAssets() {
        Diagnostics diagnostics = new Diagnostics();
        templateAssets = SiteLoader.templateAssets(project, diagnostics);
        assetErrors = diagnostics.sorted();
    }

    /** Scans the whole site as a build does (for a Jekyll site: with its collections and posts). */
    private void scanAll() {
        Diagnostics diagnostics = new Diagnostics();
        SourceScanner.Scan scan = SiteLoader.scan(project, config, options, diagnostics);
        lastScan = scan;
        alsoCopied.clear();
        scan.pages().forEach(page -> content.put(page.source().path(), page));
        scan.staticFiles().forEach(file -> {
            if (content.get(file.source()) instanceof Page) {
                alsoCopied.add(file);
            } else {
                content.put(file.source(), file);
            }
        });
        for (Diagnostic problem : diagnostics.sorted()) {
            scanErrors.put(project.root().resolve(problem.file()), problem);
        }
    }

    /** Reads one changed path below content/ again: a file, a new folder, or something deleted. */
    private void rescan(Path path) {
        Optional<Diagnostic> link = LinkGuard.check(path, project);
        if (link.isPresent()) {
            content.keySet().removeIf(p -> p.startsWith(path));
            scanErrors.keySet().removeIf(p -> p.startsWith(path));
            scanErrors.put(path, link.get());
            return;
        }
        if (Files.isDirectory(path)) {
            scanFolder(path);
            return;
        }
        if (Files.isRegularFile(path)) {
            scanFile(path);
            return;
        }
        content.keySet().removeIf(p -> p.startsWith(path));
        scanErrors.keySet().removeIf(p -> p.startsWith(path));
    }

    private void scanFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        LinkGuard.files(folder, project, problem -> scanErrors.put(project.root().resolve(problem.file()), problem))
                .forEach(this::scanFile);
    }

    /** A file that no longer reads (a half-saved page) keeps its last good version until it reads again. */
    private void scanFile(Path file) {
        try {
            List<Diagnostic> warnings = new ArrayList<>();
            Optional<ContentFile> found = SiteLoader.scanFile(project, config, options, file, warnings::add);
            content.remove(file);
            found.ifPresent(f -> content.put(file, f));
            scanErrors.remove(file);
            // at most one warning per file; kept with the file's problems until it is read again
            warnings.forEach(w -> scanErrors.put(file, w));
        } catch (DiagnosticException e) {
            scanErrors.put(file, e.diagnostic());
        }
    }

    private Site site() {
        if (project.isJekyll() && lastScan != null) {
            // A Jekyll site is read whole on every change: its pages in the order a build reads them,
            // which site.pages, the collections and the sitemap keep.
            return SiteLoader.site(config, data, lastScan.pages(), lastScan.staticFiles(), templateAssets);
        }
        List<Page> pages = new ArrayList<>();
        List<StaticFile> statics = new ArrayList<>();
        for (ContentFile file : content.values()) {
            if (file instanceof Page page) {
                pages.add(page);
            } else if (file instanceof StaticFile copied) {
                statics.add(copied);
            }
        }
        statics.addAll(alsoCopied);
        return SiteLoader.site(config, data, pages, statics, templateAssets);
    }

    private Map<String, Page> pagesByPath() {
        Map<String, Page> pages = new TreeMap<>();
        content.values().forEach(f -> {
            if (f instanceof Page page) {
                pages.put(page.contentPath(), page);
            }
        });
        return pages;
    }

    private Map<String, StaticFile> staticsByOutput() {
        Map<String, StaticFile> statics = new TreeMap<>();
        content.values().forEach(f -> {
            if (f instanceof StaticFile copied) {
                statics.put(copied.outputPath(), copied);
            }
        });
        alsoCopied.forEach(a -> statics.put(a.outputPath(), a));
        templateAssets.forEach(a -> statics.put(a.outputPath(), a));
        return statics;
    }

    private static boolean isPageOutput(Map<String, Page> pages, String outputPath) {
        return pages.values().stream().anyMatch(p -> p.outputPath().equals(outputPath));
    }

    /** The file at a site path, as served. */
    public Optional<byte[]> file(String path) {
        refreshSearchIndex();
        return output.get(path);
    }
}
