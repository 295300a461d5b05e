package dev.hyde.extension;

import java.util.List;

/**
 * What a jar adds to Hyde: Liquid tags, Liquid filters and generated files. A jar names its
 * implementations in {@code META-INF/services/dev.hyde.extension.HydeExtension}; Hyde finds them
 * with {@link java.util.ServiceLoader} on the Maven plugin's dependencies or in the folders and
 * jars given to {@code hyde build --plugin-path}. This is how a Jekyll site's Ruby plugin
 * ({@code _plugins/*.rb}) is ported: see the README, "Extending Hyde".
 */
public interface HydeExtension {

    /** Tags such as {@code {% youtube id %}}. */
    default List<TagExtension> tags() {
        return List.of();
    }

    /** Filters such as {@code {{ text | shout }}}. */
    default List<FilterExtension> filters() {
        return List.of();
    }

    /** Files added to the site after its pages are read. */
    default List<GeneratorExtension> generators() {
        return List.of();
    }
}
