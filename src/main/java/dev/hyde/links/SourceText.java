package dev.hyde.links;

/**
 * A source file, or the part of one, that may have written a page's links.
 *
 * @param file      project-relative path, as diagnostics name it
 * @param text      the text searched
 * @param firstLine the file's line where {@code text} starts (a page body starts after its front matter)
 */
public record SourceText(String file, String text, int firstLine) {
}
