package dev.hyde.pipeline;

import dev.hyde.config.ProjectLayout;
import dev.hyde.layout.LayoutStage;
import dev.hyde.liquid.LiquidEngine;
import dev.hyde.markdown.MarkdownRenderer;

/**
 * Gets the rendering engines' classes loaded and initialised on a spare core while a build reads
 * the project. In a fresh JVM the first page a build renders pays for loading and initialising
 * commonmark, Liqp and FreeMarker (a few hundred milliseconds, on the build's one thread at that
 * point); a build that renders only a few pages, or only one after an edit, spends a good part of
 * its time there. Rendering a sample through each engine first, in parallel with the hashing and
 * reading of the project's files that precede any rendering, takes that off the build's path.
 * Nothing the samples give is kept, and a sample that fails changes nothing: the build does the
 * same work itself.
 */
public final class EngineWarmUp {
    private EngineWarmUp() {
    }

    /** Starts the samples on a thread of their own, which ends with them (or with the JVM). */
    public static void start(ProjectLayout project) {
        Thread thread = new Thread(() -> run(project), "hyde-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run(ProjectLayout project) {
        try {
            MarkdownRenderer.warmUp(!project.isJekyll());
            LiquidEngine.warmUp(project);
            LayoutStage.warmUp();
        } catch (RuntimeException | LinkageError e) {
            // a sample that does not render only leaves the work to the build, which reports its own problems
        }
    }
}
