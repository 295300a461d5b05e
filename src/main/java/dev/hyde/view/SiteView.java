package dev.hyde.view;

import dev.hyde.config.CollectionConfig;
import dev.hyde.model.Page;
import dev.hyde.model.Site;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What templates see as {@code site}: the configuration keys, {@code site.data},
 * {@code site.pages}, {@code site.time}, and in a Jekyll site {@code site.posts}, each
 * collection as {@code site.<label>}, {@code site.collections} and {@code site.documents}.
 * Built once per build and read-only, so every page rendering shares it.
 */
public final class SiteView {
    private SiteView() {
    }

    /** The site before any page is rendered. */
    public static Map<String, Object> of(Site site) {
        return of(site, Map.of(), Map.of());
    }

    /**
     * @param documentContent rendered content of collection documents by content path: Jekyll
     *                        renders documents before pages, so pages can list them with content;
     *                        a document not (yet) rendered shows its source, as in Jekyll
     * @param excerpts        rendered excerpts of posts by content path
     */
    public static Map<String, Object> of(Site site, Map<String, String> documentContent, Map<String, String> excerpts) {
        Map<String, Object> view = new LinkedHashMap<>(site.config().values());
        view.put("title", site.config().title());
        view.put("baseurl", site.config().baseurl());
        view.put("url", site.config().url());
        view.put("time", site.config().time());
        view.put("data", site.data());
        List<Map<String, Object>> pages = new ArrayList<>();
        for (Page page : site.pages()) {
            if (!page.isDocument()) {
                pages.add(PageView.of(page));
            }
        }
        view.put("pages", Collections.unmodifiableList(pages));
        // Jekyll's site.html_pages: the pages that are HTML (by output extension), in page order.
        List<Map<String, Object>> htmlPages = new ArrayList<>();
        int index = 0;
        for (Page page : site.pages()) {
            if (!page.isDocument()) {
                if (page.isHtmlOutput()) {
                    htmlPages.add(pages.get(index));
                }
                index++;
            }
        }
        view.put("html_pages", Collections.unmodifiableList(htmlPages));
        List<Map<String, Object>> collections = new ArrayList<>();
        List<Map<String, Object>> documents = new ArrayList<>();
        for (CollectionConfig collection : site.config().collections()) {
            List<Map<String, Object>> docs = documents(site, collection.label(), documentContent, excerpts);
            if (collection.label().equals("posts")) {
                List<Map<String, Object>> newestFirst = new ArrayList<>(docs);
                Collections.reverse(newestFirst);
                view.put("posts", Collections.unmodifiableList(newestFirst));
                view.put("categories", byName(docs, "categories", "category"));
                view.put("tags", byName(docs, "tags", "tag"));
            } else {
                view.put(collection.label(), docs);
            }
            documents.addAll(docs);
            collections.add(Map.of("label", collection.label(), "docs", docs, "output", collection.output(),
                    "directory", collection.folder(), "relative_directory", collection.folder()));
        }
        view.put("static_files", staticFiles(site));
        view.put("collections", Collections.unmodifiableList(collections));
        view.put("documents", Collections.unmodifiableList(documents));
        return Collections.unmodifiableMap(view);
    }

    /**
     * Jekyll's {@code site.categories} and {@code site.tags}: each name (in the order posts first
     * use it, oldest post first) to its posts, newest first.
     */
    private static Map<String, Object> byName(List<Map<String, Object>> postsOldestFirst, String plural, String singular) {
        Map<String, List<Map<String, Object>>> found = new LinkedHashMap<>();
        for (Map<String, Object> post : postsOldestFirst) {
            java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>(names(post.get(plural)));
            names.addAll(names(post.get(singular)));
            for (String name : names) {
                found.computeIfAbsent(name, k -> new ArrayList<>()).add(post);
            }
        }
        Map<String, Object> view = new LinkedHashMap<>();
        found.forEach((name, posts) -> {
            List<Map<String, Object>> newestFirst = new ArrayList<>(posts);
            Collections.reverse(newestFirst);
            view.put(name, Collections.unmodifiableList(newestFirst));
        });
        return Collections.unmodifiableMap(view);
    }

    /** A list of names, or a string of names separated by spaces, as Jekyll reads tags and categories. */
    private static List<String> names(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().filter(java.util.Objects::nonNull).map(String::valueOf).toList();
        }
        if (value == null || String.valueOf(value).isBlank()) {
            return List.of();
        }
        return List.of(String.valueOf(value).strip().split("\\s+"));
    }

    /** {@code site.static_files} as Jekyll's static file drop shows them (without modification times). */
    private static List<Map<String, Object>> staticFiles(Site site) {
        List<Map<String, Object>> files = new ArrayList<>(site.staticFiles().size());
        for (dev.hyde.model.StaticFile file : site.staticFiles()) {
            String path = "/" + file.outputPath();
            String name = path.substring(path.lastIndexOf('/') + 1);
            int dot = name.lastIndexOf('.');
            files.add(Map.of("path", path, "name", name,
                    "basename", dot > 0 ? name.substring(0, dot) : name,
                    "extname", dot > 0 ? name.substring(dot) : ""));
        }
        return Collections.unmodifiableList(files);
    }

    /** {@code site.posts} of a view {@link #of} made: the posts, newest first (none if the site has no posts). */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> posts(Map<String, Object> view) {
        return (List<Map<String, Object>>) view.getOrDefault("posts", List.of());
    }

    /** A collection's documents in Jekyll's order: by date, then by path. */
    private static List<Map<String, Object>> documents(Site site, String label, Map<String, String> content,
                                                       Map<String, String> excerpts) {
        return documentsInOrder(site, label).stream()
                .map(p -> PageView.document(p, content.getOrDefault(p.contentPath(), p.body()),
                        excerpts.get(p.contentPath())))
                .toList();
    }

    /** A collection's documents in Jekyll's order: by date, then by path. */
    public static List<Page> documentsInOrder(Site site, String label) {
        ZonedDateTime siteTime = site.config().time();
        return site.pages().stream()
                .filter(p -> p.collection().equals(label))
                .sorted(Comparator.comparing((Page p) -> p.date().orElse(siteTime).toInstant())
                        .thenComparing(Page::contentPath))
                .toList();
    }

    /**
     * Every document in the order Jekyll renders them: collection by collection as the
     * configuration names them ({@code posts} first), each in its own order.
     */
    public static List<Page> documentsInRenderOrder(Site site) {
        List<Page> all = new ArrayList<>();
        for (CollectionConfig collection : site.config().collections()) {
            all.addAll(documentsInOrder(site, collection.label()));
        }
        return all;
    }
}
