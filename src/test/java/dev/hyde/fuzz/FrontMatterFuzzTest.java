package dev.hyde.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hyde.diag.DiagnosticException;
import dev.hyde.model.FrontMatter;
import dev.hyde.source.FrontMatterReader;
import dev.hyde.source.FrontMatterSplitter;
import org.junit.jupiter.api.Timeout;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Splitting a file into front matter and body, then reading the front matter, on any text. */
class FrontMatterFuzzTest {

    @FuzzTest(maxDuration = FuzzInput.SESSION)
    @Timeout(value = FuzzInput.SECONDS_PER_INPUT, unit = TimeUnit.SECONDS)
    void splitAndRead(byte[] data) {
        String text = FuzzInput.text(data);
        Optional<FrontMatterSplitter.Split> split = FrontMatterSplitter.split(text);
        if (!FrontMatterSplitter.startsWithFence(text)) {
            assertTrue(split.isEmpty(), "only a file opening with a fence has front matter");
        }
        if (split.isEmpty()) {
            return;
        }
        FrontMatterSplitter.Split s = split.get();
        // The parts are the file's own text, in order: YAML then body, both inside the file.
        assertTrue(text.startsWith(s.yaml(), text.indexOf('\n') + 1), "YAML is the text after the opening fence");
        assertTrue(text.endsWith(s.body()), "body is the end of the file");
        assertTrue(s.bodyLine() >= 3, "the body starts after two fence lines");
        try {
            FrontMatter frontMatter = FrontMatterReader.read(s.yaml(), "content/page.md", s.yamlLine(), warning -> { });
            assertNotNull(frontMatter.values());
        } catch (DiagnosticException e) {
            FuzzChecks.wellFormed(e, "content/page.md");
        }
    }
}
