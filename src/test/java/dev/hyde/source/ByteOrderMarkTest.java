package dev.hyde.source;

import dev.hyde.Hyde;
import dev.hyde.TestSite;
import dev.hyde.pipeline.BuildOptions;
import dev.hyde.pipeline.BuildResult;
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

    private static final String SITE = """
            -- _config.yml --
            title: Docs
            -- _data/team.yml --
            lead: Ann
            -- templates/_includes/note.html --
            <aside>{{ include.text }}</aside>
            -- templates/default.ftlh --
            ---
            layout: base
            ---
            <main>${content?no_esc}</main>
            -- templates/base.ftlh --
            <html><title>${site.title} | ${page.title}</title><body>${content?no_esc}</body></html>
            -- content/index.md --
            ---
            title: Home
            ---
            Led by {{ site.data.team.lead }}.
            {% include note.html text="Read me" %}
            """;

    /** Config, data, includes and layouts written by a Windows editor build like LF files. */
    @Test
    void everyKindOfSourceWithByteOrderMarkAndCrlfBuildsLikeLf() throws Exception {
        Path lf = TestSite.write(SITE);
        Path windows = TestSite.write(SITE);
        try (var walk = Files.walk(windows)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Files.writeString(file, "\uFEFF" + text.replace("\n", "\r\n"), StandardCharsets.UTF_8);
            }
        }
        byte[] expected = build(lf);
        assertTrue(new String(expected, StandardCharsets.UTF_8).contains("<title>Docs | Home</title>"));
        assertTrue(new String(expected, StandardCharsets.UTF_8).contains("Led by Ann."));
        assertArrayEquals(expected, build(windows));
    }

    private static byte[] build(Path root) throws Exception {
        BuildResult result = Hyde.build(BuildOptions.of(root).withTime(TestSite.TIME));
        assertTrue(result.succeeded(), () -> DiagnosticFormatter.formatAll(result.diagnostics()));
        return Files.readAllBytes(root.resolve("site/index.html"));
    }
}
