package dev.hyde.assets;

/**
 * A file Hyde ships inside its own jar and copies into every site.
 *
 * @param resource   the class path resource
 * @param outputPath where it goes, relative to the site root
 */
public record BundledAsset(String resource, String outputPath) {
}
