package dev.hyde.source;

import dev.hyde.config.JekyllTime;
import dev.hyde.diag.Diagnostic;
import dev.hyde.model.FrontMatter;
import dev.hyde.yaml.SafeYaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
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
    public static FrontMatter read(String yaml, String file, int yamlLine, Consumer<Diagnostic> warnings) {
        return read(yaml, file, yamlLine, Map.of(), warnings);
    }

    /**
     * @param defaults values for keys the front matter does not set (Jekyll's {@code defaults})
     * @param warnings receives at most one warning per file: the keys it sets twice (the last value
     *                 wins, as in Jekyll), at the line of the first repeat
     */
    public static FrontMatter read(String yaml, String file, int yamlLine, Map<String, Object> defaults,
                                   Consumer<Diagnostic> warnings) {
        List<Diagnostic> duplicates = new ArrayList<>();
        Object parsed = SafeYaml.load(yaml, file, yamlLine, duplicates::add);
        if (!duplicates.isEmpty()) {
            warnings.accept(oneWarning(duplicates));
        }
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
        checkTitle(values, yaml, file, yamlLine);
        checkDate(values, yaml, file, yamlLine);
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
                map.containsKey("order") ? lineOf(yaml, "order", yamlLine) : 0,
                map.containsKey("redirect_from") ? lineOf(yaml, "redirect_from", yamlLine) : 0);
    }

    /** A page's front matter is short: its repeated keys are named together, at the first repeat. */
    private static Diagnostic oneWarning(List<Diagnostic> duplicates) {
        duplicates.sort(java.util.Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        Diagnostic first = duplicates.get(0);
        if (duplicates.size() == 1) {
            return first;
        }
        StringBuilder detail = new StringBuilder(first.detail());
        for (Diagnostic more : duplicates.subList(1, duplicates.size())) {
            detail.append('\n').append(more.title().substring("Duplicate YAML key: ".length()))
                    .append(" (line ").append(more.line()).append("): ").append(more.detail());
        }
        return Diagnostic.warning(first.title() + " (and " + (duplicates.size() - 1) + " more)")
                .at(first.file(), first.line(), first.column()).detail(detail.toString()).hint(first.hint()).build();
    }

    /** A title is shown as text everywhere; a map or list would show as Java's {@code {a=b}}. */
    private static void checkTitle(Map<String, Object> values, String yaml, String file, int yamlLine) {
        Object title = values.get("title");
        if (title instanceof Map || title instanceof java.util.List) {
            throw Diagnostic.error("Front matter 'title' must be text").at(file, lineOf(yaml, "title", yamlLine))
                    .detail("Found a %s.", title instanceof Map ? "map" : "list")
                    .hint("Write the title on one line, e.g. 'title: Guide'; quote it if it contains ': ' or "
                            + "starts with '{' or '['.").exception();
        }
    }

    /**
     * Jekyll refuses a page whose date it cannot read; accepting it would sort and show the page
     * by a date nobody wrote.
     */
    private static void checkDate(Map<String, Object> values, String yaml, String file, int yamlLine) {
        Object date = values.get("date");
        if (date == null || date instanceof java.util.Date) {
            return;
        }
        if (date instanceof Map || date instanceof java.util.List || date instanceof Boolean || date instanceof Number
                || JekyllTime.parse(String.valueOf(date)).isEmpty()) {
            String found = date instanceof Map ? "a map" : date instanceof java.util.List ? "a list" : "'" + date + "'";
            throw Diagnostic.error("Front matter 'date' is not a date").at(file, lineOf(yaml, "date", yamlLine))
                    .detail("Found %s.", found)
                    .hint("Write 'date: 2017-07-11', 'date: 2017-07-11 15:29', 'date: 2017-07-11 15:29:34 -0700' "
                            + "or 'date: 2017-07-11T15:29:34-07:00'.").exception();
        }
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
