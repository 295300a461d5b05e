package dev.hyde.model;

import java.nio.file.Path;

/**
 * A file copied into the site as it is.
 *
 * @param source     where it comes from on disk
 * @param origin     what diagnostics call it (a project-relative path, or a library resource)
 * @param outputPath where it goes, relative to the site root
 */
public record StaticFile(Path source, String origin, String outputPath) implements ContentFile {
}
