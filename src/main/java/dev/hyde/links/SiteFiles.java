package dev.hyde.links;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.hyde.html.HtmlId;
import dev.hyde.html.ScannedHtml;

/**
 * Every file of a built site, and the fragment targets of each HTML page: what links can point
 * at. Filled from many threads while a site is written; read once it is complete.
 */
public final class SiteFiles {
    private final Set<String> files = ConcurrentHashMap.newKeySet();
    private final Map<String, Supplier<Set<String>>> ids = new ConcurrentHashMap<>();
    private final Set<String> redirects = ConcurrentHashMap.newKeySet();
    /** Pages known but not yet read: read when a link first points into them. */
    private final Map<String, Supplier<ScannedHtml>> unread = new ConcurrentHashMap<>();
    /** One copy of each id: the same heading ids recur on thousands of pages. */
    private final java.util.concurrent.ConcurrentMap<String, String> canonical = new ConcurrentHashMap<>();

    /** A file that is not an HTML page: an image, a stylesheet, a feed ... */
    public void addFile(String path) {
        files.add(path);
    }

    /**
     * An HTML page.
     *
     * @param redirect true for a page that only sends readers on (a refresh): its fragments are not its own
     */
    public void addPage(String path, Collection<String> pageIds, boolean redirect) {
        files.add(path);
        Set<String> own = new java.util.HashSet<>(pageIds.size() * 2);
        for (String id : pageIds) {
            own.add(Canonical.of(canonical, id));
        }
        // an immutable set is one array, a fifth of a HashSet's size: every page's ids are held to the end
        Set<String> frozen = Set.copyOf(own);
        ids.put(path, () -> frozen);
        if (redirect) {
            redirects.add(path);
        }
    }

    /**
     * An HTML page whose ids are read only if a link points into it: the preview server knows
     * every page but checks only the ones an edit touched.
     */
    public void addPage(String path, Supplier<ScannedHtml> scan) {
        files.add(path);
        unread.put(path, scan);
    }

    /**
     * Reads a page added unread, once. Links are checked on several threads: a page is marked
     * read only once its ids are known, and a thread that finds it being read waits for them
     * (taking it off first let another thread see a page with no ids at all).
     */
    private void read(String path) {
        Supplier<ScannedHtml> scan = unread.get(path);
        if (scan != null) {
            synchronized (scan) {
                if (unread.containsKey(path)) {
                    ScannedHtml page = scan.get();
                    addPage(path, page.ids().stream().map(HtmlId::id).toList(), isRedirect(page));
                    unread.remove(path);
                }
            }
        }
    }

    /** A page that only sends readers on: a refresh to another address. */
    public static boolean isRedirect(ScannedHtml page) {
        return page.links().stream().anyMatch(link -> link.element().equals("meta"));
    }

    /**
     * The file a path (decoded, below the site root) is served from, as static servers and
     * GitHub Pages serve it: a folder's {@code index.html}, and {@code /guide} from
     * {@code guide.html} when there is no folder {@code guide}.
     */
    public Optional<String> find(String path) {
        if (path.isEmpty() || path.endsWith("/")) {
            return first(path + "index.html", path + "index.htm");
        }
        return first(path, path + "/index.html", path + "/index.htm", path + ".html");
    }

    /**
     * The files a link could have been served from that {@code added}, once in the site, comes
     * before in {@link #find}'s order: a link that found one of them may find {@code added}
     * now. More files than that may be named, never fewer.
     */
    public static List<String> shadowedBy(String added) {
        List<String> shadowed = new java.util.ArrayList<>(List.of(added + "/index.html", added + "/index.htm", added + ".html"));
        for (String index : List.of("index.html", "index.htm")) {
            if (added.equals(index) || added.endsWith("/" + index)) {
                String folder = added.substring(0, added.length() - index.length());
                shadowed.add(folder + "index.htm");
                if (!folder.isEmpty()) {
                    shadowed.add(folder.substring(0, folder.length() - 1) + ".html");
                }
            }
        }
        return shadowed;
    }

    private Optional<String> first(String... candidates) {
        for (String candidate : candidates) {
            if (files.contains(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code file} is an HTML page (and not a redirect), so that its fragments can be checked. */
    public boolean hasOwnIds(String file) {
        read(file);
        return ids.containsKey(file) && !redirects.contains(file);
    }

    public Set<String> idsOf(String file) {
        read(file);
        Supplier<Set<String>> own = ids.get(file);
        return own == null ? Set.of() : own.get();
    }

    /** Every file's path. */
    public Set<String> all() {
        return Set.copyOf(files);
    }

    public int size() {
        return files.size();
    }
}
