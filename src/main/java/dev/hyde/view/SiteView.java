package dev.hyde.view;

import dev.hyde.model.Page;
import dev.hyde.model.Site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What templates see as {@code site}: the configuration keys, {@code site.data},
 * {@code site.pages} and {@code site.time}. Built once per build and read-only, so every page
 * rendering shares it.
 */
public final class SiteView {
    private SiteView() {
    }

    public static Map<String, Object> of(Site site) {
        Map<String, Object> view = new LinkedHashMap<>(site.config().values());
        view.put("title", site.config().title());
        view.put("baseurl", site.config().baseurl());
        view.put("url", site.config().url());
        view.put("time", site.config().time());
        view.put("data", site.data());
        List<Map<String, Object>> pages = new ArrayList<>(site.pages().size());
        for (Page page : site.pages()) {
            pages.add(PageView.of(page));
        }
        view.put("pages", Collections.unmodifiableList(pages));
        return Collections.unmodifiableMap(view);
    }
}
