package dev.hyde.serve;

import dev.hyde.TestSite;
import dev.hyde.config.ProjectLayout;
import io.methvin.watcher.DirectoryChangeEvent;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceWatcherTest {

    @Test
    void overflowAsksForAFullRebuild() throws Exception {
        Path root = TestSite.write("""
                -- content/index.md --
                ---
                ---
                x
                """);
        CountDownLatch fullRebuild = new CountDownLatch(1);
        try (SourceWatcher watcher = new SourceWatcher(new ProjectLayout(root), 10, paths -> { }, fullRebuild::countDown)) {
            watcher.onEvent(new DirectoryChangeEvent(DirectoryChangeEvent.EventType.OVERFLOW, false, null, null, 1, root));
            assertTrue(fullRebuild.await(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void reportsSourcesButNotOtherFoldersOfTheProject() throws Exception {
        Path root = TestSite.write("""
                -- content/index.md --
                ---
                ---
                x
                -- target/build.log --
                y
                """);
        BlockingQueue<Set<Path>> bursts = new LinkedBlockingQueue<>();
        try (SourceWatcher watcher = new SourceWatcher(new ProjectLayout(root), 10, bursts::add, () -> { })) {
            Thread.sleep(200); // let the watcher register its folders
            Files.writeString(root.resolve("target/build.log"), "changed");
            Files.writeString(root.resolve("content/index.md"), "---\n---\nchanged\n");
            Set<Path> burst = bursts.poll(10, TimeUnit.SECONDS);
            assertNotNull(burst);
            assertEquals(Set.of(root.resolve("content/index.md")), burst);
        }
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
        try (SourceWatcher watcher = new SourceWatcher(ProjectLayout.detect(root), 10, bursts::add, () -> { })) {
            Thread.sleep(200);
            Files.writeString(root.resolve("_site/index.html"), "new");
            Files.writeString(root.resolve(".git/HEAD"), "moved");
            Files.writeString(root.resolve("index.md"), "---\n---\ny\n");
            Set<Path> burst = bursts.poll(10, TimeUnit.SECONDS);
            assertNotNull(burst);
            assertEquals(Set.of(root.resolve("index.md")), burst);
        }
    }
}
