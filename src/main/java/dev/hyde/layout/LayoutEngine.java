package dev.hyde.layout;

import java.util.Optional;

/** The template languages of layouts, told apart by file extension. */
public enum LayoutEngine {
    /** {@code .ftlh} (HTML auto-escaping) and {@code .ftl}. */
    FREEMARKER,
    /** {@code .html} and {@code .liquid}, as Jekyll layouts are written. */
    LIQUID;

    static Optional<LayoutEngine> of(String fileName) {
        if (fileName.endsWith(".ftlh") || fileName.endsWith(".ftl")) {
            return Optional.of(FREEMARKER);
        }
        if (fileName.endsWith(".html") || fileName.endsWith(".liquid")) {
            return Optional.of(LIQUID);
        }
        return Optional.empty();
    }
}
