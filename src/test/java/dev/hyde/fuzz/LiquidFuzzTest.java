package dev.hyde.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hyde.config.ConfigLoader;
import dev.hyde.config.ProjectLayout;
import dev.hyde.deps.ReadRecorder;
import dev.hyde.diag.DiagnosticException;
import dev.hyde.diag.Diagnostics;
import dev.hyde.liquid.LiquidEngine;
import dev.hyde.liquid.LiquidTemplate;
import dev.hyde.markdown.MarkdownRenderer;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The Liquid stage on any page body: it renders, or it reports a diagnostic for the page. */
class LiquidFuzzTest {
    private static final String FILE = "content/page.md";
    /**
     * One engine for all inputs, as a build uses one for all pages; the fuzzer reuses this instance.
     * Jekyll's lax reading (error_mode: warn) is on, so its paths are fuzzed too.
     */
    private final LiquidEngine engine = new LiquidEngine(new ProjectLayout(project()), ZoneOffset.UTC,
            new MarkdownRenderer()::render, new Diagnostics(), ConfigLoader.DEFAULT_LIQUID_LIMITS,
            dev.hyde.config.LiquidOptions.JEKYLL);

    private static final Map<String, Object> VARIABLES = Map.of(
            "page", Map.of("title", "Guide", "tags", List.of("a", "b"), "n", 3,
                    "date", java.time.ZonedDateTime.parse("2017-07-11T15:29:34-07:00")),
            "site", Map.of("title", "Site", "pages", List.of(Map.of("title", "One", "url", "/one/")),
                    "data", Map.of("nav", List.of(Map.of("name", "Home", "link", "/")))));

    @FuzzTest(maxDuration = FuzzInput.SESSION)
    @Timeout(value = FuzzInput.SECONDS_PER_INPUT, unit = TimeUnit.SECONDS)
    void parseAndRender(byte[] data) {
        String body = FuzzInput.text(data);
        try {
            LiquidTemplate template = engine.parse(body, FILE, 4);
            assertNotNull(engine.render(template, VARIABLES, new ReadRecorder()));
        } catch (DiagnosticException e) {
            FuzzChecks.wellFormed(e, e.diagnostic().file().startsWith("templates/") ? e.diagnostic().file() : FILE);
        }
    }

    /** A project with one include, so include tags in the input can find something. */
    private static Path project() {
        try {
            Path root = Files.createTempDirectory(Files.createDirectories(Path.of("target", "fuzz")).toAbsolutePath(), "liquid");
            Path includes = Files.createDirectories(root.resolve("templates/_includes"));
            Files.writeString(includes.resolve("note.html"), "<p class=\"note\">{{ include.text }}</p>\n");
            Files.createDirectories(root.resolve("content"));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
