package dev.hyde.config;

/**
 * A Jekyll collection: documents in {@code _<label>/}, listed as {@code site.<label>}.
 *
 * @param label     the collection's name ({@code docs}, {@code posts})
 * @param output    whether its documents are written as pages
 * @param permalink its URL pattern, empty for Jekyll's default
 */
public record CollectionConfig(String label, boolean output, String permalink) {

    public String folder() {
        return "_" + label;
    }
}
