package dev.hyde.serve;

import dev.hyde.TestSite;
import dev.hyde.pipeline.BuildOptions;
import dev.hyde.search.SearchIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview server's search index follows every edit, as a clean build of the same files would write it. */
class LiveSearchIndexTest {
    private static final String SHARD = SearchIndex.FOLDER + "t/qu.json";
    private Path root;
    private BuildOptions options;
    private LiveSite live;

    @BeforeEach
    void open() {
        root = TestSite.write("""
                -- content/index.md --
                ---
                title: Home
                ---
                Welcome.
                -- content/animals.md --
                ---
                title: Animals
                ---
                ## Birds

                Robins.
                """);
        options = BuildOptions.of(root).withTime(ZonedDateTime.parse("2020-01-01T00:00:00Z"));
        live = LiveSite.open(options);
    }

    private String file(String path) {
        return new String(live.file(path).orElseThrow(), StandardCharsets.UTF_8);
    }

    private void assertIndexAsCleanBuild() {
        Map<String, String> expected = searchFiles(LiveSite.open(options));
        assertEquals(expected, searchFiles(live));
    }

    private static Map<String, String> searchFiles(LiveSite site) {
        Map<String, String> files = new TreeMap<>();
        site.output().snapshot().forEach((path, bytes) -> {
            if (path.startsWith(SearchIndex.FOLDER)) {
                files.put(path, new String(bytes, StandardCharsets.UTF_8));
            }
        });
        return files;
    }

    @Test
    void aPageBodyEditIsFoundAndADeletedPageIsNot() throws IOException {
        assertTrue(live.file(SHARD).isEmpty());
        Files.writeString(root.resolve("content/animals.md"), """
                ---
                title: Animals
                ---
                ## Birds

                Robins.

                ## Marsupials

                The quokka smiles.
                """);
        live.apply(List.of(root.resolve("content/animals.md")));
        assertEquals(java.util.Set.of("animals.md"), live.lastRendered(), "only the edited page was rendered");
        assertTrue(file(SHARD).contains("\"quokka\""));
        assertTrue(file(SearchIndex.MANIFEST).contains("\"qu\""));
        assertIndexAsCleanBuild();

        Files.delete(root.resolve("content/animals.md"));
        live.apply(List.of(root.resolve("content/animals.md")));
        assertTrue(live.file(SHARD).isEmpty(), "a shard no term needs any more is removed");
        assertFalse(file(SearchIndex.MANIFEST).contains("\"qu\""));
        assertIndexAsCleanBuild();
    }

    @Test
    void turningSearchOffRemovesTheIndex() {
        TestSite.writeInto(root, """
                -- _config.yml --
                search: false
                """);
        live.apply(List.of(root.resolve("_config.yml")));
        assertTrue(searchFiles(live).isEmpty());
        assertFalse(file("index.html").contains("search.js"));
    }
}
