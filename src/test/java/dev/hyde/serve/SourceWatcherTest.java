package dev.hyde.serve;

import dev.hyde.TestSite;
import dev.hyde.pipeline.BuildOptions;
import dev.hyde.config.ProjectLayout;
import dev.hyde.diag.DiagnosticException;
import io.methvin.watcher.DirectoryChangeEvent;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The watcher registers its folders before its constructor returns, so the tests edit files
 * right after creating it. Waits are on events; their bounds only matter when a test fails.
 */
class SourceWatcherTest {
    private static final String HYDE_SITE = """
            -- content/index.md --
            ---
            ---
            x
            -- target/build.log --
            y
            -- hyde.log --
            z
            """;

    private static SourceWatcher watch(Path root, BlockingQueue<Set<Path>> bursts, Runnable onOverflow) {
        SourceWatcher watcher = new SourceWatcher(WatchedSources.of(BuildOptions.of(root)), 10, bursts::add, onOverflow);
        watcher.release();
        return watcher;
    }

    @Test
    void overflowAsksForAFullRebuild() throws Exception {
        Path root = TestSite.write(HYDE_SITE);
        CountDownLatch fullRebuild = new CountDownLatch(1);
        try (SourceWatcher watcher = new SourceWatcher(WatchedSources.of(BuildOptions.of(root)), 10, paths -> { },
                fullRebuild::countDown)) {
            watcher.release();
            watcher.onEvent(new DirectoryChangeEvent(DirectoryChangeEvent.EventType.OVERFLOW, false, null, null, 1, root));
            assertTrue(fullRebuild.await(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void aFailureInsideTheLibraryAsksForAFullRebuild() throws Exception {
        // The library reports a queue overflow as an exception (its overflow event has no path).
        Path root = TestSite.write(HYDE_SITE);
        CountDownLatch fullRebuild = new CountDownLatch(1);
        try (SourceWatcher watcher = new SourceWatcher(WatchedSources.of(BuildOptions.of(root)), 10, paths -> { },
                fullRebuild::countDown)) {
            watcher.release();
            watcher.listener().onException(new NullPointerException());
            assertTrue(fullRebuild.await(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void eventsPilingUpBeyondTheSystemQueueEndInAFullRebuildOrEveryPath() throws Exception {
        Path root = TestSite.write(HYDE_SITE);
        Path folder = Files.createDirectories(root.resolve("content/many"));
        BlockingQueue<Set<Path>> bursts = new LinkedBlockingQueue<>();
        CountDownLatch fullRebuild = new CountDownLatch(1);
        Set<Path> written = new HashSet<>();
        try (SourceWatcher watcher = watch(root, bursts, fullRebuild::countDown)) {
            // Holding the watcher stalls its thread at the first event while the files are
            // written, as a busy machine would: the system keeps at most 512 events per folder.
            synchronized (watcher) {
                for (int i = 0; i < 3000; i++) {
                    Path file = folder.resolve("p" + i + ".md");
                    Files.writeString(file, "---\n---\n" + i + "\n");
                    written.add(file);
                }
            }
            // Either every path is reported, or a full rebuild is asked for; silence means lost edits.
            Set<Path> seen = new HashSet<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!seen.containsAll(written) && fullRebuild.getCount() > 0) {
                assertTrue(System.nanoTime() < deadline, "edits were lost: " + seen.size() + " of 3000 reported");
                Set<Path> burst = bursts.poll(50, TimeUnit.MILLISECONDS);
                if (burst != null) {
                    seen.addAll(burst);
                }
            }
        }
    }

    @Test
    void reportsSourcesButNotOtherFilesOfTheProject() throws Exception {
        Path root = TestSite.write(HYDE_SITE);
        BlockingQueue<Set<Path>> bursts = new LinkedBlockingQueue<>();
        try (SourceWatcher watcher = watch(root, bursts, () -> { })) {
            Files.writeString(root.resolve("target/build.log"), "changed");
            Files.writeString(root.resolve("hyde.log"), "a log line");
            Files.writeString(root.resolve("notes.txt"), "new file at the root");
            Files.writeString(root.resolve("content/index.md"), "---\n---\nchanged\n");
            Set<Path> burst = bursts.poll(30, TimeUnit.SECONDS);
            assertNotNull(burst);
            assertEquals(Set.of(root.resolve("content/index.md")), burst);
        }
    }

    @Test
    void theConfigurationFilesGivenAreWatchedWhereverTheyAre() throws Exception {
        Path root = TestSite.write(HYDE_SITE);
        Path elsewhere = TestSite.write("""
                -- conf/site.yml --
                title: A
                -- conf/other.txt --
                not read
                """);
        Path config = elsewhere.resolve("conf/site.yml");
        BlockingQueue<Set<Path>> bursts = new LinkedBlockingQueue<>();
        WatchedSources sources = WatchedSources.of(BuildOptions.of(root).withConfigFiles(List.of(config)));
        try (SourceWatcher watcher = new SourceWatcher(sources, 10, bursts::add, () -> { })) {
            watcher.release();
            Files.writeString(elsewhere.resolve("conf/other.txt"), "changed");
            Files.writeString(root.resolve("_config.yml"), "title: not the one given\n");
            Files.writeString(config, "title: B\n");
            Set<Path> burst = bursts.poll(30, TimeUnit.SECONDS);
            assertNotNull(burst);
            assertEquals(Set.of(config), burst);
        }
    }

    @Test
    void editsMadeWhileHeldAreHandedOverOnRelease() throws Exception {
        Path root = TestSite.write(HYDE_SITE);
        BlockingQueue<Set<Path>> bursts = new LinkedBlockingQueue<>();
        CountDownLatch seen = new CountDownLatch(1);
        try (SourceWatcher watcher = new SourceWatcher(WatchedSources.of(BuildOptions.of(root)), 10, paths -> {
            bursts.add(paths);
            seen.countDown();
        }, () -> { })) {
            Files.writeString(root.resolve("content/index.md"), "---\n---\nwhile building\n");
            watcher.release();
            assertTrue(seen.await(30, TimeUnit.SECONDS));
            assertEquals(Set.of(root.resolve("content/index.md")), bursts.take());
        }
    }

    @Test
    void closeEndsTheWatchersThreads() {
        Path root = TestSite.write(HYDE_SITE);
        SourceWatcher watcher = watch(root, new LinkedBlockingQueue<>(), () -> { });
        assertFalse(watcher.stopped());
        watcher.close();
        assertTrue(watcher.stopped());
    }

    @Test
    void aFolderThatCannotBeWatchedIsAClearError() {
        Path root = TestSite.write(HYDE_SITE);
        Path elsewhere = TestSite.write("""
                -- notafolder --
                a file where the configuration's folder should be
                """);
        WatchedSources sources = WatchedSources.of(BuildOptions.of(root)
                .withConfigFiles(List.of(elsewhere.resolve("notafolder").resolve("_config.yml"))));
        DiagnosticException e = assertThrows(DiagnosticException.class,
                () -> new SourceWatcher(sources, 10, paths -> { }, () -> { }));
        assertEquals("Cannot watch the sources for changes", e.diagnostic().title());
    }

    @Test
    void aJekyllSiteIsWatchedWithoutItsOutputAndHiddenFolders() throws Exception {
        Path root = TestSite.write("""
                -- _config.yml --
                title: J
                -- index.md --
                ---
                ---
                x
                -- _site/index.html --
                old
                -- .git/HEAD --
                ref
                """);
        BlockingQueue<Set<Path>> bursts = new LinkedBlockingQueue<>();
        WatchedSources sources = new WatchedSources(ProjectLayout.detect(root), List.of(root.resolve("_config.yml")));
        try (SourceWatcher watcher = new SourceWatcher(sources, 10, bursts::add, () -> { })) {
            watcher.release();
            Files.writeString(root.resolve("_site/index.html"), "new");
            Files.writeString(root.resolve(".git/HEAD"), "moved");
            Files.writeString(root.resolve("index.md"), "---\n---\ny\n");
            Set<Path> burst = bursts.poll(30, TimeUnit.SECONDS);
            assertNotNull(burst);
            assertEquals(Set.of(root.resolve("index.md")), burst);
        }
    }
}
