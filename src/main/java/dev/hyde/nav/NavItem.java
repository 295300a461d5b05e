package dev.hyde.nav;

import java.util.List;

/**
 * One entry of the sidebar: a page, a section holding more entries, or a link elsewhere.
 *
 * @param label    what the reader sees
 * @param url      the site URL of the page ({@code /guide/}), an external address for a link, or
 *                 empty for a section without a page of its own
 * @param section  true for an entry that holds others (a folder, or a titled group in nav.yml)
 * @param children the entries inside a section, in order
 */
public record NavItem(String label, String url, boolean section, List<NavItem> children) {

    public NavItem {
        children = List.copyOf(children);
    }

    static NavItem page(String label, String url) {
        return new NavItem(label, url, false, List.of());
    }

    static NavItem section(String label, String url, List<NavItem> children) {
        return new NavItem(label, url, true, children);
    }

    /** A link that leaves the site: shown in the sidebar, never a previous or next page. */
    boolean external() {
        return url.contains("://") || url.startsWith("mailto:");
    }
}
