package dev.hyde.config;

import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The site configuration after defaults and the configuration files are applied.
 *
 * @param title       the site title
 * @param baseurl     the path the site is served under ({@code /docs}), empty for the host root
 * @param url         the site's absolute URL, empty when unknown
 * @param permalink   the default URL style of pages
 * @param exclude     patterns of source files to leave out
 * @param include     patterns of files to keep although their name starts with '.' or '_'
 * @param time        the build time as {@code site.time}, in the site's {@code timezone}
 * @param collections Jekyll collections, {@code posts} first
 * @param defaults    Jekyll front matter defaults, in the order written
 * @param plugins     Jekyll plugins named by the site ({@code plugins}, or the older {@code gems})
 * @param liquidLimits the work Liquid may do for one page
 * @param liquidOptions how strictly Liquid is read and rendered ({@code liquid:})
 * @param versions    the versions of the docs published side by side ({@code versions:}), empty when none
 * @param values      every configuration key as written, for {@code site.<key>} (read-only)
 */
public record SiteConfig(String title, String baseurl, String url, PermalinkStyle permalink,
                         List<String> exclude, List<String> include, ZonedDateTime time,
                         List<CollectionConfig> collections, List<FrontMatterDefaults> defaults,
                         Set<String> plugins, LiquidLimits liquidLimits, LiquidOptions liquidOptions,
                         VersionList versions,
                         Map<String, Object> values) {

    public SiteConfig {
        exclude = List.copyOf(exclude);
        include = List.copyOf(include);
        collections = List.copyOf(collections);
        defaults = List.copyOf(defaults);
        plugins = Set.copyOf(plugins);
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** What ends a post's excerpt ({@code excerpt_separator}; a blank line unless set), as Jekyll reads it. */
    public String excerptSeparator() {
        Object separator = values.get("excerpt_separator");
        return separator == null ? "\n\n" : String.valueOf(separator);
    }

    public boolean hasPlugin(String name) {
        return plugins.contains(name);
    }

    /**
     * The configuration of one version's build: it is published under {@code baseurl/NAME}, so
     * every link of it stays inside its own folder, and templates see it as {@code site.version}.
     */
    public SiteConfig forVersion(SiteVersion version) {
        Map<String, Object> changed = new LinkedHashMap<>(values);
        String published = baseurl + "/" + version.name();
        changed.put("baseurl", published);
        changed.put(VersionView.KEY, VersionView.of(version, versions, baseurl));
        return new SiteConfig(title, published, url, permalink, exclude, include, time, collections, defaults, plugins,
                liquidLimits, liquidOptions, versions, changed);
    }
}
