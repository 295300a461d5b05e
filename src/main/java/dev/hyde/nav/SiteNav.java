package dev.hyde.nav;

import dev.hyde.config.ProjectLayout;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;
import dev.hyde.model.Page;
import dev.hyde.model.Site;
import dev.hyde.text.Utf8Text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The navigation of a whole site, built once per build: the sidebar tree and the reading order
 * of its pages. Each page asks it for its own {@link PageNav}.
 *
 * <p>A sidebar of up to {@link #INLINE_LIMIT} entries is written whole into every page, so it
 * works without script. A bigger one would make every page grow with the site (a 10,000-page
 * site would repeat 10,000 links in each page): then each page holds only its own branch, and
 * the whole tree is written once, to {@link #SHARED_TREE}, for the theme's script to load.
 */
public final class SiteNav {
    /** The most sidebar entries written into every page. */
    public static final int INLINE_LIMIT = 400;
    /** Where the whole sidebar is written when it is too big to repeat in every page. */
    public static final String SHARED_TREE = "assets/hyde/nav.html";

    private final List<NavItem> items;
    private final List<NavItem> readingOrder;
    private final Map<String, Integer> positions;
    private final Map<String, List<NavItem>> sectionsAbove;
    private final NavItem home;
    private final boolean inline;
    /** Where the entries of each section stand, for pages that hold only their branch; null when pages hold the whole tree. */
    private final SidebarHtml.Branches branches;

    private SiteNav(List<NavItem> items, NavItem home) {
        this.items = items;
        this.home = home;
        this.readingOrder = new ArrayList<>();
        this.positions = new HashMap<>();
        this.sectionsAbove = new HashMap<>();
        int[] count = {0};
        walk(items, new ArrayList<>(), count);
        this.inline = count[0] <= INLINE_LIMIT;
        this.branches = inline ? null : new SidebarHtml.Branches();
    }

    /** No navigation: for a Jekyll site, whose own layouts bring theirs. */
    public static SiteNav none() {
        return new SiteNav(List.of(), null);
    }

    /**
     * The sidebar from {@code _data/nav.yml} when the project has one, else from the folder tree.
     *
     * @param report receives errors in nav.yml and warnings (two pages of a section with one order)
     */
    public static SiteNav of(ProjectLayout project, Site site, Consumer<Diagnostic> report) {
        if (project.isJekyll()) {
            return none();
        }
        List<Page> shown = site.pages().stream().filter(SiteNav::listed).toList();
        Map<String, Page> byPathOrUrl = new LinkedHashMap<>();
        for (Page page : shown) {
            byPathOrUrl.put(page.contentPath(), page);
            byPathOrUrl.put(page.url(), page);
        }
        Optional<Path> navFile = navFile(project);
        List<NavItem> items;
        if (navFile.isPresent() && site.data().containsKey(NavFile.DATA_KEY)) {
            String shownAs = project.relative(navFile.get());
            String text;
            try {
                text = Utf8Text.read(navFile.get(), shownAs);
            } catch (DiagnosticException e) {
                report.accept(e.diagnostic());
                text = "";
            }
            items = NavFile.read(site.data().get(NavFile.DATA_KEY), shownAs, text, byPathOrUrl, report);
        } else {
            items = FolderNav.build(shown, report);
        }
        Page homePage = byPathOrUrl.get("/");
        return new SiteNav(items, homePage == null ? null : NavItem.page(Labels.of(homePage), "/"));
    }

    private static Optional<Path> navFile(ProjectLayout project) {
        for (String name : List.of("nav.yml", "nav.yaml", "nav.json")) {
            Path file = project.data().resolve(name);
            if (Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    /** Pages a reader navigates to: HTML pages, less the 404 page, redirects and those opted out. */
    private static boolean listed(Page page) {
        Map<String, Object> fm = page.frontMatter().values();
        return page.written() && page.isHtmlOutput() && !page.outputPath().equals("404.html")
                && !Boolean.TRUE.equals(fm.get("nav_exclude")) && !fm.containsKey("redirect_to");
    }

    private void walk(List<NavItem> level, List<NavItem> above, int[] count) {
        for (NavItem item : level) {
            count[0]++;
            if (!item.section() && !item.external() && !positions.containsKey(item.url())) {
                positions.put(item.url(), readingOrder.size());
                readingOrder.add(item);
                sectionsAbove.put(item.url(), List.copyOf(above));
            }
            if (item.section()) {
                above.add(item);
                walk(item.children(), above, count);
                above.remove(above.size() - 1);
            }
        }
    }

    /** True when every page holds the whole sidebar. */
    public boolean inline() {
        return inline;
    }

    public List<NavItem> items() {
        return Collections.unmodifiableList(items);
    }

    /** The navigation a page shows; a page the sidebar does not list gets only the top level and breadcrumbs home. */
    public PageNav forPage(String url) {
        Integer at = positions.get(url);
        List<NavItem> above = sectionsAbove.getOrDefault(url, List.of());
        List<NavLink> breadcrumbs = new ArrayList<>();
        if (home != null && !url.equals(home.url())) {
            breadcrumbs.add(new NavLink(home.label(), home.url()));
        }
        for (NavItem section : above) {
            if (!section.url().equals(url)) { // a section's own page is the page, not a crumb above it
                breadcrumbs.add(new NavLink(section.label(), section.url()));
            }
        }
        Optional<NavLink> previous = at == null || at == 0 ? Optional.empty() : Optional.of(link(readingOrder.get(at - 1)));
        Optional<NavLink> next = at == null || at + 1 >= readingOrder.size() ? Optional.empty()
                : Optional.of(link(readingOrder.get(at + 1)));
        Set<NavItem> open = Collections.newSetFromMap(new IdentityHashMap<>());
        open.addAll(above);
        String sidebar = SidebarHtml.render(items, url, open, !inline, "", branches);
        return new PageNav(breadcrumbs, previous, next, sidebar, inline ? "" : "/" + SHARED_TREE,
                home == null ? "" : home.url());
    }

    /** The whole sidebar, every section closed, for the theme's script: written once when pages hold only their branch. */
    public Optional<String> sharedTree(String baseurl) {
        if (inline || items.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(SidebarHtml.render(items, "", Set.of(), false, baseurl, null) + "\n");
    }

    private static NavLink link(NavItem item) {
        return new NavLink(item.label(), item.url());
    }
}
