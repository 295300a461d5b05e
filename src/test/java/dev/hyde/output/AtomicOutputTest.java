package dev.hyde.output;

import dev.hyde.Hyde;
import dev.hyde.TestSite;
import dev.hyde.pipeline.BuildOptions;
import dev.hyde.pipeline.BuildResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AtomicOutputTest {
    private static final String GOOD = """
            -- content/index.md --
            ---
            title: Home
            ---
            Hello
            -- content/guide.md --
            ---
            title: Guide
            ---
            Guide
            """;

    @Test
    void failedBuildLeavesThePreviousSiteByteForByte() throws IOException {
        TestSite site = TestSite.build(GOOD);
        Map<String, byte[]> before = snapshot(site.site());
        TestSite.writeInto(site.root(), """
                -- content/guide.md --
                ---
                title: Guide
                ---
                {% include missing.html %}
                -- content/new.md --
                ---
                title: New
                ---
                New page
                """);
        BuildResult result = Hyde.build(BuildOptions.of(site.root()));
        assertFalse(result.succeeded());
        assertEquals(0, result.pagesWritten());
        assertSameFiles(before, snapshot(site.site()));
        assertNoStagingLeftovers(site.root());
    }

    @Test
    void successfulBuildReplacesTheWholeSite() throws IOException {
        TestSite site = TestSite.build(GOOD);
        Files.delete(site.root().resolve("content/guide.md"));
        Files.writeString(site.site().resolve("stale.txt"), "left over");
        BuildResult result = Hyde.build(BuildOptions.of(site.root()));
        assertTrue(result.succeeded());
        assertFalse(site.exists("guide/index.html"));
        assertFalse(site.exists("stale.txt"));
        assertTrue(site.exists("index.html"));
        assertNoStagingLeftovers(site.root());
    }

    @Test
    void twoBuildsOfTheSameSourcesAreByteIdentical() throws IOException {
        TestSite site = TestSite.build(GOOD);
        Map<String, byte[]> first = snapshot(site.site());
        Hyde.build(BuildOptions.of(site.root()));
        assertSameFiles(first, snapshot(site.site()));
    }

    @Test
    void unchangedFilesKeepTheirModificationTimeAndChangedOnesDoNot() throws IOException {
        TestSite site = TestSite.build(GOOD);
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(site.site().resolve("index.html"), old);
        Files.setLastModifiedTime(site.site().resolve("guide/index.html"), old);
        TestSite.writeInto(site.root(), """
                -- content/guide.md --
                ---
                title: Guide
                ---
                Guide, revised
                """);
        assertTrue(Hyde.build(BuildOptions.of(site.root())).succeeded());
        assertEquals(old, Files.getLastModifiedTime(site.site().resolve("index.html")));
        assertTrue(Files.getLastModifiedTime(site.site().resolve("guide/index.html")).compareTo(old) > 0);
    }

    /**
     * A file the build writes as it was is the previous site's file, its time kept; a symbolic
     * link put in the site in its place, even to the same bytes, is never taken over.
     */
    @Test
    void aFileWrittenAsItWasIsTheSameFileButALinkPutInItsPlaceIsNot() throws IOException {
        TestSite site = TestSite.build(GOOD);
        Path index = site.site().resolve("index.html");
        Object before = Files.readAttributes(index, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        Path guide = site.site().resolve("guide/index.html");
        Path outside = Files.createTempDirectory("outside").resolve("guide.html");
        Files.copy(guide, outside);
        Files.delete(guide);
        Files.createSymbolicLink(guide, outside);
        assertTrue(Hyde.build(BuildOptions.of(site.root())).succeeded());
        assertEquals(before, Files.readAttributes(index, java.nio.file.attribute.BasicFileAttributes.class).fileKey(),
                "the same file (inode) as before");
        assertFalse(Files.isSymbolicLink(guide));
        assertTrue(Files.isRegularFile(guide));
        assertEquals(Files.readString(outside), Files.readString(guide));
        assertTrue(Files.exists(outside), "the file outside is untouched");
    }

    @Test
    void destinationThatIsTheProjectRootIsRefusedBeforeAnythingIsDeleted() throws IOException {
        TestSite site = TestSite.build(GOOD);
        Map<String, byte[]> before = snapshot(site.root());
        for (Path destination : new Path[] {site.root(), site.root().getParent(), site.root().resolve("content/out"),
                site.root().resolve("templates")}) {
            BuildResult result = Hyde.build(BuildOptions.of(site.root()).withDestination(destination));
            assertFalse(result.succeeded(), destination.toString());
            String title = result.errors().get(0).title();
            assertTrue(title.startsWith("Output directory"), title);
            assertFalse(result.errors().get(0).hint().isEmpty());
        }
        assertSameFiles(before, snapshot(site.root()));
    }

    private static void assertNoStagingLeftovers(Path root) throws IOException {
        try (Stream<Path> files = Files.list(root)) {
            assertEquals(0, files.filter(p -> p.getFileName().toString().startsWith(".site.")).count());
        }
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertTrue(java.util.Arrays.equals(bytes, actual.get(path)), path));
    }

    private static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
