package dev.hyde.serve;

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
}
