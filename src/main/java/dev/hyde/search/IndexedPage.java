package dev.hyde.search;

import dev.hyde.diag.Diagnostic;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A page as the search index takes it: each section's terms and weights, and the sections as
 * results show them, already as the JSON the index files hold. Made once per rendered page; a
 * build that keeps a page reads it back from the build cache as it is, without making it again.
 *
 * @param url      the page's URL in the site, without the base URL
 * @param sections each section's terms, in page order
 * @param shown    the sections as results show them: one JSON array a line (URL, page title,
 *                 heading, anchor, snippet), UTF-8
 * @param warnings what could not be indexed, as warnings on the page's source file
 */
public record IndexedPage(String url, List<Terms> sections, byte[] shown, List<Diagnostic> warnings) {

    public IndexedPage {
        sections = List.copyOf(sections);
        warnings = List.copyOf(warnings);
    }

    /**
     * The terms of one section and how strongly each belongs to it (see {@link PageText.Section}).
     * The lists are taken as they are, not copied: they come from a {@link PageText} or from
     * the cache, and nothing changes them.
     */
    public record Terms(List<String> terms, int[] weights) {
    }

    public static IndexedPage of(PageText page) {
        List<Terms> sections = page.sections().stream().map(s -> new Terms(s.terms(), s.weights())).toList();
        return new IndexedPage(page.url(), sections, shown(page), page.warnings());
    }

    /** A page's sections as results show them, one JSON array a line (JSON strings hold no line break). */
    private static byte[] shown(PageText page) {
        StringBuilder json = new StringBuilder(page.sections().size() * 320);
        for (PageText.Section section : page.sections()) {
            if (!json.isEmpty()) {
                json.append('\n');
            }
            json.append('[');
            Json.string(json, page.url()).append(',');
            Json.string(json, page.title()).append(',');
            Json.string(json, section.heading()).append(',');
            Json.string(json, section.anchor()).append(',');
            Json.string(json, section.snippet()).append(']');
        }
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }
}
