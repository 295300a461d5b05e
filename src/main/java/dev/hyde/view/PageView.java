package dev.hyde.view;

import dev.hyde.model.Page;
import dev.hyde.model.TocEntry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What templates see as {@code page}: every front matter key, plus {@code title}, {@code url},
 * {@code path} (below content/) and {@code layout}; layouts also get {@code toc}.
 */
public final class PageView {
    private PageView() {
    }

    /** The page as Liquid and {@code site.pages} see it. */
    public static Map<String, Object> of(Page page) {
        return Collections.unmodifiableMap(base(page));
    }

    /** The page as its layouts see it: with its table of contents. */
    public static Map<String, Object> withToc(Page page, List<TocEntry> toc) {
        Map<String, Object> view = base(page);
        view.put("toc", toc.stream().map(PageView::entry).toList());
        return Collections.unmodifiableMap(view);
    }

    private static Map<String, Object> base(Page page) {
        Map<String, Object> view = new LinkedHashMap<>(page.frontMatter().values());
        view.put("title", page.frontMatter().title());
        view.put("url", page.url());
        view.put("path", page.contentPath());
        view.put("layout", page.frontMatter().layout());
        page.frontMatter().order().ifPresent(order -> view.put("order", order));
        return view;
    }

    private static Map<String, Object> entry(TocEntry e) {
        return Map.of("id", e.id(), "text", e.text(), "level", e.level());
    }
}
