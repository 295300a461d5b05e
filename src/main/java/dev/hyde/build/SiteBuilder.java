package dev.hyde.build;

import dev.hyde.assets.Assets;
import dev.hyde.config.ProjectLayout;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;
import dev.hyde.diag.Diagnostics;
import dev.hyde.model.Site;
import dev.hyde.output.DestinationGuard;
import dev.hyde.output.StagedDirectory;
import dev.hyde.search.PageText;
import dev.hyde.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A full build to disk: read the site, render every page (liquid, markdown, post, layout, post)
 * in parallel into a staging directory as each finishes, and swap the staging directory in only
 * when no error was found.
 */
public final class SiteBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(SiteBuilder.class);

    private SiteBuilder() {
    }

    public static BuildResult build(BuildOptions options) {
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
            return result(project, destination, 0, 0, times, start, diagnostics);
        }

        Site site = SiteLoader.load(project, options, diagnostics, times);
        try (PageRenderer renderer = PageRenderer.create(project, site, diagnostics, times);
             StagedDirectory out = StagedDirectory.create(destination)) {
            java.util.Queue<PageText> searchTexts = new java.util.concurrent.ConcurrentLinkedQueue<>();
            int pages = SiteWriter.writeSite(site, renderer, out, times,
                    rendered -> rendered.searchText().ifPresent(searchTexts::add),
                    (page, problem) -> diagnostics.add(problem)).written();
            if (SearchIndex.enabled(project, site)) {
                SearchIndex.Written index = times.time(Stage.SEARCH,
                        () -> SearchIndex.write(searchTexts, site.config().baseurl()));
                for (dev.hyde.plugins.GeneratedFile file : index.files()) {
                    times.time(Stage.WRITE, () -> out.write(file.outputPath(),
                            file.text().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                }
                diagnostics.addAll(index.warnings());
            }
            int files = SiteWriter.copyFiles(site.staticFiles(), Assets.bundled(project, site.staticFiles()), out, times);
            if (diagnostics.hasErrors()) {
                return result(project, destination, 0, 0, times, start, diagnostics);
            }
            times.time(Stage.WRITE, out::commit);
            if (options.version().isPresent()) {
                String published = site.config().baseurl();
                VersionedOutput.publish(site.config().versions(),
                        published.substring(0, published.length() - options.version().get().length() - 1), root);
            }
            return result(project, destination, pages, files, times, start, diagnostics);
        } catch (DiagnosticException e) {
            // The output folder could not be made or replaced; the previous site is untouched.
            diagnostics.add(e.diagnostic());
            return result(project, destination, 0, 0, times, start, diagnostics);
        }
    }

    private static BuildResult result(ProjectLayout project, Path destination, int pages, int files,
                                      StageTimes times, long start, Diagnostics diagnostics) {
        BuildResult result = new BuildResult(project.kind(), destination, pages, files, times.snapshot(),
                Duration.ofNanos(System.nanoTime() - start), diagnostics.sorted());
        if (LOG.isDebugEnabled()) {
            for (Stage stage : Stage.values()) {
                LOG.debug("stage {}: {} ms", stage.label(), result.stageTimes().get(stage).toMillis());
            }
        }
        return result;
    }
}
