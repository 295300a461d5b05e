package dev.hyde.cache;

import dev.hyde.config.ProjectLayout;
import dev.hyde.model.Site;
import dev.hyde.text.TextHash;
import dev.hyde.view.SiteView;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Digests of the parts of a site that many pages read at once, to tell whether a page that read
 * one of them would render differently now: the lists of pages (as {@code site.pages} and the
 * other lists of the site show them), the static files ({@code site.static_files}), a key of
 * {@code site.data}, all of the data, and which templates there are.
 */
final class SiteSignatures {
    private SiteSignatures() {
    }

    /**
     * @param pageLists   every list of pages the site shows templates, as they show them
     * @param staticFiles {@code site.static_files}: each static file's path, name and modification time
     */
    record Lists(String pageLists, String staticFiles) {
    }

    static Lists lists(Site site) {
        TextHash pages = new TextHash();
        TextHash statics = new TextHash();
        for (Map.Entry<String, Object> entry : SiteView.of(site).entrySet()) {
            if (entry.getKey().equals("static_files")) {
                walk(statics, entry.getValue());
            } else if (entry.getValue() instanceof List<?> list) {
                pages.text(entry.getKey());
                walk(pages, list);
            }
        }
        return new Lists(pages.hex(), statics.hex());
    }

    /**
     * Hashes a value as templates see it, map by map and list by list: what its text would show,
     * without making the text of a list of 10,000 pages.
     */
    private static void walk(TextHash hash, Object value) {
        if (value instanceof Map<?, ?> map) {
            hash.mark((byte) '{');
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                walk(hash, entry.getKey());
                hash.mark((byte) '=');
                walk(hash, entry.getValue());
            }
            hash.mark((byte) '}');
        } else if (value instanceof java.util.Collection<?> items) {
            hash.mark((byte) '[');
            for (Object item : items) {
                walk(hash, item);
            }
            hash.mark((byte) ']');
        } else {
            hash.text(String.valueOf(value));
        }
    }

    /** Each document's rendered content and excerpt, hashed, by content path. */
    static Map<String, String> documents(dev.hyde.pipeline.SiteWriter.DocumentContents documents) {
        Map<String, String> digests = new TreeMap<>();
        documents.content().forEach((path, content) -> digests.put(path,
                new TextHash().text(content).text(String.valueOf(documents.excerpts().get(path))).hex()));
        return digests;
    }

    /** The data files of each top-level {@code site.data} key, with their hashes. */
    static Map<String, String> dataKeys(ProjectLayout project, Map<String, String> files) {
        String prefix = project.relative(project.data()) + "/";
        Map<String, StringBuilder> byKey = new TreeMap<>();
        // the few data files first, then in order: sorting every file of a large site took longer
        files.keySet().stream().filter(path -> path.startsWith(prefix)).sorted().forEach(path ->
                byKey.computeIfAbsent(dataKey(path.substring(prefix.length())), k -> new StringBuilder())
                        .append(path).append(' ').append(files.get(path)).append('\n'));
        Map<String, String> keys = new TreeMap<>();
        byKey.forEach((key, text) -> keys.put(key, text.toString()));
        return keys;
    }

    /**
     * The names of the layouts and the templates they read (not their text, which each page's
     * record names file by file): a template added or removed may change which one a page uses.
     */
    static String templateNames(ProjectLayout project, Map<String, String> files) {
        String layouts = project.relative(project.layouts()) + "/";
        String includes = project.relative(project.includes()) + "/";
        String sass = project.relative(project.sass()) + "/";
        String assets = project.assets().map(a -> project.relative(a) + "/").orElse(null);
        StringBuilder names = new StringBuilder();
        files.keySet().stream()
                .filter(path -> path.startsWith(layouts) && !path.startsWith(includes) && !path.startsWith(sass)
                        && (assets == null || !path.startsWith(assets)))
                .sorted().forEach(path -> names.append(path).append('\n'));
        return names.toString();
    }

    /** The top-level {@code site.data} key of a data file or folder ({@code istio.yml} is {@code istio}). */
    private static String dataKey(String relative) {
        int slash = relative.indexOf('/');
        if (slash >= 0) {
            return relative.substring(0, slash);
        }
        int dot = relative.lastIndexOf('.');
        return dot > 0 ? relative.substring(0, dot) : relative;
    }
}
