package dev.hyde.source;

import dev.hyde.Hyde;
import dev.hyde.TestSite;
import dev.hyde.build.BuildOptions;
import dev.hyde.build.BuildResult;
import dev.hyde.diag.DiagnosticFormatter;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ByteOrderMarkTest {
    private static final String PAGE = "---\ntitle: Hello\n---\n# Heading\n\nText.\n";

    @Test
    void aPageWithByteOrderMarkAndCrlfBuildsLikeTheLfPage() throws Exception {
        byte[] lf = buildPage(PAGE.getBytes(StandardCharsets.UTF_8));
        byte[] bomCrlf = buildPage(("\uFEFF" + PAGE.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
        assertTrue(new String(lf, StandardCharsets.UTF_8).contains("Heading"));
        assertArrayEquals(lf, bomCrlf);
    }

    private static byte[] buildPage(byte[] page) throws Exception {
        Path root = TestSite.write("""
                -- content/index.md --
                Home
                """);
        Files.write(root.resolve("content/guide.md"), page);
        BuildResult result = Hyde.build(BuildOptions.of(root).withTime(TestSite.TIME));
        assertTrue(result.succeeded(), () -> DiagnosticFormatter.formatAll(result.diagnostics()));
        return Files.readAllBytes(root.resolve("site/guide/index.html"));
    }
}
