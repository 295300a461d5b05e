package dev.hyde;

import dev.hyde.pipeline.BuildOptions;
import dev.hyde.pipeline.BuildResult;
import dev.hyde.pipeline.SiteBuilder;

/**
 * Hyde's one entry point: the CLI, the Maven goal and tests all build sites through here.
 * Never throws for a problem in the user's input: those come back as diagnostics in the result.
 */
public final class Hyde {
    private Hyde() {
    }

    public static BuildResult build(BuildOptions options) {
        return SiteBuilder.build(options);
    }

    /**
     * A build as a user runs it: one at a time per project, and nothing built when nothing changed
     * since the last build ({@link dev.hyde.cache.CachedBuild}).
     *
     * @param useCache false for {@code --no-cache}
     */
    public static BuildResult buildWithCache(BuildOptions options, dev.hyde.pipeline.BuildProgress progress,
                                             boolean useCache) {
        return dev.hyde.cache.CachedBuild.build(options, progress, useCache);
    }

    /** As above, telling {@code progress} how the build gets on (for a progress line). */
    public static BuildResult build(BuildOptions options, dev.hyde.pipeline.BuildProgress progress) {
        return SiteBuilder.build(options, progress);
    }
}
