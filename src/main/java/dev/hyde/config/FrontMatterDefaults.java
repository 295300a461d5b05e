package dev.hyde.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of Jekyll's {@code defaults}: front matter values for the pages under a path
 * and/or of a type ({@code pages}, {@code posts}, or a collection's label).
 *
 * @param path   the path prefix below the site root, empty for every path
 * @param type   the type, empty for every type
 * @param values the front matter values to apply where the page sets none
 */
public record FrontMatterDefaults(String path, String type, Map<String, Object> values) {

    public FrontMatterDefaults {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** True when this entry applies to a file at {@code relativePath} of type {@code pageType}. */
    public boolean appliesTo(String relativePath, String pageType) {
        boolean pathMatches = path.isEmpty() || relativePath.equals(path) || relativePath.startsWith(path + "/");
        boolean typeMatches = type.isEmpty() || type.equals(pageType);
        return pathMatches && typeMatches;
    }
}
