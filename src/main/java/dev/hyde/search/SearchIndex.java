package dev.hyde.search;

import dev.hyde.config.ProjectLayout;
import dev.hyde.config.SiteConfig;
import dev.hyde.diag.Diagnostic;
import dev.hyde.model.Site;
import dev.hyde.plugins.GeneratedFile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

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
        List<PageText> pages = new ArrayList<>(texts);
        pages.sort(Comparator.comparing(PageText::url));
        List<PageText.Section> sections = new ArrayList<>();
        List<PageText> sectionPages = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        for (PageText page : pages) {
            warnings.addAll(page.warnings());
            for (PageText.Section section : page.sections()) {
                sections.add(section);
                sectionPages.add(page);
            }
        }
        // Each thread collects the terms of one part of the vocabulary (by hash), so the merge
        // of a large site's postings runs on every core, as its pages were read.
        int parts = Math.max(1, Runtime.getRuntime().availableProcessors()) * 2;
        List<Map<String, Postings>> byPart = IntStream.range(0, parts).parallel().mapToObj(part -> {
            Map<String, Postings> postings = new HashMap<>();
            for (int id = 0; id < sections.size(); id++) {
                PageText.Section section = sections.get(id);
                List<String> terms = section.terms();
                int[] weights = section.weights();
                for (int i = 0; i < weights.length; i++) {
                    String term = terms.get(i);
                    if (Math.floorMod(term.hashCode(), parts) == part) {
                        postings.computeIfAbsent(term, t -> new Postings()).add(id, weights[i]);
                    }
                }
            }
            return postings;
        }).toList();
        Map<String, Map<String, Postings>> shards = new TreeMap<>();
        byPart.forEach(postings -> postings.forEach((term, list) ->
                shards.computeIfAbsent(shardKey(term), k -> new TreeMap<>()).put(term, list)));
        List<GeneratedFile> files = new ArrayList<>(shards.entrySet().parallelStream().map(shard -> {
            StringBuilder json = new StringBuilder("{");
            shard.getValue().forEach((term, list) -> {
                if (json.length() > 1) {
                    json.append(',');
                }
                Json.string(json, term).append(':');
                list.best(POSTINGS, json);
            });
            return new GeneratedFile(FOLDER + "t/" + fileName(shard.getKey()) + ".json", SOURCE, json.append('}').toString());
        }).toList());
        int chunks = (sections.size() + CHUNK - 1) / CHUNK;
        files.addAll(IntStream.range(0, chunks).parallel().mapToObj(chunk -> {
            StringBuilder json = new StringBuilder("[");
            for (int id = chunk * CHUNK; id < Math.min(sections.size(), (chunk + 1) * CHUNK); id++) {
                if (json.length() > 1) {
                    json.append(',');
                }
                doc(json, sectionPages.get(id), sections.get(id));
            }
            return new GeneratedFile(FOLDER + "d/" + chunk + ".json", SOURCE, json.append(']').toString());
        }).toList());
        StringBuilder manifest = new StringBuilder("{\"version\":1,\"sections\":").append(sections.size())
                .append(",\"chunk\":").append(CHUNK).append(",\"postings\":").append(POSTINGS).append(",\"base\":");
        Json.string(manifest, baseurl).append(",\"stop\":");
        Json.strings(manifest, Words.STOP.stream().sorted().toList()).append(",\"shards\":");
        Json.strings(manifest, List.copyOf(shards.keySet())).append('}');
        files.add(new GeneratedFile(MANIFEST, SOURCE, manifest.toString()));
        return new Written(files, warnings);
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

    private static void doc(StringBuilder json, PageText page, PageText.Section section) {
        json.append('[');
        Json.string(json, page.url()).append(',');
        Json.string(json, page.title()).append(',');
        Json.string(json, section.heading()).append(',');
        Json.string(json, section.anchor()).append(',');
        Json.string(json, section.snippet()).append(']');
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

    /** The sections holding one term, in id order, as (id, weight) pairs. */
    private static final class Postings {
        private int[] pairs = new int[8];
        private int size;

        void add(int id, int weight) {
            if (size + 2 > pairs.length) {
                pairs = Arrays.copyOf(pairs, pairs.length * 2);
            }
            pairs[size++] = id;
            pairs[size++] = weight;
        }

        /**
         * Appends {@code [df, id, weight, id-delta, weight, ...]}, keeping the {@code limit}
         * heaviest sections (the earliest of equal weight), still in id order.
         */
        void best(int limit, StringBuilder out) {
            int count = size / 2;
            int threshold = 0;
            int atThreshold = Integer.MAX_VALUE;
            if (count > limit) {
                int[] byWeight = new int[PageText.MAX_WEIGHT + 2];
                for (int i = 1; i < size; i += 2) {
                    byWeight[pairs[i]]++;
                }
                int kept = 0;
                threshold = PageText.MAX_WEIGHT + 1;
                while (threshold > 0 && kept + byWeight[threshold - 1] <= limit) {
                    threshold--;
                    kept += byWeight[threshold];
                }
                // sections of weight threshold-1 fill what room is left, in id order
                atThreshold = limit - kept;
                threshold--;
            }
            out.append('[').append(count);
            int last = 0;
            for (int i = 0; i < size; i += 2) {
                int weight = pairs[i + 1];
                if (weight < threshold || (weight == threshold && atThreshold-- <= 0)) {
                    continue;
                }
                out.append(',').append(pairs[i] - last).append(',').append(weight);
                last = pairs[i];
            }
            out.append(']');
        }
    }
}
