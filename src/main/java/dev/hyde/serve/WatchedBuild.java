package dev.hyde.serve;

import dev.hyde.pipeline.BuildOptions;
import dev.hyde.pipeline.Plural;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;
import dev.hyde.output.DestinationGuard;
import dev.hyde.output.StagedDirectory;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code hyde build --watch}: builds the site to disk, then rebuilds it on every edit with the
 * preview server's machinery (the same watcher, and a {@link LiveSite} that re-renders only what
 * an edit reaches), writing each good state of the site into place atomically: staged beside the
 * destination and swapped in whole. While the sources have errors nothing is written, so the
 * destination keeps the last good site; the next good state replaces it.
 */
public final class WatchedBuild implements AutoCloseable {
    /** As in the preview server: an editor's save is several events. */
    private static final long QUIET_MILLIS = 15;

    /**
     * What one build or rebuild did.
     *
     * @param first         whether this is the first build, from nothing
     * @param written       whether the site was written (false: the sources have errors)
     * @param pagesRendered pages rendered by this rebuild
     * @param files         files in the site written (0 when not written)
     * @param took          from the edit being noticed to the site being in place
     * @param diagnostics   the sources' problems now
     */
    public record Result(boolean first, boolean written, int pagesRendered, int files, Path destination, Duration took,
                         List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }

        /** "Rebuilt 1 page and wrote 14 files into site in 80 ms", or why nothing was written. */
        public String summary() {
            String rendered = (first ? "Built " : "Rebuilt ") + Plural.of(pagesRendered, "page");
            return written
                    ? rendered + " and wrote " + Plural.of(files, "file") + " into " + destination + " in " + took.toMillis() + " ms"
                    : rendered + " in " + took.toMillis() + " ms; the sources have errors, so " + destination
                    + " keeps the last good site";
        }
    }

    private final Path destination;
    private final boolean strict;
    private final Consumer<Result> log;
    private final SourceWatcher watcher;
    private final LiveSite live;
    private final Object rebuilding = new Object();
    // guarded by rebuilding: what the last report was about, so that a rebuild changing nothing is not repeated
    private Map<String, byte[]> lastSite = Map.of();
    private List<Diagnostic> lastDiagnostics;
    private boolean closed;

    private WatchedBuild(BuildOptions options, Consumer<Result> log) {
        this.destination = options.destination().toAbsolutePath().normalize();
        this.strict = options.strict();
        this.log = log;
        this.watcher = new SourceWatcher(WatchedSources.of(options), QUIET_MILLIS, this::rebuild, this::rebuildAll);
        try {
            long start = System.nanoTime();
            synchronized (rebuilding) {
                this.live = LiveSite.open(options);
                publish(start, true);
            }
        } catch (RuntimeException | Error e) {
            watcher.close();
            throw e;
        }
        // Edits made during the first build were held until now.
        watcher.release();
    }

    /**
     * Builds the site into the destination, reports it, and keeps rebuilding on edits until closed.
     *
     * @param log told of the first build and of every rebuild (from the watcher's thread)
     * @throws DiagnosticException when the destination is unsafe (the project itself, a source
     *                             folder) or the sources cannot be watched
     */
    public static WatchedBuild start(BuildOptions buildOptions, Consumer<Result> log) {
        BuildOptions options = buildOptions.time().isPresent() ? buildOptions
                : buildOptions.withTime(ZonedDateTime.now(ZoneOffset.UTC).withNano(0));
        Path destination = options.destination().toAbsolutePath().normalize();
        // as a build does: never inside the sources, never over a folder of versions of the docs
        DestinationGuard.check(options.projectLayout(), destination)
                .or(() -> dev.hyde.pipeline.VersionedOutput.checkUnversioned(destination))
                .ifPresent(d -> {
                    throw new DiagnosticException(d);
                });
        return new WatchedBuild(options, log);
    }

    /** Applies a burst of edits now; public so that tests need not wait for the file system's events. */
    public void rebuild(Set<Path> changed) {
        rebuildWith(() -> live.apply(changed));
    }

    private void rebuildAll() {
        rebuildWith(live::rebuildAll);
    }

    private void rebuildWith(Runnable rebuild) {
        long start = System.nanoTime();
        synchronized (rebuilding) {
            if (closed) {
                return;
            }
            long before = live.generation();
            rebuild.run();
            if (live.generation() == before) {
                return; // nothing the site is built from changed
            }
            publish(start, false);
        }
    }

    /** Writes the site as it is now, if it has no errors, and reports; called with the lock held. */
    private void publish(long start, boolean first) {
        List<Diagnostic> diagnostics = live.diagnostics();
        if (strict) {
            // as 'build --strict': a broken link is an error
            diagnostics = diagnostics.stream().map(d -> !d.isError() && live.linkWarnings().contains(d)
                    ? new Diagnostic(dev.hyde.diag.Severity.ERROR, d.file(), d.line(), d.column(), d.title(), d.detail(), d.hint())
                    : d).toList();
        }
        boolean errors = diagnostics.stream().anyMatch(Diagnostic::isError);
        Map<String, byte[]> site = live.output().snapshot();
        if (!first && diagnostics.equals(lastDiagnostics) && sameFiles(site, lastSite)) {
            // The watcher's events for an edit a rebuild already applied: nothing to write or say.
            return;
        }
        lastDiagnostics = diagnostics;
        lastSite = site;
        int files = 0;
        if (!errors) {
            try (StagedDirectory staged = StagedDirectory.create(destination)) {
                site.forEach(staged::write);
                staged.commit();
                files = site.size();
            } catch (DiagnosticException e) {
                lastSite = Map.of(); // not on disk: the next rebuild tries again
                diagnostics = new java.util.ArrayList<>(diagnostics);
                diagnostics.add(e.diagnostic());
                errors = true;
            }
        }
        log.accept(new Result(first, !errors, live.lastRendered().size(), files, destination,
                Duration.ofNanos(System.nanoTime() - start), diagnostics));
    }

    private static boolean sameFiles(Map<String, byte[]> a, Map<String, byte[]> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<String, byte[]> file : a.entrySet()) {
            byte[] other = b.get(file.getKey());
            if (file.getValue() != other && !java.util.Arrays.equals(file.getValue(), other)) {
                return false;
            }
        }
        return true;
    }

    /** What the project is read as. */
    public dev.hyde.config.ProjectLayout project() {
        return live.project();
    }

    /**
     * Stops watching. A rebuild under way is let finish first: stopping the watcher interrupts its
     * thread, and an interrupted rebuild would leave a half-written staging folder behind.
     */
    @Override
    public void close() {
        synchronized (rebuilding) {
            closed = true;
        }
        watcher.close();
    }
}
