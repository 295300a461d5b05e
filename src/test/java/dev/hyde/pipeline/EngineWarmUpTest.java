package dev.hyde.pipeline;

import dev.hyde.config.ProjectLayout;
import dev.hyde.layout.LayoutStage;
import dev.hyde.liquid.LiquidEngine;
import dev.hyde.markdown.MarkdownRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The warm-up swallows what its samples throw (the build does the work anyway), so a sample
 * broken by a change of an engine would silently take the warm-up's use away: each is run here.
 */
class EngineWarmUpTest {

    @Test
    void everyEnginesSampleRenders(@TempDir Path project) throws Exception {
        Files.createDirectories(project.resolve("content"));
        assertDoesNotThrow(() -> MarkdownRenderer.warmUp(true));
        assertDoesNotThrow(() -> MarkdownRenderer.warmUp(false));
        assertDoesNotThrow(() -> LiquidEngine.warmUp(new ProjectLayout(project)));
        assertDoesNotThrow(LayoutStage::warmUp);
    }

    @Test
    void theWarmUpReadsAndWritesNothingOfTheProject(@TempDir Path project) throws Exception {
        Files.createDirectories(project.resolve("content"));
        Files.writeString(project.resolve("content/index.md"), "---\ntitle: Home\n---\nHello\n");
        EngineWarmUp.start(new ProjectLayout(project));
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals("hyde-warm-up")) {
                thread.join(60_000); // (or it has ended already)
            }
        }
        try (var files = Files.walk(project)) {
            assertEquals(java.util.List.of("content", "content/index.md"), files.filter(file -> !file.equals(project))
                    .map(file -> project.relativize(file).toString().replace('\\', '/')).sorted().toList());
        }
    }
}
