package dev.hyde.pipeline;

/**
 * Told how a build is getting on, for a progress display; called from the rendering threads at
 * once, so implementations must be thread-safe and cheap (one counter increment a page).
 */
public interface BuildProgress {
    /** Tells nobody. */
    BuildProgress NONE = new BuildProgress() {
    };

    /** A stage of the whole build begins: "reading", "rendering", "generating files",
     * "copying files", "checking links", "writing". */
    default void stage(String name) {
    }

    /** How many pages the rendering stage will write (pagination may add a few). */
    default void pagesToRender(int total) {
    }

    /** One more page was rendered and written. */
    default void pageRendered() {
    }
}
