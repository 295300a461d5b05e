package dev.hyde.model;

import dev.hyde.TestSite;
import dev.hyde.config.ConfigLoader;
import dev.hyde.config.ProjectLayout;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;
import dev.hyde.diag.Diagnostics;
import dev.hyde.source.SourceScanner;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A scan holding no more than its budget of page bodies: the rest are read again from their files. */
class PageBodyTest {
    private static final String SITE = """
            -- content/index.md --
            ---
            title: Home
            ---
            Welcome home.
            -- content/guide.md --
            ---
            title: Guide
            ---
            # Guide

            Read {{ site.title }}.
            """;

    private static List<Page> scan(Path root, long budget) {
        ProjectLayout layout = ProjectLayout.detect(root);
        Diagnostics diagnostics = new Diagnostics();
        List<Page> pages = SourceScanner.scan(layout, ConfigLoader.load(layout, TestSite.TIME, diagnostics), false,
                root.resolve("site"), diagnostics, budget).pages();
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
        return pages;
    }

    private static Page page(List<Page> pages, String path) {
        return pages.stream().filter(p -> p.contentPath().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void bodiesBeyondTheBudgetAreReadFromTheirFilesAsTheyWere() throws Exception {
        Path root = TestSite.write(SITE);
        // a Windows editor's file: byte-order mark and CRLF read as the scan read them
        Files.writeString(root.resolve("content/guide.md"), "\uFEFF---\r\ntitle: Guide\r\n---\r\n# Guide\r\n\r\nRead {{ site.title }}.\r\n",
                StandardCharsets.UTF_8);
        List<Page> held = scan(root, Long.MAX_VALUE);
        List<Page> read = scan(root, 0);
        assertFalse(page(held, "guide.md").text().inFile());
        assertTrue(page(read, "guide.md").text().inFile());
        assertEquals("# Guide\n\nRead {{ site.title }}.\n", page(read, "guide.md").body());
        assertEquals(page(held, "guide.md").body(), page(read, "guide.md").body());
        assertEquals(page(held, "guide.md"), page(read, "guide.md"));
        assertEquals(4, page(read, "guide.md").bodyLine());
    }

    @Test
    void aBudgetHoldsTheFirstBodiesThatFitIt() throws Exception {
        Path root = TestSite.write(SITE);
        List<Page> pages = scan(root, "Welcome home.\n".length());
        assertEquals(1, pages.stream().filter(p -> !p.text().inFile()).count());
        assertEquals(1, pages.stream().filter(p -> p.text().inFile()).count());
    }

    @Test
    void aFileChangedAfterItsScanIsReportedNotRenderedWithTheOldFrontMatter() throws Exception {
        Path root = TestSite.write(SITE);
        Page guide = page(scan(root, 0), "guide.md");
        Files.writeString(root.resolve("content/guide.md"), "---\ntitle: Renamed\n---\nNew text.\n");
        DiagnosticException changed = assertThrows(DiagnosticException.class, guide::body);
        Diagnostic problem = changed.diagnostic();
        assertEquals("File changed while the site was being built", problem.title());
        assertEquals("content/guide.md", problem.file());
        assertTrue(problem.hint().contains("Run the build again"), problem.hint());

        Files.delete(root.resolve("content/guide.md"));
        assertEquals("File vanished while the site was being built",
                assertThrows(DiagnosticException.class, guide::body).diagnostic().title());
    }
}
