package dev.hyde.model;

import java.nio.file.Path;

/**
 * A file read from the project.
 *
 * @param path         where it is on disk
 * @param relativePath its path from the project root with forward slashes: how diagnostics name it
 */
public record SourceFile(Path path, String relativePath) {

    /** The file name without its last extension ({@code guide} for {@code docs/guide.md}). */
    public String baseName() {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The last extension without its dot, lower case; empty when there is none. */
    public String extension() {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT) : "";
    }
}
