package dev.hyde.view;

import dev.hyde.deps.ReadRecorder;
import dev.hyde.deps.RecordingMap;

import java.util.Map;

/**
 * The shared {@link SiteView} as one page's rendering sees it: the same values, with reads of
 * {@code site.data.*} and {@code site.pages} recorded, so a later edit to a data file or to the
 * page list re-renders exactly the pages that used them.
 */
public final class RecordedSiteView {
    private RecordedSiteView() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> of(Map<String, Object> siteView, ReadRecorder reads) {
        return new RecordingMap(siteView, (key, value) -> {
            if (key.equals("time")) {
                reads.time();
            }
            if (key.equals("data") && value instanceof Map<?, ?> data) {
                return RecordingMap.keys((Map<String, Object>) data, reads::dataKey, reads::allData);
            }
            if (key.equals("static_files")) {
                reads.staticFiles();
            } else if (value instanceof java.util.List) {
                // site.pages, site.posts, a collection: lists of pages, changed by any page edit.
                reads.sitePages();
            }
            return value;
        }, () -> {
            // Walking the whole site object reads everything in it.
            reads.allData();
            reads.sitePages();
            reads.staticFiles();
            reads.time();
        });
    }
}
