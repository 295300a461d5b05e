package dev.hyde.pipeline;

/**
 * The pipeline's stages, in the order a page goes through them (see package-info). Scanning
 * includes splitting off and parsing front matter.
 */
public enum Stage {
    SCAN, LIQUID, MARKDOWN, SASS, LAYOUT, POST, WRITE, SEARCH, LINKS;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
