package dev.hyde.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hyde.Hyde;
import dev.hyde.TestSite;
import dev.hyde.pipeline.BuildOptions;
import dev.hyde.pipeline.BuildResult;
import dev.hyde.diag.Diagnostic;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole pipeline: a small site whose one page is the fuzzer's input (front matter and body),
 * built for real. The build succeeds or returns diagnostics; it never throws, and it never writes
 * outside the site folder.
 */
class SiteFuzzTest {
    private static final String FILE = "content/page.md";
    /** The fuzzer reuses this instance, so all inputs share one project folder. */
    private final Path root = TestSite.write("""
            -- templates/default.ftlh --
            <html><head><title>${page.title!""}</title></head><body><main>${content?no_esc}</main></body></html>
            -- templates/_includes/note.html --
            <aside>{{ include.text }}</aside>
            -- content/index.md --
            ---
            title: Home
            ---
            Home
            """);

    @FuzzTest(maxDuration = FuzzInput.SESSION)
    @Timeout(value = FuzzInput.SECONDS_PER_INPUT, unit = TimeUnit.SECONDS)
    void build(byte[] data) throws IOException {
        Files.writeString(root.resolve(FILE), FuzzInput.text(data));
        BuildResult result = Hyde.build(BuildOptions.of(root).withTime(TestSite.TIME));
        for (Diagnostic d : result.diagnostics()) {
            FuzzChecks.wellFormed(d);
        }
        if (result.succeeded()) {
            assertTrue(Files.isRegularFile(result.destination().resolve("index.html")), "the home page is written");
        }
        assertTrue(onlyKnownFolders(), "nothing is written beside the project's own folders");
    }

    /** A hostile permalink must not make the build write into the project root or above it. */
    private boolean onlyKnownFolders() {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.map(p -> p.getFileName().toString())
                    .allMatch(name -> name.equals("content") || name.equals("templates") || name.equals("site")
                            || name.startsWith(".site."));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
