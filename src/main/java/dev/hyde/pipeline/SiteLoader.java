package dev.hyde.pipeline;

import dev.hyde.assets.Assets;
import dev.hyde.config.ConfigLoader;
import dev.hyde.config.ProjectLayout;
import dev.hyde.config.SiteConfig;
import dev.hyde.data.DataLoader;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.Diagnostics;
import dev.hyde.extension.Extensions;
import dev.hyde.model.ContentFile;
import dev.hyde.model.Page;
import dev.hyde.model.Site;
import dev.hyde.model.StaticFile;
import dev.hyde.plugins.RedirectFrom;
import dev.hyde.source.ScanMemory;
import dev.hyde.source.SourceScanner;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads everything a build renders: configuration, data, pages and static files, and checks the
 * site as a whole. Each step has one method here. A build takes them all at once ({@link #load});
 * the preview server ({@code serve.LiveSite}) takes each again when an edit reaches its files.
 */
public final class SiteLoader {
    private SiteLoader() {
    }

    /** The whole site for a build, at the build's time (now, unless the options pin it) and in its version's folder. */
    public static Site load(ProjectLayout project, BuildOptions options, Diagnostics diagnostics, StageTimes times) {
        return load(project, options, diagnostics, times, ScanMemory.NONE);
    }

    /** As above, the pages' files read or taken from what {@code memory} read of them before. */
    public static Site load(ProjectLayout project, BuildOptions options, Diagnostics diagnostics, StageTimes times,
                            ScanMemory memory) {
        ZonedDateTime time = options.time().orElseGet(BuildClock::now);
        SiteConfig loaded = config(project, options, time, diagnostics);
        SiteConfig config = options.version()
                .map(name -> VersionedOutput.configure(loaded, name, options.destination().toAbsolutePath().normalize(),
                        project.isJekyll(), diagnostics))
                .orElse(loaded);
        Map<String, Object> data = data(project, diagnostics);
        SourceScanner.Scan scan = times.time(Stage.SCAN,
                () -> SourceScanner.scan(project, config, options.drafts(), options.destination(), diagnostics,
                        bodyBudget(), memory));
        Site site = site(config, data, scan.pages(), scan.staticFiles(), templateAssets(project, diagnostics));
        check(project, site, diagnostics);
        return site;
    }

    /** The configuration files the options name (or the project's own), with {@code site.time} at {@code time}. */
    public static SiteConfig config(ProjectLayout project, BuildOptions options, ZonedDateTime time,
                                    Diagnostics diagnostics) {
        return ConfigLoader.load(project, options.configFiles(), time, diagnostics);
    }

    /** The data files, as {@code site.data} shows them. */
    public static Map<String, Object> data(ProjectLayout project, Diagnostics diagnostics) {
        return DataLoader.load(project, diagnostics);
    }

    /**
     * Every page and static file, each page's body held in memory: the preview server's, which
     * renders any page again at any edit. A build holds only as much as {@link #bodyBudget} allows.
     */
    public static SourceScanner.Scan scan(ProjectLayout project, SiteConfig config, BuildOptions options,
                                          Diagnostics diagnostics) {
        return SourceScanner.scan(project, config, options.drafts(), options.destination(), diagnostics);
    }

    /**
     * One file below content/ read again, as {@link #scan} reads it: a page, a static file, or
     * empty when it is not published.
     *
     * @throws dev.hyde.diag.DiagnosticException when the file is a page that does not read
     */
    public static Optional<ContentFile> scanFile(ProjectLayout project, SiteConfig config, BuildOptions options,
                                                 Path file, Consumer<Diagnostic> warnings) {
        return SourceScanner.scanFile(project, config, options.drafts(), file, warnings);
    }

    /** The templates' own assets (below templates/assets/), which the site publishes beside its static files. */
    public static List<StaticFile> templateAssets(ProjectLayout project, Diagnostics diagnostics) {
        return Assets.templateAssets(project, diagnostics::add);
    }

    /** The site of these parts: the templates' assets are published after the content's static files. */
    public static Site site(SiteConfig config, Map<String, Object> data, List<Page> pages, List<StaticFile> statics,
                            List<StaticFile> templateAssets) {
        List<StaticFile> all = new ArrayList<>(statics);
        all.addAll(templateAssets);
        return new Site(config, data, pages, all);
    }

    /**
     * The checks of the site as a whole, made before anything is rendered: no two sources (pages,
     * static files, Hyde's bundled assets, {@code redirect_from} stubs) write one output file, and
     * no {@code redirect_from} URL is written outside the site.
     */
    public static void check(ProjectLayout project, Site site, Diagnostics diagnostics) {
        OutputPlan.check(site.pages(), site.staticFiles(), Assets.bundled(project, site.staticFiles()),
                RedirectFrom.pages(site), diagnostics);
        RedirectFrom.check(site, diagnostics);
    }

    /**
     * The extensions (Liquid tags, filters, generators) on the options' plugin path, or found on
     * Hyde's own class path when it names none.
     *
     * @throws dev.hyde.diag.DiagnosticException when an entry does not exist or an extension cannot be loaded
     */
    public static Extensions extensions(BuildOptions options) {
        return Extensions.fromPath(options.pluginPath(), SiteLoader.class.getClassLoader());
    }

    /**
     * How many characters of page bodies a build holds in memory: a sixteenth of the heap in bytes
     * (64 MB of a 1 GB heap, the Markdown of about 6,500 pages). A larger site's other pages read
     * their body again from their file when they render, so its size does not bound the site.
     */
    private static long bodyBudget() {
        return Runtime.getRuntime().maxMemory() / 16;
    }
}
