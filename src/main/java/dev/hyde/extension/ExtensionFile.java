package dev.hyde.extension;

/**
 * A file a generator adds.
 *
 * @param outputPath where it goes below the site's root ({@code tags/index.html}); inside the site
 * @param text       its content
 */
public record ExtensionFile(String outputPath, String text) {
}
