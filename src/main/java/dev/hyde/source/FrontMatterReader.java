package dev.hyde.source;

import dev.hyde.diag.Diagnostic;
import dev.hyde.model.FrontMatter;
import dev.hyde.yaml.SafeYaml;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the YAML of a page's front matter into a {@link FrontMatter}, checking the keys Hyde acts on. */
public final class FrontMatterReader {
    private FrontMatterReader() {
    }

    /**
     * @param yaml     the text between the fences
     * @param file     project-relative file name
     * @param yamlLine the file line where the YAML starts
     */
    public static FrontMatter read(String yaml, String file, int yamlLine) {
        return read(yaml, file, yamlLine, Map.of());
    }

    /**
     * @param defaults values for keys the front matter does not set (Jekyll's {@code defaults})
     */
    public static FrontMatter read(String yaml, String file, int yamlLine, Map<String, Object> defaults) {
        Object parsed = SafeYaml.load(yaml, file, yamlLine);
        if (parsed == null && defaults.isEmpty()) {
            return FrontMatter.EMPTY;
        }
        if (parsed == null) {
            parsed = Map.of();
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw Diagnostic.error("Front matter is not a map of keys").at(file, yamlLine)
                    .detail("Found a %s where 'key: value' lines were expected.", kind(parsed))
                    .hint("Write front matter as 'key: value' lines, e.g. 'title: Guide'.").exception();
        }
        Map<String, Object> values = new LinkedHashMap<>(defaults);
        map.forEach((k, v) -> values.put(String.valueOf(k), v));
        Object permalink = values.get("permalink");
        if (permalink != null && !(permalink instanceof String)) {
            throw Diagnostic.error("Permalink is not text").at(file, lineOf(yaml, "permalink", yamlLine))
                    .detail("Found %s.", permalink instanceof Map || permalink instanceof java.util.List
                            ? "a " + (permalink instanceof Map ? "map" : "list") : "'" + permalink + "'")
                    .hint("Write the permalink as a path, e.g. 'permalink: /guide/'.").exception();
        }
        return new FrontMatter(
                text(values, "title"),
                text(values, "layout"),
                text(values, "permalink"),
                flag(values, "published", true, yaml, file, yamlLine),
                flag(values, "draft", false, yaml, file, yamlLine),
                order(values, yaml, file, yamlLine),
                values,
                values.containsKey("layout") ? lineOf(yaml, "layout", yamlLine) : 0,
                map.containsKey("permalink") ? lineOf(yaml, "permalink", yamlLine) : 0,
                map.containsKey("order") ? lineOf(yaml, "order", yamlLine) : 0);
    }

    private static String text(Map<String, Object> values, String key) {
        Object v = values.get(key);
        return v == null ? "" : String.valueOf(v);
    }

    private static boolean flag(Map<String, Object> values, String key, boolean fallback,
                                String yaml, String file, int yamlLine) {
        Object v = values.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw Diagnostic.error("Front matter '" + key + "' must be true or false")
                .at(file, lineOf(yaml, key, yamlLine))
                .detail("Found '%s'.", v).hint("Write '%s: true' or '%s: false'.", key, key).exception();
    }

    private static Optional<Integer> order(Map<String, Object> values, String yaml, String file, int yamlLine) {
        Object v = values.get("order");
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof Integer i) {
            return Optional.of(i);
        }
        throw Diagnostic.error("Front matter 'order' must be a whole number")
                .at(file, lineOf(yaml, "order", yamlLine))
                .detail("Found '%s'.", v).hint("Write e.g. 'order: 10'; pages sort by it in navigation.").exception();
    }

    /** The file line of a top-level key, so a bad value is reported where it was written. */
    public static int lineOf(String yaml, String key, int yamlLine) {
        Matcher m = Pattern.compile("^" + Pattern.quote(key) + "\\s*:", Pattern.MULTILINE).matcher(yaml);
        if (!m.find()) {
            return yamlLine;
        }
        int line = yamlLine;
        for (int i = 0; i < m.start(); i++) {
            if (yaml.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String kind(Object value) {
        return value instanceof java.util.List ? "list" : "single value";
    }
}
