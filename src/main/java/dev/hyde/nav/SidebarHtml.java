package dev.hyde.nav;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes the sidebar as nested lists: a section is a {@code <details>} element, so it opens and
 * closes without script and from the keyboard; the sections holding the current page are open
 * and the page's link is marked {@code aria-current="page"}.
 */
final class SidebarHtml {
    private SidebarHtml() {
    }

    /**
     * @param current    the URL of the page being shown (empty for the shared tree)
     * @param openPath   the sections holding it
     * @param pathOnly   true to write only the open branch: the top level, and inside the open
     *                   sections only the way down to the page
     * @param prefix     put before site URLs ({@code baseurl} for the shared tree, which is not a page)
     * @param branches   where the entries of {@code items} stand, to find a page's branch without a
     *                   look at each of its siblings; null to look at each
     */
    static String render(List<NavItem> items, String current, Set<NavItem> openPath, boolean pathOnly, String prefix,
                         Branches branches) {
        StringBuilder out = new StringBuilder(1024);
        list(out, items, current, openPath, pathOnly, prefix, true, branches);
        return out.toString();
    }

    private static void list(StringBuilder out, List<NavItem> items, String current, Set<NavItem> openPath,
                             boolean pathOnly, String prefix, boolean top, Branches branches) {
        out.append(top ? "<ul class=\"nav-list\">" : "<ul>");
        if (pathOnly && !top && branches != null) {
            // a section of thousands of pages is not walked for each of them
            for (int i : branches.shown(items, current, openPath)) {
                item(out, items.get(i), current, openPath, pathOnly, prefix, branches);
            }
        } else {
            for (NavItem item : items) {
                if (pathOnly && !top && !openPath.contains(item) && !item.url().equals(current)) {
                    continue;
                }
                item(out, item, current, openPath, pathOnly, prefix, branches);
            }
        }
        out.append("</ul>");
    }

    private static void item(StringBuilder out, NavItem item, String current, Set<NavItem> openPath,
                             boolean pathOnly, String prefix, Branches branches) {
        boolean open = openPath.contains(item);
        if (item.section()) {
            out.append("<li class=\"nav-section").append(open ? " nav-open-section" : "").append("\"><details")
                    .append(open ? " open" : "").append("><summary>").append(escape(item.label()))
                    .append("</summary>");
            if (!pathOnly || open) {
                list(out, item.children(), current, openPath, pathOnly, prefix, false, branches);
            }
            out.append("</details></li>");
        } else {
            out.append("<li class=\"nav-page\"><a href=\"")
                    .append(escape(item.external() ? item.url() : prefix + item.url())).append('"');
            if (item.url().equals(current)) {
                out.append(" aria-current=\"page\"");
            }
            out.append('>').append(escape(item.label())).append("</a></li>");
        }
    }

    /**
     * Where each entry of a section stands among its siblings, by URL and by the entry itself:
     * what a page's branch shows of a section (its open sections and the page) is then found in a
     * few lookups. A section is indexed when a page first shows it open, so a build that renders a
     * few pages of a big site indexes only their sections. Shared by every rendering thread.
     */
    static final class Branches {
        /** Keyed by the children list itself: a list's own hash code would walk the whole subtree. */
        private final Map<List<NavItem>, Section> sections = new IdentityHashMap<>();

        private record Section(Map<String, int[]> byUrl, Map<NavItem, int[]> byItem) {
        }

        private synchronized Section section(List<NavItem> items) {
            return sections.computeIfAbsent(items, Branches::index);
        }

        private static Section index(List<NavItem> items) {
            Map<String, int[]> urls = new HashMap<>();
            Map<NavItem, int[]> entries = new IdentityHashMap<>();
            for (int i = 0; i < items.size(); i++) {
                NavItem item = items.get(i);
                urls.merge(item.url(), new int[] {i}, Branches::both);
                entries.merge(item, new int[] {i}, Branches::both);
            }
            return new Section(urls, entries);
        }

        private static int[] both(int[] a, int[] b) {
            int[] joined = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, joined, a.length, b.length);
            return joined;
        }

        /** The positions, in order, of the entries of {@code items} that are open or link to {@code current}. */
        int[] shown(List<NavItem> items, String current, Set<NavItem> openPath) {
            Section section = section(items);
            TreeSet<Integer> shown = new TreeSet<>();
            for (int i : section.byUrl().getOrDefault(current, new int[0])) {
                shown.add(i);
            }
            for (NavItem open : openPath) {
                for (int i : section.byItem().getOrDefault(open, new int[0])) {
                    shown.add(i);
                }
            }
            return shown.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
