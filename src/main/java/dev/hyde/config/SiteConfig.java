package dev.hyde.config;

import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The site configuration after defaults and {@code _config.yml} are applied.
 *
 * @param title     the site title
 * @param baseurl   the path the site is served under ({@code /docs}), empty for the host root
 * @param url       the site's absolute URL, empty when unknown
 * @param permalink the default URL style of pages: {@code pretty} or {@code none}
 * @param exclude   glob patterns of content files to leave out
 * @param time      the build time as {@code site.time}, in the site's {@code timezone} (UTC by default)
 * @param values    every configuration key as written, for {@code site.<key>} (read-only)
 */
public record SiteConfig(String title, String baseurl, String url, PermalinkStyle permalink,
                         List<String> exclude, ZonedDateTime time, Map<String, Object> values) {

    public SiteConfig {
        exclude = List.copyOf(exclude);
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
