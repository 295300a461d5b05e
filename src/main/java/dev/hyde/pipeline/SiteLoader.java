package dev.hyde.pipeline;

import dev.hyde.assets.Assets;
import dev.hyde.config.ConfigLoader;
import dev.hyde.config.ProjectLayout;
import dev.hyde.config.SiteConfig;
import dev.hyde.data.DataLoader;
import dev.hyde.diag.Diagnostics;
import dev.hyde.model.Site;
import dev.hyde.model.StaticFile;
import dev.hyde.plugins.RedirectFrom;
import dev.hyde.source.SourceScanner;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads everything a build renders: configuration, data, pages and static files. */
public final class SiteLoader {
    private SiteLoader() {
    }

    public static Site load(ProjectLayout project, BuildOptions options, Diagnostics diagnostics, StageTimes times) {
        ZonedDateTime time = options.time().orElseGet(BuildClock::now);
        SiteConfig loaded = ConfigLoader.load(project, options.configFiles(), time, diagnostics);
        SiteConfig config = options.version()
                .map(name -> VersionedOutput.configure(loaded, name, options.destination().toAbsolutePath().normalize(),
                        project.isJekyll(), diagnostics))
                .orElse(loaded);
        Map<String, Object> data = DataLoader.load(project, diagnostics);
        SourceScanner.Scan scan = times.time(Stage.SCAN,
                () -> SourceScanner.scan(project, config, options.drafts(), options.destination(), diagnostics,
                        bodyBudget()));
        List<StaticFile> statics = new ArrayList<>(scan.staticFiles());
        statics.addAll(Assets.templateAssets(project, diagnostics::add));
        Site site = new Site(config, data, scan.pages(), statics);
        OutputPlan.check(site.pages(), site.staticFiles(), Assets.bundled(project, site.staticFiles()), RedirectFrom.pages(site), diagnostics);
        RedirectFrom.check(site, diagnostics);
        return site;
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
