package dev.hyde.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code site.docs_version} in a version's build, for the theme's selector and banner:
 * <ul>
 * <li>{@code name}, {@code label}: this version</li>
 * <li>{@code is_latest}; {@code latest}: the latest version's name, {@code latest_label}</li>
 * <li>{@code root}: the path all versions are published under (the configured {@code baseurl})</li>
 * <li>{@code index}: the URL path of the shared {@code versions.json}</li>
 * <li>{@code versions}: every version as built, each with {@code name}, {@code label}, {@code url}</li>
 * </ul>
 * Paths are whole (from the host root), as the site is served under its {@code baseurl}.
 */
final class VersionView {
    /** Not {@code version}: many sites already set {@code version:} to show their product's version. */
    static final String KEY = "docs_version";

    private VersionView() {
    }

    static Map<String, Object> of(SiteVersion version, VersionList list, String root) {
        SiteVersion latest = list.latest().orElse(version);
        List<Map<String, Object>> all = new ArrayList<>();
        for (SiteVersion v : list.versions()) {
            all.add(Map.of("name", v.name(), "label", v.label(), "url", root + "/" + v.name() + "/"));
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", version.name());
        view.put("label", version.label());
        view.put("is_latest", latest.name().equals(version.name()));
        view.put("latest", latest.name());
        view.put("latest_label", latest.label());
        view.put("root", root);
        view.put("index", root + "/versions.json");
        view.put("versions", List.copyOf(all));
        return java.util.Collections.unmodifiableMap(view);
    }
}
