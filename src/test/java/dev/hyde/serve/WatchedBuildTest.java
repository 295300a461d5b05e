package dev.hyde.serve;

import dev.hyde.Hyde;
import dev.hyde.TestSite;
import dev.hyde.pipeline.BuildOptions;
import dev.hyde.pipeline.BuildResult;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code hyde build --watch}: each good state of the sources replaces site/ whole; errors leave it as it was. */
class WatchedBuildTest {
    private static final String SITE = """
            -- content/index.md --
            ---
            title: Home
            ---
            First version
            -- content/guide.md --
            ---
            title: Guide
            ---
            Back [home](../).
            """;

    private static String body(Path site, String page) throws IOException {
        return Jsoup.parse(site.resolve(page).toFile()).expectFirst(".doc-body").text();
    }

    @Test
    void editsAreWrittenAFailingEditKeepsTheLastGoodSiteAndTheFixRecovers() throws Exception {
        Path root = TestSite.write(SITE);
        Path site = root.resolve("site");
        BlockingQueue<WatchedBuild.Result> results = new LinkedBlockingQueue<>();
        try (WatchedBuild watching = WatchedBuild.start(BuildOptions.of(root).withTime(TestSite.TIME), results::add)) {
            WatchedBuild.Result first = results.take();
            assertTrue(first.first() && first.written(), first.summary());
            assertEquals(2, first.pagesRendered());
            assertTrue(first.summary().startsWith("Built 2 pages and wrote "), first.summary());
            assertEquals("First version", body(site, "index.html"));

            Path index = root.resolve("content/index.md");
            save(index, "---\ntitle: Home\n---\nSecond version\n");
            watching.rebuild(Set.of(index));
            WatchedBuild.Result second = results.take();
            assertTrue(second.written(), second.summary());
            assertEquals(1, second.pagesRendered(), "only the edited page is rendered again");
            assertTrue(second.summary().startsWith("Rebuilt 1 page and wrote "), second.summary());
            assertEquals("Second version", body(site, "index.html"));

            save(index, "---\ntitle: Home\n---\nBroken {% include nope.html %}\n");
            watching.rebuild(Set.of(index));
            WatchedBuild.Result broken = results.take();
            assertFalse(broken.written(), broken.summary());
            assertTrue(broken.summary().endsWith("the sources have errors, so " + site + " keeps the last good site"),
                    broken.summary());
            var error = broken.diagnostics().stream().filter(d -> d.isError()).findFirst().orElseThrow();
            assertEquals("content/index.md", error.file());
            assertEquals(4, error.line());
            assertTrue(error.title().startsWith("Include not found: nope.html"), error.title());
            assertEquals("Second version", body(site, "index.html"), "the last good site stays");
            try (var beside = Files.list(root)) {
                assertEquals(Set.of("content", "site"), beside.map(p -> p.getFileName().toString())
                        .collect(java.util.stream.Collectors.toSet()), "no staging folder left behind");
            }

            save(index, "---\ntitle: Home\n---\nFixed version\n");
            watching.rebuild(Set.of(index));
            WatchedBuild.Result fixed = results.take();
            assertTrue(fixed.written(), fixed.summary());
            assertEquals("Fixed version", body(site, "index.html"));
        }
        // what --watch wrote is what a clean build of the same sources writes
        Path clean = root.resolveSibling(root.getFileName() + "-clean");
        BuildResult build = Hyde.build(BuildOptions.of(root).withTime(TestSite.TIME).withDestination(clean));
        assertTrue(build.succeeded(), build.diagnostics().toString());
        assertEquals(files(clean), files(site));
    }

    @Test
    void theWatcherNoticesAnEditOnDisk() throws Exception {
        Path root = TestSite.write(SITE);
        BlockingQueue<WatchedBuild.Result> results = new LinkedBlockingQueue<>();
        try (WatchedBuild watching = WatchedBuild.start(BuildOptions.of(root), results::add)) {
            assertTrue(results.take().written());
            Files.writeString(root.resolve("content/guide.md"), "---\ntitle: Guide\n---\nEdited on disk.\n");
            WatchedBuild.Result edited = results.poll(30, TimeUnit.SECONDS);
            assertNotNull(edited, "no rebuild within 30 s");
            assertTrue(edited.written(), edited.summary());
            assertEquals("Edited on disk.", body(root.resolve("site"), "guide/index.html"));
        }
    }

    @Test
    void aDestinationInsideTheSourcesIsRefused() {
        Path root = TestSite.write(SITE);
        var e = org.junit.jupiter.api.Assertions.assertThrows(dev.hyde.diag.DiagnosticException.class,
                () -> WatchedBuild.start(BuildOptions.of(root).withDestination(root.resolve("content")), r -> { }));
        assertFalse(e.diagnostic().hint().isEmpty(), e.diagnostic().toString());
        assertTrue(Files.isRegularFile(root.resolve("content/index.md")));
    }

    /**
     * Replaces the file in one step, as many editors save: the watcher (which runs too) never
     * reads it half written, so whichever of it and the test's own call rebuilds first sees the
     * whole edit, and the other finds nothing new.
     */
    private static void save(Path file, String text) throws IOException {
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(temp, text);
        Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aDestinationHoldingVersionsOfTheDocsIsRefusedAndKept() throws IOException {
        Path root = TestSite.write(SITE + """
                -- _config.yml --
                versions:
                  - name: "1.0"
                """);
        assertTrue(Hyde.build(BuildOptions.of(root).withVersion("1.0")).succeeded());
        var e = org.junit.jupiter.api.Assertions.assertThrows(dev.hyde.diag.DiagnosticException.class,
                () -> WatchedBuild.start(BuildOptions.of(root), r -> { }));
        assertTrue(e.diagnostic().title().contains("several versions"), e.diagnostic().toString());
        assertTrue(Files.isRegularFile(root.resolve("site/versions.json")));
    }

    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
