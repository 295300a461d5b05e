package dev.hyde.config;

import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;
import dev.hyde.diag.Diagnostics;
import dev.hyde.text.Utf8Text;
import dev.hyde.yaml.SafeYaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the configuration files over the defaults. Several files are layered left to right, each
 * overriding the keys of the ones before, as {@code jekyll build --config a.yml,b.yml} does. The
 * defaults live here and nowhere else.
 */
public final class ConfigLoader {
    static final String DEFAULT_TITLE = "Documentation";
    /**
     * Far above what real pages use (a page with a loop over 5,000 pages inside a loop over 200
     * tags stays under a million iterations; a 50 MiB page is larger than any browser shows well;
     * pages render in milliseconds), yet low enough that a runaway page fails in seconds and
     * within a few hundred MB of memory.
     */
    public static final LiquidLimits DEFAULT_LIQUID_LIMITS = new LiquidLimits(1_000_000, 50 * 1024 * 1024, 30_000,
            "_config.yml");

    private ConfigLoader() {
    }

    /** Reads {@code _config.yml} when it exists. */
    public static SiteConfig load(ProjectLayout layout, ZonedDateTime time, Diagnostics diagnostics) {
        return load(layout, List.of(), time, diagnostics);
    }

    /**
     * @param files the configuration files, left to right; empty means {@code _config.yml}
     * @param time  the build time unless the configuration sets {@code time}; passed in so a build
     *              can be reproduced and tests can pin it
     */
    public static SiteConfig load(ProjectLayout layout, List<Path> files, ZonedDateTime time, Diagnostics diagnostics) {
        List<Path> layers = files.isEmpty() ? List.of(layout.configFile()) : files;
        Map<String, Object> values = new LinkedHashMap<>();
        String name = layout.relative(layers.get(layers.size() - 1));
        KeyLocation baseurlAt = new KeyLocation(name, 0, 0);
        String limitsText = "";
        String limitsFile = name;
        String optionsText = "";
        String optionsFile = name;
        List<KeyLocation.Layer> read = new ArrayList<>();
        for (Path file : layers) {
            String text = readInto(values, layout, file, !files.isEmpty(), diagnostics);
            read.add(new KeyLocation.Layer(layout.relative(file), text));
            KeyLocation found = KeyLocation.find(layout.relative(file), text, "baseurl");
            if (found.line() > 0) {
                baseurlAt = found;
            }
            if (KeyLocation.find(layout.relative(file), text, LiquidLimits.KEY).line() > 0) {
                limitsText = text;
                limitsFile = layout.relative(file);
            }
            if (KeyLocation.find(layout.relative(file), text, LiquidOptions.KEY).line() > 0) {
                optionsText = text;
                optionsFile = layout.relative(file);
            }
        }
        ConfigReader reader = new ConfigReader(values, name, read, diagnostics);
        Set<String> plugins = new LinkedHashSet<>(reader.strings("plugins"));
        plugins.addAll(reader.strings("gems")); // Jekyll 3's name for the same list
        List<String> named = List.copyOf(plugins); // site.plugins is the configured list, as in Jekyll
        if (layout.isJekyll()) {
            if (plugins.contains(GemfilePlugins.GITHUB_PAGES)) {
                plugins.addAll(GemfilePlugins.GITHUB_PAGES_DEFAULTS);
            }
            plugins.addAll(GemfilePlugins.read(layout.root()));
        }
        if (layout.isJekyll()) {
            GithubPagesOptions.check(values, read, name, diagnostics::add);
        }
        TocLevels.check(values, read, name).ifPresent(diagnostics::add);
        if (layout.isJekyll() && plugins.contains(GithubMetadata.PLUGIN)) {
            // a missing repository is reported at the site's own configuration, not an extra layer
            GithubMetadata.apply(values, layout.root(), read.isEmpty() ? name : read.get(0).file(), System::getenv,
                    diagnostics::add);
        }
        String title = reader.string("title", layout.isJekyll() ? "" : DEFAULT_TITLE);
        String rawBaseurl = reader.string("baseurl", "");
        BaseurlCheck.check(rawBaseurl, baseurlAt, layout.isJekyll()).ifPresent(diagnostics::add);
        String baseurl = normaliseBaseurl(rawBaseurl);
        String url = reader.string("url", "");
        // A Jekyll site may use 'versions' for data of its own: its list is checked only when a
        // version of it is built (--version); a Hyde project's list is the theme's, checked always.
        VersionList versions = VersionsReader.read(values.get(VersionList.KEY), read, name);
        if (!layout.isJekyll()) {
            diagnostics.addAll(versions.problems());
        }
        String permalinkName = reader.string("permalink", layout.isJekyll() ? "date" : "pretty");
        PermalinkStyle permalink = PermalinkStyle.parse(permalinkName).orElseGet(() -> {
            diagnostics.add(Diagnostic.error("Unknown permalink style").at(name)
                    .detail("'%s' is not a permalink style Hyde knows.", permalinkName)
                    .hint("Use 'pretty' (/guide/) or 'none' (/guide.html).").build());
            return PermalinkStyle.PRETTY;
        });
        ZonedDateTime siteTime = reader.time("time").orElse(time);
        ZonedDateTime zoned = reader.zone("timezone").map(siteTime::withZoneSameInstant)
                .orElse(values.containsKey("time") ? siteTime : siteTime.withZoneSameInstant(ZoneOffset.UTC));
        values.put("title", title);
        values.put("baseurl", baseurl);
        values.put("url", url);
        values.put("plugins", named);
        if (!layout.isJekyll()) {
            values.put("permalink", permalinkName);
        }
        return new SiteConfig(title, baseurl, url, permalink, reader.strings("exclude"), reader.strings("include"),
                zoned, reader.collections(), reader.defaults(), plugins,
                LiquidLimitsReader.read(values.get(LiquidLimits.KEY), limitsFile, limitsText,
                        DEFAULT_LIQUID_LIMITS.in(limitsFile), diagnostics),
                LiquidOptionsReader.read(values.get(LiquidOptions.KEY), optionsFile, optionsText,
                        layout.isJekyll() ? LiquidOptions.JEKYLL : LiquidOptions.HYDE, diagnostics),
                versions, values);
    }

    /** @return the file's text, empty when it is missing or unreadable */
    private static String readInto(Map<String, Object> values, ProjectLayout layout, Path file, boolean required,
                                   Diagnostics diagnostics) {
        String name = layout.relative(file);
        if (!Files.isRegularFile(file)) {
            if (required) {
                diagnostics.add(Diagnostic.error("Configuration file not found: " + name)
                        .hint("Check the path given to --config; separate several files with commas.").build());
            }
            return "";
        }
        try {
            String text = Utf8Text.read(file, name);
            Object parsed = SafeYaml.load(text, name, 1, diagnostics::add);
            if (parsed instanceof Map<?, ?> map) {
                map.forEach((k, v) -> values.put(String.valueOf(k), v));
            } else if (parsed != null) {
                diagnostics.add(Diagnostic.error("Configuration is not a map of settings").at(name, 1)
                        .hint("Write settings as 'key: value' lines, e.g. 'title: My Docs'.").build());
            }
            return text;
        } catch (DiagnosticException e) {
            diagnostics.add(e.diagnostic());
            return "";
        }
    }

    /** {@code "/docs/"} and {@code "docs"} both mean {@code "/docs"}; {@code "/"} means the root. */
    static String normaliseBaseurl(String raw) {
        String s = raw.strip();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        if (!s.isEmpty() && !s.startsWith("/")) {
            s = "/" + s;
        }
        return s;
    }

    /** Reads typed settings out of the merged map, reporting values of the wrong shape. */
    private record ConfigReader(Map<String, Object> values, String file, List<KeyLocation.Layer> layers,
                                Diagnostics diagnostics) {

        /** Where a setting was written: in the last file that sets it. */
        KeyLocation at(String key) {
            return KeyLocation.lastOf(layers, key, file);
        }

        Diagnostic.Builder wrongType(String key, String expected, Object value) {
            KeyLocation where = at(key);
            return Diagnostic.error("Setting '" + key + "' is not " + expected).at(where.file(), where.line(), where.column())
                    .detail("Found %s.", value instanceof Map ? "a map" : value instanceof List ? "a list" : "'" + value + "'");
        }

        String string(String key, String fallback) {
            Object value = values.get(key);
            if (value instanceof Map || value instanceof List) {
                diagnostics.add(wrongType(key, "text", value).hint("Write it as one value, e.g. '%s: value'.", key).build());
                return fallback;
            }
            return value == null ? fallback : String.valueOf(value);
        }

        List<String> strings(String key) {
            Object value = values.get(key);
            List<String> list = new ArrayList<>();
            if (value instanceof List<?> items) {
                items.forEach(item -> list.add(String.valueOf(item)));
            } else if (value instanceof String text) {
                list.add(text);
            } else if (value != null) {
                diagnostics.add(wrongType(key, "a list", value)
                        .hint("Write a list, e.g. '%s: [drafts, notes.txt]'.", key).build());
            }
            return list;
        }

        java.util.Optional<ZonedDateTime> time(String key) {
            Object value = values.get(key);
            if (value == null) {
                return java.util.Optional.empty();
            }
            if (value instanceof java.util.Date date) {
                return java.util.Optional.of(date.toInstant().atZone(ZoneOffset.UTC));
            }
            java.util.Optional<ZonedDateTime> parsed = JekyllTime.parse(String.valueOf(value));
            if (parsed.isEmpty()) {
                diagnostics.add(Diagnostic.error("Configuration 'time' is not a date").at(at(key).file(), at(key).line(), at(key).column())
                        .detail("Found '%s'.", value).hint("Write e.g. 'time: 2017-07-11 15:29:34 -0700'.").build());
            }
            return parsed;
        }

        java.util.Optional<ZoneId> zone(String key) {
            Object zone = values.get(key);
            if (zone == null) {
                return java.util.Optional.empty();
            }
            try {
                return java.util.Optional.of(ZoneId.of(String.valueOf(zone)));
            } catch (DateTimeException e) {
                diagnostics.add(Diagnostic.error("Unknown time zone").at(at(key).file(), at(key).line(), at(key).column())
                        .detail("'%s' is not a time zone name.", zone)
                        .hint("Use a name such as 'America/Los_Angeles' or 'UTC'.").build());
                return java.util.Optional.empty();
            }
        }

        /** Jekyll's {@code collections}, as a map of settings or a list of names; {@code posts} always. */
        List<CollectionConfig> collections() {
            Map<String, CollectionConfig> found = new LinkedHashMap<>();
            found.put("posts", new CollectionConfig("posts", true, string("permalink", "")));
            Object value = values.get("collections");
            if (value instanceof Map<?, ?> map) {
                map.forEach((k, v) -> {
                    Map<?, ?> settings = v instanceof Map<?, ?> m ? m : Map.of();
                    Object output = settings.get("output");
                    Object permalink = settings.get("permalink");
                    // posts keep the site's permalink unless their own settings give one, as in Jekyll
                    String fallback = String.valueOf(k).equals("posts") ? string("permalink", "") : "";
                    found.put(String.valueOf(k), new CollectionConfig(String.valueOf(k),
                            Boolean.TRUE.equals(output) || String.valueOf(k).equals("posts"),
                            permalink == null ? fallback : String.valueOf(permalink)));
                });
            } else if (value instanceof List<?> list) {
                list.forEach(k -> found.put(String.valueOf(k), new CollectionConfig(String.valueOf(k), false, "")));
            } else if (value != null) {
                diagnostics.add(wrongType("collections", "a map or a list", value)
                        .hint("Name each collection with its settings, e.g. 'collections: {guides: {output: true}}'.")
                        .build());
            }
            return List.copyOf(found.values());
        }

        List<FrontMatterDefaults> defaults() {
            List<FrontMatterDefaults> list = new ArrayList<>();
            if (values.get("defaults") instanceof List<?> entries) {
                for (Object entry : entries) {
                    if (entry instanceof Map<?, ?> map && map.get("values") instanceof Map<?, ?> given) {
                        Map<?, ?> scope = map.get("scope") instanceof Map<?, ?> s ? s : Map.of();
                        Map<String, Object> defaults = new LinkedHashMap<>();
                        given.forEach((k, v) -> defaults.put(String.valueOf(k), v));
                        list.add(new FrontMatterDefaults(trimSlashes(scope.get("path")), text(scope.get("type")),
                                defaults));
                    }
                }
            }
            return list;
        }

        private static String text(Object value) {
            return value == null ? "" : String.valueOf(value).toLowerCase(Locale.ROOT);
        }

        private static String trimSlashes(Object value) {
            String s = value == null ? "" : String.valueOf(value).strip();
            while (s.startsWith("/")) {
                s = s.substring(1);
            }
            while (s.endsWith("/")) {
                s = s.substring(0, s.length() - 1);
            }
            return s;
        }
    }
}
