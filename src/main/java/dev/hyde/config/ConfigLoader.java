package dev.hyde.config;

import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;
import dev.hyde.diag.Diagnostics;
import dev.hyde.source.Utf8Text;
import dev.hyde.yaml.SafeYaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code _config.yml} over Hyde's defaults. The defaults live here and nowhere else. */
public final class ConfigLoader {
    static final String DEFAULT_TITLE = "Documentation";

    private ConfigLoader() {
    }

    /**
     * @param time the build time; passed in so a build can be reproduced and tests can pin it
     */
    public static SiteConfig load(ProjectLayout layout, ZonedDateTime time, Diagnostics diagnostics) {
        Map<String, Object> values = new LinkedHashMap<>();
        Path file = layout.configFile();
        String name = layout.relative(file);
        if (Files.isRegularFile(file)) {
            try {
                Object parsed = SafeYaml.load(Utf8Text.read(file, name), name, 1);
                if (parsed instanceof Map<?, ?> map) {
                    map.forEach((k, v) -> values.put(String.valueOf(k), v));
                } else if (parsed != null) {
                    diagnostics.add(Diagnostic.error("Configuration is not a map of settings").at(name, 1)
                            .hint("Write settings as 'key: value' lines, e.g. 'title: My Docs'.").build());
                }
            } catch (DiagnosticException e) {
                diagnostics.add(e.diagnostic());
            }
        }
        String title = string(values, "title", DEFAULT_TITLE);
        String baseurl = normaliseBaseurl(string(values, "baseurl", ""));
        String url = string(values, "url", "");
        PermalinkStyle permalink = PermalinkStyle.parse(string(values, "permalink", "pretty")).orElseGet(() -> {
            diagnostics.add(Diagnostic.error("Unknown permalink style").at(name)
                    .detail("'%s' is not a permalink style Hyde knows.", values.get("permalink"))
                    .hint("Use 'pretty' (/guide/) or 'none' (/guide.html).").build());
            return PermalinkStyle.PRETTY;
        });
        ZoneId zone = timeZone(values, name, diagnostics);
        values.put("title", title);
        values.put("baseurl", baseurl);
        values.put("url", url);
        values.put("permalink", permalink.name().toLowerCase(java.util.Locale.ROOT));
        return new SiteConfig(title, baseurl, url, permalink, stringList(values.get("exclude")),
                time.withZoneSameInstant(zone), values);
    }

    /** Jekyll's {@code timezone}; UTC when unset, so output never depends on the building machine. */
    private static ZoneId timeZone(Map<String, Object> values, String file, Diagnostics diagnostics) {
        Object zone = values.get("timezone");
        if (zone == null) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(String.valueOf(zone));
        } catch (DateTimeException e) {
            diagnostics.add(Diagnostic.error("Unknown time zone").at(file)
                    .detail("'%s' is not a time zone name.", zone)
                    .hint("Use a name such as 'America/Los_Angeles' or 'UTC'.").build());
            return ZoneOffset.UTC;
        }
    }

    private static String string(Map<String, Object> values, String key, String fallback) {
        Object value = values.get(key);
        return value == null ? fallback : String.valueOf(value);
    }

    private static List<String> stringList(Object value) {
        List<String> list = new ArrayList<>();
        if (value instanceof List<?> items) {
            items.forEach(item -> list.add(String.valueOf(item)));
        } else if (value != null) {
            list.add(String.valueOf(value));
        }
        return list;
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
}
