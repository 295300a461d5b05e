package dev.hyde.config;

import dev.hyde.diag.Diagnostic;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Checks the settings of GitHub Pages' plugins in {@code _config.yml}. The plugins read only the
 * options they know, from a map, and ignore anything else without a word; Hyde reads them the same
 * way and warns, so a misspelt {@code strip_titles} does not silently do nothing.
 */
final class GithubPagesOptions {
    private static final Map<String, Set<String>> OPTIONS = Map.of(
            "optional_front_matter", Set.of("enabled", "remove_originals"),
            "readme_index", Set.of("enabled", "remove_originals", "with_frontmatter"),
            "titles_from_headings", Set.of("enabled", "strip_title", "collections"),
            "relative_links", Set.of("enabled", "collections", "exclude"));

    private GithubPagesOptions() {
    }

    static void check(Map<String, Object> values, List<KeyLocation.Layer> layers, String fallbackFile,
                      Consumer<Diagnostic> warnings) {
        OPTIONS.forEach((key, known) -> {
            Object value = values.get(key);
            if (value == null) {
                return;
            }
            KeyLocation at = KeyLocation.lastOf(layers, key, fallbackFile);
            if (!(value instanceof Map<?, ?> map)) {
                warnings.accept(Diagnostic.warning("Plugin settings are not a map: " + key).at(at.file(), at.line())
                        .detail("'%s' is '%s'; the plugin reads its options from a map and ignores this value.", key, value)
                        .hint("Write the options below the key, e.g. '%s:' then '  enabled: false'.", key).build());
                return;
            }
            for (Object option : map.keySet()) {
                String name = String.valueOf(option);
                if (!known.contains(name)) {
                    KeyLocation nested = nestedIn(layers, key, name, at);
                    warnings.accept(Diagnostic.warning("Unknown plugin option: " + key + "." + name)
                            .at(nested.file(), nested.line())
                            .detail("The plugin ignores '%s'.", name)
                            .hint("%s takes: %s.", key, String.join(", ", known.stream().sorted().toList())).build());
                }
            }
        });
    }

    private static KeyLocation nestedIn(List<KeyLocation.Layer> layers, String parent, String key, KeyLocation fallback) {
        for (KeyLocation.Layer layer : layers) {
            if (layer.file().equals(fallback.file())) {
                return KeyLocation.findNested(layer.file(), layer.text(), parent, key);
            }
        }
        return fallback;
    }
}
