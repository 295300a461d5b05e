package dev.hyde.plugins;

/**
 * A file a plugin adds to the site, such as a redirect page or a sitemap.
 *
 * @param outputPath where it goes, relative to the site root
 * @param origin     what made it, for diagnostics (the page that asked for it, or the plugin)
 * @param line       the line of {@code origin} that asked for it (a page's {@code redirect_from}), 0 when none
 * @param text       its content
 */
public record GeneratedFile(String outputPath, String origin, int line, String text) {
    /** A file no line of a source asked for (a feed, a sitemap). */
    public GeneratedFile(String outputPath, String origin, String text) {
        this(outputPath, origin, 0, text);
    }
}
