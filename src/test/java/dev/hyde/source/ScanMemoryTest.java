package dev.hyde.source;

import dev.hyde.TestSite;
import dev.hyde.config.ConfigLoader;
import dev.hyde.config.ProjectLayout;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.Diagnostics;
import dev.hyde.model.FrontMatter;
import dev.hyde.model.Page;
import dev.hyde.model.PageBody;
import dev.hyde.model.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A scan takes what its memory recalls of a file instead of reading it, and tells it what it read. */
class ScanMemoryTest {
    private static final String SITE = """
            -- content/index.md --
            ---
            title: Home
            ---
            Welcome home.
            -- content/guide.md --
            ---
            title: Written
            title: Twice
            ---
            The guide's text.
            """;

    /** Remembers what it is told; recalls what it was given for a path. */
    private static final class Memory implements ScanMemory {
        final Map<String, Recalled> recalled;
        final Map<String, ReadPage> told = new ConcurrentHashMap<>();

        Memory(Map<String, Recalled> recalled) {
            this.recalled = recalled;
        }

        @Override
        public Optional<Recalled> recall(SourceFile file) {
            return Optional.ofNullable(recalled.get(file.relativePath()));
        }

        @Override
        public void remember(SourceFile file, ReadPage page) {
            told.put(file.relativePath(), page);
        }
    }

    private static List<Page> scan(Path root, ScanMemory memory, Diagnostics diagnostics) {
        ProjectLayout layout = ProjectLayout.detect(root);
        return SourceScanner.scan(layout, ConfigLoader.load(layout, TestSite.TIME, diagnostics), false,
                root.resolve("site"), diagnostics, Long.MAX_VALUE, memory).pages();
    }

    private static Page page(List<Page> pages, String path) {
        return pages.stream().filter(p -> p.contentPath().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void aFileTheMemoryRecallsIsNotReadAndItsBodyStaysInTheFile() throws java.io.IOException {
        Path root = TestSite.write(SITE);
        Memory first = new Memory(Map.of());
        Diagnostics read = new Diagnostics();
        Page written = page(scan(root, first, read), "guide.md");
        assertEquals("Twice", written.frontMatter().title());
        assertEquals(1, first.told.get("content/guide.md").warnings().size(), "the repeated key");
        assertEquals(2, first.told.size(), "both pages told");

        ScanMemory.ReadPage told = first.told.get("content/guide.md");
        FrontMatter other = new FrontMatter("Remembered", "", "", true, false, Optional.empty(),
                Map.of("title", "Remembered"), 0, 0, 0, 0);
        Diagnostic warning = told.warnings().get(0);
        byte[] file = Files.readAllBytes(root.resolve("content/guide.md"));
        Memory second = new Memory(Map.of("content/guide.md", new ScanMemory.Recalled(new ScanMemory.ReadPage(other,
                List.of(warning), told.bodyOffset(), told.bodyLine()), file.length, PageBody.checksum(file))));
        Diagnostics recalled = new Diagnostics();
        List<Page> pages = scan(root, second, recalled);
        Page guide = page(pages, "guide.md");
        assertEquals("Remembered", guide.frontMatter().title(), "taken from the memory, not the file");
        assertTrue(guide.text().inFile());
        assertEquals("The guide's text.\n", guide.body());
        assertEquals(written.bodyLine(), guide.bodyLine());
        assertEquals(read.sorted(), recalled.sorted(), "its warning given again");
        assertFalse(second.told.containsKey("content/guide.md"), "a page recalled is not read, so not told");
        assertEquals("Home", page(pages, "index.md").frontMatter().title());
        assertTrue(second.told.containsKey("content/index.md"));
    }
}
