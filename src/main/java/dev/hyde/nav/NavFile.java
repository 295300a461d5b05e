package dev.hyde.nav;

import dev.hyde.diag.Diagnostic;
import dev.hyde.model.Page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The sidebar written by hand in {@code _data/nav.yml}, for a team that orders it itself:
 *
 * <pre>
 * - guide/getting-started.md        # a page, by its file below content/ ...
 * - /troubleshooting/               # ... or by its URL
 * - title: User guide               # a section
 *   page: guide/index.md            # (optional) the section's own page
 *   children:
 *     - guide/configuration.md
 *     - page: guide/cli.md          # a page with a label of its own
 *       title: CLI
 * - title: Source code              # a link to another site
 *   url: https://github.com/example/docs
 * </pre>
 *
 * The file is read as data already; its text is searched only to say on which line a wrong
 * entry is, walking forward in document order so a value written twice is found in its place.
 */
final class NavFile {
    static final String DATA_KEY = "nav";

    private final String file;
    private final String text;
    private final Map<String, Page> pagesByPathOrUrl;
    private final Consumer<Diagnostic> report;
    private int searchFrom;

    private NavFile(String file, String text, Map<String, Page> pagesByPathOrUrl, Consumer<Diagnostic> report) {
        this.file = file;
        this.text = text;
        this.pagesByPathOrUrl = pagesByPathOrUrl;
        this.report = report;
    }

    /**
     * @param data     {@code site.data.nav} as read from the file
     * @param file     the file's project-relative name
     * @param text     the file's text, for line numbers
     * @param pages    every page the sidebar may show, by content path and by URL
     * @param report   receives an error for each entry that names no page or has the wrong shape
     */
    static List<NavItem> read(Object data, String file, String text, Map<String, Page> pages, Consumer<Diagnostic> report) {
        NavFile nav = new NavFile(file, text, pages, report);
        if (!(data instanceof List<?> entries)) {
            report.accept(Diagnostic.error("The navigation file is not a list").at(file, 1)
                    .detail("%s must be a YAML list of pages and sections.", file)
                    .hint("Start each entry with '- ', e.g. '- guide/getting-started.md'.").build());
            return List.of();
        }
        return nav.entries(entries);
    }

    private List<NavItem> entries(List<?> entries) {
        List<NavItem> items = new ArrayList<>();
        for (Object entry : entries) {
            NavItem item = entry instanceof Map<?, ?> map ? mapEntry(map) : pageEntry(entry, null);
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    private NavItem pageEntry(Object value, String label) {
        String reference = String.valueOf(value).strip();
        int line = lineOf(reference);
        Page page = pagesByPathOrUrl.get(reference);
        if (page == null && !reference.startsWith("/")) {
            page = pagesByPathOrUrl.get("/" + reference);
        }
        if (page == null) {
            report.accept(Diagnostic.error("Navigation entry names no page: " + reference).at(file, line)
                    .detail("No page has the file content/%s or the URL %s.", reference.replaceFirst("^/", ""),
                            reference.startsWith("/") ? reference : "/" + reference)
                    .hint("Name a page by its file below content/ (guide/intro.md) or by its URL (/guide/intro/); "
                            + "a page left out with nav_exclude or published: false cannot be listed.").build());
            return null;
        }
        return NavItem.page(label != null ? label : Labels.of(page), page.url());
    }

    private NavItem mapEntry(Map<?, ?> map) {
        Object title = map.get("title");
        Object page = map.get("page");
        Object url = map.get("url");
        Object children = map.get("children");
        String label = title == null ? null : String.valueOf(title).strip();
        if (label != null) {
            lineOf(label);
        }
        if (children != null) {
            if (!(children instanceof List<?> list)) {
                report.accept(shape("'children' must be a list", lineOf("children")));
                return null;
            }
            NavItem own = page == null ? null : pageEntry(page, null);
            if (label == null) {
                label = own != null ? own.label() : "";
            }
            List<NavItem> items = new ArrayList<>();
            if (own != null) {
                items.add(own);
            }
            items.addAll(entries(list));
            return NavItem.section(label, own != null ? own.url() : "", items);
        }
        if (page != null) {
            return pageEntry(page, label);
        }
        if (url != null && label != null) {
            lineOf(String.valueOf(url));
            return NavItem.page(label, String.valueOf(url).strip());
        }
        report.accept(shape("Navigation entry needs 'page', 'children' or 'title' with 'url'",
                label != null ? lineOf(label) : lineAt(searchFrom)));
        return null;
    }

    private Diagnostic shape(String title, int line) {
        return Diagnostic.error(title).at(file, line)
                .detail("Each entry of %s is a page (its file or URL), a section (title and children) "
                        + "or a link (title and url).", file)
                .hint("See 'Navigation' in the README for the format.").build();
    }

    /** The line of the next place {@code value} is written, moving the search past it. */
    private int lineOf(String value) {
        int at = value.isEmpty() ? -1 : text.indexOf(value, searchFrom);
        if (at < 0) {
            return lineAt(searchFrom);
        }
        searchFrom = at + value.length();
        return lineAt(at);
    }

    private int lineAt(int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
