package dev.hyde.view;

import dev.hyde.model.Page;
import dev.hyde.model.TocEntry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What templates see as {@code page}: every front matter key, plus {@code title}, {@code url},
 * {@code path}, {@code name}, {@code dir}, {@code layout}, and for documents of a Jekyll
 * collection {@code collection}, {@code id}, {@code date} and {@code slug}. Layouts also get
 * {@code toc}; Liquid sees {@code content}.
 */
public final class PageView {
    private PageView() {
    }

    /** The page as {@code site.pages} lists it. */
    public static Map<String, Object> of(Page page) {
        return Collections.unmodifiableMap(base(page));
    }

    /** The page as a list sees it, with its rendered content (Jekyll's documents in {@code site.<collection>}). */
    public static Map<String, Object> withContent(Page page, String content) {
        Map<String, Object> view = base(page);
        view.put("content", content);
        return Collections.unmodifiableMap(view);
    }

    /** A document as its collection lists it: with its content and, for a post, its excerpt. */
    public static Map<String, Object> document(Page page, String content, String excerpt) {
        Map<String, Object> view = base(page);
        view.put("content", content);
        if (excerpt != null) {
            view.put("excerpt", excerpt);
        }
        return Collections.unmodifiableMap(view);
    }

    /** The page as its own Liquid sees it: {@code page.content} is its source, as in Jekyll. */
    public static Map<String, Object> forLiquid(Page page) {
        return withContent(page, page.body());
    }

    /**
     * The page as its layouts see it: with its table of contents and rendered content.
     *
     * @param theme what the theme adds ({@code nav}, {@code last_modified_at}, {@code edit_url}),
     *              unless the front matter sets a key of the same name
     */
    public static Map<String, Object> forLayout(Page page, String content, List<TocEntry> toc, Map<String, Object> theme) {
        Map<String, Object> view = base(page);
        view.put("content", content);
        view.put("toc", toc.stream().map(PageView::entry).toList());
        theme.forEach(view::putIfAbsent);
        return Collections.unmodifiableMap(view);
    }

    private static Map<String, Object> base(Page page) {
        Map<String, Object> view = new LinkedHashMap<>(page.frontMatter().values());
        // a title set to nothing (a Jekyll page without one) stays nil: {% if page.title %} is false
        boolean nil = view.containsKey("title") && view.get("title") == null;
        view.put("title", nil ? null : page.frontMatter().title());
        view.put("url", page.url());
        view.put("path", page.contentPath());
        view.put("name", page.source().path().getFileName().toString());
        view.put("dir", page.url().substring(0, page.url().lastIndexOf('/') + 1));
        view.put("layout", page.frontMatter().layout());
        page.frontMatter().order().ifPresent(order -> view.put("order", order));
        if (page.isDocument()) {
            // Jekyll: a post's slug is its file name less the date; the id is the URL's folder and the slug.
            String slug = String.valueOf(page.frontMatter().values().getOrDefault("slug",
                    page.source().baseName().replaceFirst("^\\d{4}-\\d{1,2}-\\d{1,2}-", "")));
            String url = page.url();
            view.put("collection", page.collection());
            view.put("relative_path", page.contentPath());
            view.put("slug", slug);
            view.put("id", url.substring(0, url.lastIndexOf('/') + 1) + slug);
        }
        page.date().ifPresent(date -> view.put("date", date));
        return view;
    }

    private static Map<String, Object> entry(TocEntry e) {
        return Map.of("id", e.id(), "text", e.text(), "level", e.level());
    }
}
