package dev.hyde.nav;

import java.util.List;
import java.util.Set;

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
     */
    static String render(List<NavItem> items, String current, Set<NavItem> openPath, boolean pathOnly, String prefix) {
        StringBuilder out = new StringBuilder(1024);
        list(out, items, current, openPath, pathOnly, prefix, true);
        return out.toString();
    }

    private static void list(StringBuilder out, List<NavItem> items, String current, Set<NavItem> openPath,
                             boolean pathOnly, String prefix, boolean top) {
        out.append(top ? "<ul class=\"nav-list\">" : "<ul>");
        for (NavItem item : items) {
            boolean open = openPath.contains(item);
            if (pathOnly && !top && !open && !item.url().equals(current)) {
                continue;
            }
            if (item.section()) {
                out.append("<li class=\"nav-section").append(open ? " nav-open-section" : "").append("\"><details")
                        .append(open ? " open" : "").append("><summary>").append(escape(item.label()))
                        .append("</summary>");
                if (!pathOnly || open) {
                    list(out, item.children(), current, openPath, pathOnly, prefix, false);
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
        out.append("</ul>");
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
