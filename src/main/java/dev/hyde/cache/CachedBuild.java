package dev.hyde.cache;

import dev.hyde.diag.Diagnostic;
import dev.hyde.config.ProjectLayout;
import dev.hyde.pipeline.BuildOptions;
import dev.hyde.pipeline.PageRecord;
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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
        Path destination = options.output();
        // the last build's record and the check of its site, on another thread while this one
        // reads the project: both are mostly waiting on the file system, a walk of 10,000 files each
        java.util.concurrent.CompletableFuture<CacheStore.Read> lastBuild = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> {
                    CacheStore.Read read = store.read();
                    return read.record().isEmpty() || intact(destination, read.record().get()) ? read
                            : new CacheStore.Read(Optional.empty(), read.unusable());
                }, CachedBuild::startThread);
        InputFingerprint.Inputs inputs = null;
        try {
            inputs = InputFingerprint.read(options);
        } catch (IOException | UncheckedIOException e) {
            notes.add(Diagnostic.warning("Build cache not used").at(unreadable(options, e))
                    .detail("Hyde could not read every file of the project to compare it with the last build: %s",
                            e.getMessage())
                    .hint("Check the project's file permissions, or move what cannot be read out of the project.")
                    .build());
        }
        CacheStore.Read read = joined(lastBuild);
        read.unusable().ifPresent(why -> notes.add(unusable("build.json", why)));
        Optional<CacheRecord> last = read.record();
        if (inputs != null && last.isPresent() && last.get().fingerprint().equals(inputs.fingerprint())) {
            CacheRecord record = last.get();
            List<Diagnostic> diagnostics = new ArrayList<>(record.diagnostics().stream()
                    .map(CacheRecord.Reported::diagnostic).toList());
            diagnostics.addAll(notes);
            return new BuildResult(options.projectLayout().kind(), destination, record.pages(), record.files(),
                    new StageTimes().snapshot(), Duration.ofNanos(System.nanoTime() - start), diagnostics, List.of(),
                    false, true, 0);
        }
        if (inputs == null) {
            deleteQuietly(store);
            return withNotes(SiteBuilder.build(options, progress), notes);
        }
        return withNotes(buildKeeping(options, progress, store, inputs, last, notes), notes);
    }

    /** Builds, keeping what pages the last build's records allow, and records this build for the next. */
    private static BuildResult buildKeeping(BuildOptions options, BuildProgress progress, CacheStore store,
                                            InputFingerprint.Inputs inputs, Optional<CacheRecord> last,
                                            List<Diagnostic> notes) {
        String id = UUID.randomUUID().toString();
        PageRecordFile.Writer writer = null;
        try {
            writer = new PageRecordFile.Writer(store.pagesFile(), id);
        } catch (IOException e) {
            notes.add(notWritten(e));
        }
        try (PageRecordFile.Writer records = writer) {
            BuildTrace trace = trace(options, store, inputs, last, records, notes);
            BuildResult result = SiteBuilder.build(options, progress, trace);
            // the previous site is deleted while the cache is written, and before the build returns
            Thread cleanUp = new Thread(trace.takeCleanUp(), "hyde-delete-previous-site");
            cleanUp.start();
            try {
                saveCache(options, store, inputs, trace, records, id, result, notes, last);
            } finally {
                joinUninterruptibly(cleanUp);
            }
            return result;
        }
    }

    /**
     * The memory of the last build for this one: its page records, and what it saved beside them
     * (the search index's state, the link check's findings, the scan's front matter), each with
     * one warning when it cannot be used. The trace alone holds them, so that each is let go of as
     * soon as the build has taken it.
     */
    private static BuildTrace trace(BuildOptions options, CacheStore store, InputFingerprint.Inputs inputs,
                                    Optional<CacheRecord> last, PageRecordFile.Writer records, List<Diagnostic> notes) {
        PageRecordFile.Stored lastPages = PageRecordFile.Stored.NONE;
        // records made by another Hyde or with other options keep nothing: not read at all (a
        // large site's are hundreds of megabytes)
        if (last.isPresent() && !last.get().recordsId().isEmpty() && last.get().global().equals(inputs.global())) {
            try {
                lastPages = PageRecordFile.read(store.pagesFile(), last.get().recordsId());
            } catch (PageRecordFile.Damaged e) {
                notes.add(unusable("pages.bin", e.getMessage()));
            } catch (IOException e) {
                notes.add(unusable("pages.bin", "it cannot be read (" + e.getMessage() + ")"));
            }
        }
        Optional<byte[]> lastSearch = Optional.empty();
        Optional<byte[]> lastLinks = Optional.empty();
        ScanRecords scan = ScanRecords.empty(inputs.files());
        if (!lastPages.records().isEmpty()) {
            lastSearch = findings(store.searchFile(), FindingsFile.SEARCH, last.get().recordsId(), notes);
            lastLinks = findings(store.linksFile(), FindingsFile.LINKS, last.get().recordsId(), notes);
            Optional<byte[]> lastScan = findings(store.scanFile(), FindingsFile.SCAN, last.get().recordsId(), notes);
            if (lastScan.isPresent()) {
                try {
                    scan = ScanRecords.of(inputs.files(), lastScan.get());
                } catch (PageRecordFile.Damaged e) {
                    notes.add(unusable("scan.bin", e.getMessage()));
                }
            }
        }
        return new BuildTrace(options.projectLayout(), inputs, configFiles(options),
                lastPages.records().isEmpty() ? Optional.empty() : last, lastPages, records, lastSearch, lastLinks, scan);
    }

    /** Records this build for the next, if it succeeded and does not depend on when it ran. */
    private static void saveCache(BuildOptions options, CacheStore store, InputFingerprint.Inputs inputs,
                                  BuildTrace trace, PageRecordFile.Writer records, String id,
                                  BuildResult result, List<Diagnostic> notes, Optional<CacheRecord> last) {
        try {
            store.delete();
            if (result.succeeded() && !result.timeDependent() && trace.lists() != null) {
                trace.commitRecords();
                if (records != null && trace.searchState() != null) {
                    FindingsFile.write(store.searchFile(), FindingsFile.SEARCH, id, trace.searchState());
                }
                if (records != null && trace.scanned() != null) {
                    FindingsFile.write(store.scanFile(), FindingsFile.SCAN, id, trace.scanned());
                }
                if (records != null && trace.linkFindings() != null) {
                    FindingsFile.write(store.linksFile(), FindingsFile.LINKS, id, trace.linkFindings().encode());
                }
                Path destination = options.output();
                store.write(new CacheRecord(CacheRecord.FORMAT, inputs.fingerprint(), result.pagesWritten(),
                        result.filesCopied(), result.diagnostics().stream().map(CacheRecord.Reported::of).toList(),
                        outputs(destination, trace.placed(), last), inputs.global(), inputs.files(), trace.lists().pageLists(),
                        trace.lists().staticFiles(),
                        trace.allRenderWarnings().stream().map(CacheRecord.Reported::of).toList(),
                        records == null ? "" : id, trace.documentDigests()));
            }
        } catch (IOException | UncheckedIOException e) {
            notes.add(notWritten(e));
        }
    }

    /** What the task gave; what it threw, thrown here as it was. */
    private static <T> T joined(java.util.concurrent.CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** A thread of its own for one task: the common pool's threads read the project meanwhile. */
    private static void startThread(Runnable task) {
        Thread thread = new Thread(task, "hyde-read-last-build");
        thread.setDaemon(true);
        thread.start();
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * What the last build found of one kind, kept with its page records; empty when it kept none,
     * and with one warning when the file cannot be used.
     */
    private static Optional<byte[]> findings(Path file, String kind, String recordsId, List<Diagnostic> notes) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String name = file.getFileName().toString();
        try {
            return Optional.of(FindingsFile.read(file, kind, recordsId));
        } catch (PageRecordFile.Damaged e) {
            notes.add(unusable(name, e.getMessage()));
        } catch (IOException e) {
            notes.add(unusable(name, "it cannot be read (" + e.getMessage() + ")"));
        }
        return Optional.empty();
    }

    /** The configuration files the build reads, relative to the project (those outside it are in the global digest). */
    private static List<String> configFiles(BuildOptions options) {
        ProjectLayout project = options.projectLayout();
        List<Path> given = options.configFiles().isEmpty() ? List.of(project.configFile()) : options.configFiles();
        return given.stream().map(p -> project.root().resolve(p).toAbsolutePath().normalize())
                .filter(p -> p.startsWith(project.root())).map(project::relative).toList();
    }

    /** The file that could not be read, relative to the project when it is in it; empty when unknown. */
    private static String unreadable(BuildOptions options, Exception e) {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        if (!(cause instanceof java.nio.file.FileSystemException failed) || failed.getFile() == null) {
            return "";
        }
        Path file = Path.of(failed.getFile()).toAbsolutePath().normalize();
        ProjectLayout project = options.projectLayout();
        return file.startsWith(project.root()) ? project.relative(file) : file.toString();
    }

    private static Diagnostic unusable(String file, String why) {
        return Diagnostic.warning("Build cache ignored").at(".hyde/cache/" + file)
                .detail("The cache of the last build was not used: %s.", why)
                .hint("This build writes it anew; `hyde clean` removes it.").build();
    }

    private static Diagnostic notWritten(Exception e) {
        return Diagnostic.warning("Build cache not written").at(".hyde/cache/build.json")
                .detail("The site was built, but the cache could not be saved: %s", e.getMessage())
                .hint("The next build builds everything again. Check the disk's free space and permissions.")
                .build();
    }

    /** Removes the project's cache and build lock folder; the site stays. */
    public static void clean(Path project) throws IOException {
        FileUtils.deleteDirectory(folder(project).toFile());
    }

    /**
     * Every file of the site as it is now, its top-level folders read on all cores: a site of
     * pretty URLs is a folder per page, and reading it was a fifth of a build with nothing to do.
     */
    private static List<CacheRecord.Output> outputs(Path destination) throws IOException {
        List<Path> top;
        try (Stream<Path> list = Files.list(destination)) {
            top = list.toList();
        }
        try {
            List<Path> files = top.parallelStream().flatMap(child -> {
                try (Stream<Path> walk = Files.walk(child)) {
                    return walk.filter(Files::isRegularFile).toList().stream();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
            return files.parallelStream().map(file -> {
                try {
                    return output(destination, file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sorted(java.util.Comparator.comparing(CacheRecord.Output::path)).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Every file of the site as this build left it, from what it put in place when it says: a file
     * taken from the last site as it was has the size and time the last record gave it (a link to
     * the same file, or a copy with its time), and only the files written are looked at. A site
     * whose files were not told is read whole. Should this ever miss a file, the next build finds
     * the site changed and builds it all: never a wrong site.
     */
    private static List<CacheRecord.Output> outputs(Path destination, Map<String, Boolean> placed,
                                                    Optional<CacheRecord> last) throws IOException {
        if (placed == null) {
            return outputs(destination);
        }
        Map<String, CacheRecord.Output> before = new java.util.HashMap<>();
        last.ifPresent(record -> record.outputs().forEach(output -> before.put(output.path(), output)));
        try {
            return placed.entrySet().parallelStream().map(file -> {
                CacheRecord.Output kept = file.getValue() ? before.get(file.getKey()) : null;
                try {
                    return kept != null ? kept : output(destination, destination.resolve(file.getKey()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sorted(java.util.Comparator.comparing(CacheRecord.Output::path)).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
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
                result.upToDate(), result.pagesKept());
    }

    private static void deleteQuietly(CacheStore store) {
        try {
            store.delete();
        } catch (IOException e) {
            // an old cache left behind is never used wrongly: its fingerprint and site no longer match
        }
    }
}
