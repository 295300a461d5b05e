package dev.hyde.build;

import dev.hyde.assets.Assets;
import dev.hyde.assets.BundledAsset;
import dev.hyde.config.ConfigLoader;
import dev.hyde.config.ProjectLayout;
import dev.hyde.config.SiteConfig;
import dev.hyde.data.DataLoader;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;
import dev.hyde.diag.Diagnostics;
import dev.hyde.layout.FreemarkerLayouts;
import dev.hyde.layout.LayoutLibrary;
import dev.hyde.liquid.LiquidEngine;
import dev.hyde.markdown.MarkdownRenderer;
import dev.hyde.model.Page;
import dev.hyde.model.Site;
import dev.hyde.model.StaticFile;
import dev.hyde.output.DestinationGuard;
import dev.hyde.output.StagedDirectory;
import dev.hyde.post.FinishedPage;
import dev.hyde.post.HtmlPostProcessing;
import dev.hyde.source.SourceScanner;
import dev.hyde.view.SiteView;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pipeline, in order: read configuration and data, scan, then render every page (liquid,
 * markdown, post, layout, post) in parallel, writing each into a staging directory as it
 * finishes, and swap the staging directory in only when no error was found.
 */
public final class SiteBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(SiteBuilder.class);

    private SiteBuilder() {
    }

    public static BuildResult build(BuildOptions options) {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        StageTimes times = new StageTimes();
        ProjectLayout project = new ProjectLayout(options.project());
        Path destination = options.destination().toAbsolutePath().normalize();

        Optional<Diagnostic> unsafe = DestinationGuard.check(project, destination);
        if (unsafe.isPresent() || !Files.isDirectory(project.root())) {
            diagnostics.add(unsafe.orElseGet(() -> Diagnostic.error("Project folder not found")
                    .detail("%s is not a folder.", project.root())
                    .hint("Give the folder that holds content/, templates/ and _data/.").build()));
            return result(destination, 0, 0, times, start, diagnostics);
        }

        ZonedDateTime time = options.time().orElseGet(BuildClock::now);
        SiteConfig config = ConfigLoader.load(project, time, diagnostics);
        Map<String, Object> data = DataLoader.load(project, diagnostics);
        SourceScanner.Scan scan = times.time(Stage.SCAN,
                () -> SourceScanner.scan(project, config, options.drafts(), diagnostics));
        List<StaticFile> statics = new ArrayList<>(scan.staticFiles());
        statics.addAll(Assets.templateAssets(project));
        List<BundledAsset> bundled = Assets.highlightJs();
        Site site = new Site(config, data, scan.pages(), statics);
        OutputPlan.check(site.pages(), site.staticFiles(), bundled, diagnostics);

        MarkdownRenderer markdown = new MarkdownRenderer();
        LiquidEngine liquid = new LiquidEngine(project, config.time().getZone(), markdown::render);
        LayoutLibrary layouts = LayoutLibrary.load(project, diagnostics);
        FreemarkerLayouts freemarker = FreemarkerLayouts.load(layouts, diagnostics);
        PageRenderer renderer = new PageRenderer(SiteView.of(site), liquid, markdown, layouts, freemarker,
                new HtmlPostProcessing(config.baseurl()), times);

        AtomicInteger pages = new AtomicInteger();
        int files;
        try (StagedDirectory out = StagedDirectory.create(destination)) {
            site.pages().parallelStream().forEach(page -> {
                if (renderAndWrite(page, renderer, out, times, diagnostics)) {
                    pages.incrementAndGet();
                }
            });
            files = times.time(Stage.WRITE, () -> copyFiles(site.staticFiles(), bundled, out));
            if (diagnostics.hasErrors()) {
                return result(destination, 0, 0, times, start, diagnostics);
            }
            times.time(Stage.WRITE, out::commit);
        }
        return result(destination, pages.get(), files, times, start, diagnostics);
    }

    private static boolean renderAndWrite(Page page, PageRenderer renderer, StagedDirectory out, StageTimes times,
                                          Diagnostics diagnostics) {
        try {
            FinishedPage finished = renderer.render(page);
            times.time(Stage.WRITE, () -> out.write(page.outputPath(), finished.html().getBytes(StandardCharsets.UTF_8)));
            return true;
        } catch (DiagnosticException e) {
            diagnostics.add(e.diagnostic());
            return false;
        }
    }

    private static int copyFiles(List<StaticFile> statics, List<BundledAsset> bundled, StagedDirectory out) {
        for (StaticFile file : statics) {
            out.copy(file.outputPath(), file.source());
        }
        for (BundledAsset asset : bundled) {
            out.copy(asset.outputPath(), Assets.open(asset));
        }
        return statics.size() + bundled.size();
    }

    private static BuildResult result(Path destination, int pages, int files, StageTimes times, long start,
                                      Diagnostics diagnostics) {
        BuildResult result = new BuildResult(destination, pages, files, times.snapshot(),
                Duration.ofNanos(System.nanoTime() - start), diagnostics.sorted());
        if (LOG.isDebugEnabled()) {
            for (Stage stage : Stage.values()) {
                LOG.debug("stage {}: {} ms", stage.label(), result.stageTimes().get(stage).toMillis());
            }
        }
        return result;
    }
}
