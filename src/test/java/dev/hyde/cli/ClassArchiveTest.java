package dev.hyde.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When the class archive is made, used, replaced and left alone; the JVM's side is CliEndToEndTest's. */
class ClassArchiveTest {
    private static final List<String> OPTIONS = TunedJvm.options("build");

    @TempDir
    Path dir;

    private Map<String, String> env() {
        return Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());
    }

    private Path jar(String name, String content) throws IOException {
        Path jar = dir.resolve(name);
        Files.writeString(jar, content);
        return jar;
    }

    private List<String> files() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("cache/hyde"))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theFirstRunOnlyNotesItTheSecondMakesTheArchiveAndLaterOnesUseIt() throws IOException {
        Path jar = jar("hyde-cli.jar", "a jar");
        ClassArchive first = ClassArchive.prepare(jar, OPTIONS, env());
        assertEquals(List.of(), first.options());
        first.finish(0);
        assertEquals(1, files().size());
        assertTrue(files().get(0).endsWith(".seen"), files().toString());

        ClassArchive second = ClassArchive.prepare(jar, OPTIONS, env());
        String making = second.options().stream().filter(o -> o.startsWith("-XX:ArchiveClassesAtExit=")).findFirst()
                .orElseThrow().substring("-XX:ArchiveClassesAtExit=".length());
        assertTrue(second.options().contains("-Xlog:cds=off"), second.options().toString());
        Files.writeString(Path.of(making), "what the JVM wrote at its exit");
        second.finish(0);
        assertEquals(1, files().size(), files().toString());
        assertTrue(files().get(0).endsWith(".jsa"), files().toString());

        ClassArchive third = ClassArchive.prepare(jar, OPTIONS, env());
        assertTrue(third.options().contains("-XX:SharedArchiveFile=" + dir.resolve("cache/hyde").resolve(files().get(0))),
                third.options().toString());
        third.finish(0);
        assertEquals(1, files().size());
    }

    @Test
    void aJvmThatFailedLeavesNoArchive() throws IOException {
        Path jar = jar("hyde-cli.jar", "a jar");
        ClassArchive.prepare(jar, OPTIONS, env()).finish(0);
        ClassArchive failed = ClassArchive.prepare(jar, OPTIONS, env());
        String making = failed.options().get(failed.options().size() - 1).replaceFirst("^-XX:ArchiveClassesAtExit=", "");
        Files.writeString(Path.of(making), "half an archive");
        failed.finish(3);
        assertFalse(Files.exists(Path.of(making)));
        assertTrue(files().stream().noneMatch(f -> f.endsWith(".jsa")), files().toString());
        // and the next run makes it again
        assertTrue(ClassArchive.prepare(jar, OPTIONS, env()).options().stream()
                .anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit=")));
    }

    @Test
    void anotherJarOrOtherOptionsGetTheirOwnArchiveAndOnlyTheNewestFourAreKept() throws IOException {
        for (int i = 0; i < 6; i++) {
            Path jar = jar("hyde-" + i + ".jar", "jar " + i);
            ClassArchive.prepare(jar, OPTIONS, env()).finish(0);
            ClassArchive making = ClassArchive.prepare(jar, OPTIONS, env());
            Path file = Path.of(making.options().get(making.options().size() - 1)
                    .replaceFirst("^-XX:ArchiveClassesAtExit=", ""));
            Files.writeString(file, "archive " + i);
            making.finish(0);
            try (Stream<Path> archives = Files.list(dir.resolve("cache/hyde"))) {
                for (Path archive : archives.filter(f -> f.toString().endsWith(".jsa")).toList()) {
                    if (Files.readString(archive).equals("archive " + i)) {
                        continue;
                    }
                    // older than the one just made, as they would be
                    Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(archive).toMillis() - 1000));
                }
            }
        }
        List<String> kept = new java.util.ArrayList<>();
        for (String archive : files().stream().filter(f -> f.endsWith(".jsa")).toList()) {
            kept.add(Files.readString(dir.resolve("cache/hyde").resolve(archive)));
        }
        assertEquals(List.of("archive 2", "archive 3", "archive 4", "archive 5"), kept.stream().sorted().toList());
        Path serveJar = jar("hyde-5.jar", "jar 5");
        assertEquals(List.of(), ClassArchive.prepare(serveJar, TunedJvm.options("serve"), env()).options(),
                "other options: another archive, not made yet");
    }

    @Test
    void onlyHotSpotGetsTheOptions() {
        assertTrue(ClassArchive.hotSpot("OpenJDK 64-Bit Server VM"));
        assertTrue(ClassArchive.hotSpot("Java HotSpot(TM) 64-Bit Server VM"));
        assertFalse(ClassArchive.hotSpot("Eclipse OpenJ9 VM"));
        assertFalse(ClassArchive.hotSpot(""));
    }

    @Test
    void offDoesWithoutAndAFolderThatCannotBeWrittenIsNoError() throws IOException {
        Path jar = jar("hyde-cli.jar", "a jar");
        assertEquals(List.of(), ClassArchive.prepare(jar, OPTIONS, Map.of("HYDE_CLASS_ARCHIVE", "off",
                "XDG_CACHE_HOME", dir.resolve("cache").toString())).options());
        assertFalse(Files.exists(dir.resolve("cache")));

        Files.writeString(dir.resolve("blocked"), "a file where the folder would be");
        ClassArchive blocked = ClassArchive.prepare(jar, OPTIONS, Map.of("XDG_CACHE_HOME", dir.resolve("blocked").toString()));
        assertEquals(List.of(), blocked.options());
        blocked.finish(0);
    }
}
