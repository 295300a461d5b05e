package dev.hyde.search;

import dev.hyde.config.ProjectLayout;
import dev.hyde.config.SiteConfig;
import dev.hyde.diag.Diagnostic;
import dev.hyde.model.Site;
import dev.hyde.plugins.GeneratedFile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The search index of a site, as static files the theme's {@code search.js} fetches on demand,
 * so a search works from any static server and the first query loads only what it needs:
 * <ul>
 *   <li>{@code assets/hyde/search/index.json}: the manifest (how many sections, the shard keys,
 *       the stop words, the base URL);
 *   <li>{@code assets/hyde/search/t/KEY.json}: one shard per term prefix (the term's first two
 *       characters), mapping each term to its document frequency and its best sections with
 *       their weights (section ids delta-encoded); a CJK term's shard is its first character;
 *   <li>{@code assets/hyde/search/d/N.json}: sections {@code N*32} to {@code N*32+31}, each
 *       as URL, page title, heading, anchor and the start of its text, to show a result.
 * </ul>
 * A term keeps its {@value #POSTINGS} best sections (by weight): enough to rank the first pages
 * of results, and it keeps a shard of common words small on a large site.
 */
public final class SearchIndex {
    public static final String FOLDER = "assets/hyde/search/";
    public static final String MANIFEST = FOLDER + "index.json";
    static final int POSTINGS = 1000;
    static final int CHUNK = 32;
    private static final String SOURCE = "search index";

    private SearchIndex() {
    }

    /** Search is on in a Hyde project unless {@code search: false}; a Jekyll site has no built-in theme. */
    public static boolean enabled(ProjectLayout project, Site site) {
        return enabled(project, site.config());
    }

    /** As {@link #enabled(ProjectLayout, Site)}. */
    public static boolean enabled(ProjectLayout project, SiteConfig config) {
        return !project.isJekyll() && !Boolean.FALSE.equals(config.values().get("search"));
    }

    /**
     * The index files of these pages.
     *
     * @param baseurl the site's base path, which result links start with
     */
    public static Written write(Collection<PageText> texts, String baseurl) {
        return write(texts, baseurl, () -> false).orElseThrow();
    }

    /**
     * As {@link #write(Collection, String)}, given up as soon as {@code stale} says the index is
     * no longer wanted (the preview server's, when an edit comes while it is made: the index of
     * a large site takes longer than the edit's rebuild, which it would slow down on the same cores).
     *
     * @return empty when given up
     */
    public static Optional<Written> write(Collection<PageText> texts, String baseurl, BooleanSupplier stale) {
        List<GeneratedFile> files = java.util.Collections.synchronizedList(new ArrayList<>());
        try (SearchIndexer indexer = new SearchIndexer(texts.stream().map(PageText::url).toList(), Long.MAX_VALUE)) {
            int added = 0;
            for (PageText text : texts) {
                if (++added % 64 == 0 && stale.getAsBoolean()) {
                    return Optional.empty();
                }
                indexer.add(text);
            }
            if (stale.getAsBoolean()) {
                return Optional.empty();
            }
            List<Diagnostic> warnings = indexer.write(baseurl, (path, bytes) ->
                    files.add(new GeneratedFile(path, SOURCE, new String(bytes, StandardCharsets.UTF_8))));
            List<GeneratedFile> sorted = new ArrayList<>(files);
            sorted.sort(Comparator.comparing(GeneratedFile::outputPath));
            return Optional.of(new Written(sorted, warnings));
        }
    }

    /**
     * @param files    the index files
     * @param warnings what could not be indexed, per page
     */
    public record Written(List<GeneratedFile> files, List<Diagnostic> warnings) {
        public Written {
            files = List.copyOf(files);
            warnings = List.copyOf(warnings);
        }
    }

    /** The shard a term is in: its first two characters (code points). search.js works it out the same way. */
    static String shardKey(String term) {
        // A CJK term is a character pair: its shard is its first character, so a query of one
        // character finds the pairs it starts in one file.
        int chars = Words.isCjk(term.codePointAt(0)) ? 1 : 2;
        int end = term.offsetByCodePoints(0, Math.min(chars, term.codePointCount(0, term.length())));
        return term.substring(0, end);
    }

    /** A shard key as a file name that is the same on every file system: a-z and 0-9 as they are, other characters as _hex. */
    static String fileName(String key) {
        StringBuilder name = new StringBuilder();
        key.codePoints().forEach(cp -> {
            if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
                name.appendCodePoint(cp);
            } else {
                name.append('_').append(Integer.toHexString(cp));
            }
        });
        return name.toString();
    }
}
