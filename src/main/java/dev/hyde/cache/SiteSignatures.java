package dev.hyde.cache;

import dev.hyde.config.ProjectLayout;
import dev.hyde.model.Site;
import dev.hyde.view.SiteView;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
        MessageDigest pages = sha256();
        MessageDigest statics = sha256();
        for (Map.Entry<String, Object> entry : SiteView.of(site).entrySet()) {
            if (entry.getKey().equals("static_files")) {
                walk(statics, entry.getValue());
            } else if (entry.getValue() instanceof List<?> list) {
                update(pages, entry.getKey());
                walk(pages, list);
            }
        }
        return new Lists(hex(pages), hex(statics));
    }

    /**
     * Digests a value as templates see it, map by map and list by list: what its text would show,
     * without making the text of a list of 10,000 pages (which was a tenth of a build that kept
     * all but one page).
     */
    private static void walk(MessageDigest digest, Object value) {
        if (value instanceof Map<?, ?> map) {
            digest.update((byte) '{');
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                walk(digest, entry.getKey());
                digest.update((byte) '=');
                walk(digest, entry.getValue());
            }
            digest.update((byte) '}');
        } else if (value instanceof java.util.Collection<?> items) {
            digest.update((byte) '[');
            for (Object item : items) {
                walk(digest, item);
            }
            digest.update((byte) ']');
        } else {
            update(digest, String.valueOf(value));
        }
    }

    /** Each document's rendered content and excerpt, digested, by content path. */
    static Map<String, String> documents(dev.hyde.pipeline.SiteWriter.DocumentContents documents) {
        Map<String, String> digests = new TreeMap<>();
        documents.content().forEach((path, content) -> {
            MessageDigest digest = sha256();
            update(digest, content);
            update(digest, String.valueOf(documents.excerpts().get(path)));
            digests.put(path, hex(digest));
        });
        return digests;
    }

    /** The data files of each top-level {@code site.data} key, with their hashes. */
    static Map<String, String> dataKeys(ProjectLayout project, Map<String, String> files) {
        String prefix = project.relative(project.data()) + "/";
        Map<String, StringBuilder> byKey = new TreeMap<>();
        new TreeMap<>(files).forEach((path, hash) -> {
            if (path.startsWith(prefix)) {
                byKey.computeIfAbsent(dataKey(path.substring(prefix.length())), k -> new StringBuilder())
                        .append(path).append(' ').append(hash).append('\n');
            }
        });
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
        new TreeMap<>(files).keySet().stream()
                .filter(path -> path.startsWith(layouts) && !path.startsWith(includes) && !path.startsWith(sass)
                        && (assets == null || !path.startsWith(assets)))
                .forEach(path -> names.append(path).append('\n'));
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

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
