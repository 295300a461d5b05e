package dev.hyde.serve;

import dev.hyde.pipeline.Plural;
import dev.hyde.diag.Diagnostic;

import java.time.Duration;
import java.util.List;

/**
 * What one rebuild of the preview server did, for its log.
 *
 * @param generation    the site's generation after it
 * @param took          how long it took, from the edit being noticed to the reload being sent
 * @param pagesRendered how many pages were rendered again
 * @param diagnostics   the sources' problems now
 */
public record Rebuild(long generation, Duration took, int pagesRendered, List<Diagnostic> diagnostics) {

    public Rebuild {
        diagnostics = List.copyOf(diagnostics);
    }

    /** One line for the terminal or the log: "Rebuilt 1 page in 12 ms". */
    public String summary() {
        return "Rebuilt " + Plural.of(pagesRendered, "page") + " in " + took.toMillis() + " ms";
    }
}
