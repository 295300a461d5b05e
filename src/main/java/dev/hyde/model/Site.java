package dev.hyde.model;

import dev.hyde.config.SiteConfig;

import java.util.List;
import java.util.Map;

/**
 * Everything a build renders: configuration, data, pages and static files. Immutable, so pages
 * can be rendered in parallel against one shared site.
 *
 * @param data the contents of {@code _data}, as nested maps and lists (read-only)
 */
public record Site(SiteConfig config, Map<String, Object> data, List<Page> pages, List<StaticFile> staticFiles) {

    public Site {
        pages = List.copyOf(pages);
        staticFiles = List.copyOf(staticFiles);
    }
}
