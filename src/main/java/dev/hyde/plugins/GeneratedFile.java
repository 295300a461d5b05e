package dev.hyde.plugins;

/**
 * A file a plugin adds to the site, such as a redirect page or a sitemap.
 *
 * @param outputPath where it goes, relative to the site root
 * @param origin     what made it, for diagnostics (the page that asked for it, or the plugin)
 * @param text       its content
 */
public record GeneratedFile(String outputPath, String origin, String text) {
}
