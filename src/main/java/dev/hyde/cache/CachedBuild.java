package dev.hyde.cache;

import dev.hyde.diag.Diagnostic;
import dev.hyde.pipeline.BuildOptions;
import dev.hyde.pipeline.BuildProgress;
import dev.hyde.pipeline.BuildResult;
import dev.hyde.pipeline.SiteBuilder;
import dev.hyde.pipeline.StageTimes;
import org.apache.commons.io.FileUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A build as the command line and Maven run it: one build of a project at a time, and none at all
 * when the inputs are what they were at the last successful build and the site is still as that
 * build wrote it. A build whose site depends on when it runs ({@link BuildResult#timeDependent()}),
 * a version of versioned docs and a {@code --keep-going} build are always built.
 *
 * <p>A cache that cannot be used (damaged, written by another Hyde, unreadable) is ignored with one
 * warning and written anew; one that cannot be written (a read-only or full disk) leaves the build
 * as it is, with a warning.
 */
public final class CachedBuild {

    private CachedBuild() {
    }

    /** The project's folder of Hyde's own files: the cache and the build lock. */
    public static Path folder(Path project) {
        return project.toAbsolutePath().normalize().resolve(".hyde");
    }

    /**
     * @param useCache false to build whatever the cache says (the cache is then removed, to be
     *                 written again by the next build)
     */
    public static BuildResult build(BuildOptions options, BuildProgress progress, boolean useCache) {
        long start = System.nanoTime();
        Path folder = folder(options.project());
        List<Diagnostic> notes = new ArrayList<>();
        Optional<BuildLock> lock;
        try {
            lock = BuildLock.take(folder);
        } catch (IOException | UnsupportedOperationException e) {
            notes.add(Diagnostic.warning("Build cache not used").at(".hyde")
                    .detail("Hyde keeps its cache and build lock in %s, which cannot be written: %s", folder, e.getMessage())
                    .hint("Make the project folder writable, or build with --no-cache to silence this.").build());
            return withNotes(SiteBuilder.build(options, progress), notes);
        }
        if (lock.isEmpty()) {
            return BuildResult.failed(options.projectLayout().kind(), options.output(),
                    Diagnostic.error("Another build of this project is running").at(".hyde/build.lock")
                            .detail("Two builds at once would write the same site; this one stopped before reading anything.")
                            .hint("Wait for the other build to finish (or stop it), then build again.").build(),
                    Duration.ofNanos(System.nanoTime() - start));
        }
        try (BuildLock held = lock.get()) {
            return buildLocked(options, progress, useCache, folder, notes, start);
        } catch (IOException e) {
            throw new UncheckedIOException("releasing the build lock", e);
        }
    }

    private static BuildResult buildLocked(BuildOptions options, BuildProgress progress, boolean useCache, Path folder,
                                           List<Diagnostic> notes, long start) {
        CacheStore store = new CacheStore(folder.resolve("cache"));
        if (!useCache || options.version().isPresent() || options.keepGoing()) {
            deleteQuietly(store);
            return SiteBuilder.build(options, progress);
        }
        String fingerprint = null;
        try {
            fingerprint = InputFingerprint.of(options);
        } catch (IOException | UncheckedIOException e) {
            notes.add(Diagnostic.warning("Build cache not used")
                    .detail("Hyde could not read every file of the project to compare it with the last build: %s",
                            e.getMessage())
                    .hint("Check the project's file permissions.").build());
        }
        CacheStore.Read read = store.read();
        read.unusable().ifPresent(why -> notes.add(Diagnostic.warning("Build cache ignored")
                .at(".hyde/cache/build.json")
                .detail("The cache of the last build was not used: %s.", why)
                .hint("This build writes it anew; `hyde clean` removes it.").build()));
        Path destination = options.output();
        if (fingerprint != null && read.record().isPresent() && read.record().get().fingerprint().equals(fingerprint)
                && intact(destination, read.record().get())) {
            CacheRecord record = read.record().get();
            List<Diagnostic> diagnostics = new ArrayList<>(record.diagnostics().stream()
                    .map(CacheRecord.Reported::diagnostic).toList());
            diagnostics.addAll(notes);
            return new BuildResult(options.projectLayout().kind(), destination, record.pages(), record.files(),
                    new StageTimes().snapshot(), Duration.ofNanos(System.nanoTime() - start), diagnostics, List.of(),
                    false, true);
        }
        BuildResult result = SiteBuilder.build(options, progress);
        try {
            if (fingerprint != null && result.succeeded() && !result.timeDependent()) {
                store.write(new CacheRecord(CacheRecord.FORMAT, fingerprint, result.pagesWritten(), result.filesCopied(),
                        result.diagnostics().stream().map(CacheRecord.Reported::of).toList(), outputs(destination)));
            } else {
                store.delete();
            }
        } catch (IOException | UncheckedIOException e) {
            notes.add(Diagnostic.warning("Build cache not written").at(".hyde/cache/build.json")
                    .detail("The site was built, but the cache could not be saved: %s", e.getMessage())
                    .hint("The next build builds everything again. Check the disk's free space and permissions.")
                    .build());
        }
        return withNotes(result, notes);
    }

    /** Removes the project's cache and build lock folder; the site stays. */
    public static void clean(Path project) throws IOException {
        FileUtils.deleteDirectory(folder(project).toFile());
    }

    /** Every file of the site as it is now. */
    private static List<CacheRecord.Output> outputs(Path destination) throws IOException {
        List<CacheRecord.Output> outputs = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(destination)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                outputs.add(output(destination, file));
            }
        }
        return outputs;
    }

    private static CacheRecord.Output output(Path destination, Path file) throws IOException {
        return new CacheRecord.Output(destination.relativize(file).toString().replace('\\', '/'), Files.size(file),
                Files.getLastModifiedTime(file).to(TimeUnit.MICROSECONDS));
    }

    /**
     * Whether the site holds exactly the files the cached build wrote, each of the size and
     * modification time it was written with: the site's files are Hyde's own, so a file changed or
     * added there by anyone else shows in these.
     */
    private static boolean intact(Path destination, CacheRecord record) {
        try {
            return Files.isDirectory(destination) && outputs(destination).equals(record.outputs());
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private static BuildResult withNotes(BuildResult result, List<Diagnostic> notes) {
        if (notes.isEmpty()) {
            return result;
        }
        List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
        diagnostics.addAll(notes);
        return new BuildResult(result.source(), result.destination(), result.pagesWritten(), result.filesCopied(),
                result.stageTimes(), result.elapsed(), diagnostics, result.leftOut(), result.timeDependent(),
                result.upToDate());
    }

    private static void deleteQuietly(CacheStore store) {
        try {
            store.delete();
        } catch (IOException e) {
            // an old cache left behind is never used wrongly: its fingerprint and site no longer match
        }
    }
}
