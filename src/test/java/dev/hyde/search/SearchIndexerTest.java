package dev.hyde.search;

import dev.hyde.diag.Diagnostic;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The indexer, fed pages in any order from several threads, writes the same files as an index
 * made of all the pages at once in URL order: the reference below is that whole-site algorithm,
 * written plainly (every posting of every term held, sorted, the best kept).
 */
class SearchIndexerTest {
    private static final int PAGES = 700;

    /** Pages of 1 to 12 sections; "common" is in every section (more than twice the postings kept). */
    private static List<PageText> pages() {
        Random random = new Random(7);
        List<PageText> pages = new ArrayList<>();
        for (int p = 0; p < PAGES; p++) {
            List<PageText.Section> sections = new ArrayList<>();
            int count = 1 + random.nextInt(12);
            for (int s = 0; s < count; s++) {
                List<String> terms = new ArrayList<>(List.of("common", "often", "word" + random.nextInt(50),
                        "rare" + p + "x" + s, "\u00e9t\u00e9"));
                int[] weights = new int[terms.size()];
                for (int i = 0; i < weights.length; i++) {
                    // mostly weight 1, so that ties decide which sections are kept
                    weights[i] = random.nextInt(4) == 0 ? 1 + random.nextInt(PageText.MAX_WEIGHT) : 1;
                }
                if (random.nextBoolean()) {
                    terms.remove(1);
                    weights = java.util.Arrays.copyOf(weights, terms.size());
                }
                sections.add(new PageText.Section(s == 0 ? "" : "Heading \"" + s + "\"", s == 0 ? "" : "h" + s,
                        "Text of section " + s + " on page " + p + "\nwith a line break", terms, weights));
            }
            List<Diagnostic> warnings = p % 97 == 0
                    ? List.of(Diagnostic.warning("Page " + p).at("content/p" + p + ".md", 3).build()) : List.of();
            pages.add(new PageText("/docs/p" + (p * 7919 % PAGES) + "/", "Page \u201c" + p + "\u201d", sections, warnings));
        }
        return pages;
    }

    @Test
    void pagesArrivingOutOfOrderFromManyThreadsGiveTheWholeSiteIndex() {
        List<PageText> pages = pages();
        Map<String, String> expected = reference(pages);
        List<PageText> shuffled = new ArrayList<>(pages);
        Collections.shuffle(shuffled, new Random(11));
        assertEquals(expected, indexed(shuffled, pages.stream().map(PageText::url).toList(), Long.MAX_VALUE, true));
    }

    @Test
    void anIndexNoLongerWantedIsGivenUpAndOneStillWantedIsTheSame() {
        List<PageText> pages = pages();
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        assertTrue(SearchIndex.write(pages, "/", () -> asked.incrementAndGet() > 3).isEmpty());
        assertEquals(4, asked.get(), "given up when first told, 256 pages in, not at the end");
        assertEquals(SearchIndex.write(pages, "/"), SearchIndex.write(pages, "/", () -> false).orElseThrow());
    }

    @Test
    void resultTextKeptInATemporaryFileGivesTheSameIndex() {
        List<PageText> pages = pages();
        assertEquals(reference(pages), indexed(pages, pages.stream().map(PageText::url).toList(), 0, true));
    }

    @Test
    void pagesWhoseUrlWasNotAnnouncedAreStillPutInTheirPlace() {
        List<PageText> pages = pages();
        Map<String, String> expected = reference(pages);
        assertEquals(expected, indexed(pages, List.of(), 4096, false));
        // half of them announced: the others come between them
        List<String> some = IntStream.range(0, pages.size()).filter(i -> i % 2 == 0)
                .mapToObj(i -> pages.get(i).url()).toList();
        List<PageText> shuffled = new ArrayList<>(pages);
        Collections.shuffle(shuffled, new Random(3));
        assertEquals(expected, indexed(shuffled, some, Long.MAX_VALUE, false));
    }

    @Test
    void twoPagesWithOneUrlKeepTheOrderTheyCameIn() {
        List<PageText> pages = new ArrayList<>(pages());
        PageText first = pages.get(5);
        PageText second = new PageText(first.url(), "Second of its URL", first.sections(), List.of());
        pages.add(second);
        assertEquals(reference(pages), indexed(pages, pages.stream().map(PageText::url).toList(), Long.MAX_VALUE, false));
    }

    @Test
    void aCommonTermKeepsItsBestSectionsAndCountsAll() {
        Map<String, String> files = indexed(pages(), pages().stream().map(PageText::url).toList(), Long.MAX_VALUE, false);
        String shard = files.get(SearchIndex.FOLDER + "t/co.json");
        int sections = pages().stream().mapToInt(p -> p.sections().size()).sum();
        assertTrue(sections > 2 * SearchIndex.POSTINGS, "the test needs pruning: " + sections);
        assertTrue(shard.startsWith("{\"common\":[" + sections + ","), shard.substring(0, 40));
    }

    @Test
    void selectingTheSmallestKeysFindsTheKthAndMovesThemFirst() {
        Random random = new Random(5);
        for (int round = 0; round < 200; round++) {
            int size = 1 + random.nextInt(300);
            long[] keys = random.longs(size * 3L).distinct().limit(size).toArray();
            int k = 1 + random.nextInt(keys.length);
            long[] sorted = keys.clone();
            java.util.Arrays.sort(sorted);
            long[] work = keys.clone();
            assertEquals(sorted[k - 1], SearchIndexer.Postings.selectSmallest(work, work.length, k));
            long[] front = java.util.Arrays.copyOf(work, k);
            java.util.Arrays.sort(front);
            assertEquals(java.util.Arrays.toString(java.util.Arrays.copyOf(sorted, k)), java.util.Arrays.toString(front));
        }
    }

    @Test
    void aSavedStateTakenUpWithSomePagesReplacedGivesTheIndexOfTheNewPages() {
        List<PageText> pages = new ArrayList<>(pages());
        List<String> urls = pages.stream().map(PageText::url).toList();
        byte[] state;
        try (SearchIndexer first = new SearchIndexer(urls, Long.MAX_VALUE)) {
            pages.parallelStream().forEach(first::add);
            state = first.state(Long.MAX_VALUE).orElseThrow();
        }
        Random random = new Random(17);
        // each build takes up the state the one before it saved
        for (int round = 0; round < 6; round++) {
            List<IndexedPage> replaced = new ArrayList<>();
            java.util.Set<Integer> changed = new java.util.HashSet<>();
            for (int n = 1 + random.nextInt(30); n > 0; n--) {
                int p = random.nextInt(pages.size());
                if (changed.add(p)) {
                    replaced.add(IndexedPage.of(pages.get(p)));
                    pages.set(p, rewritten(pages.get(p), random, round));
                }
            }
            Map<String, String> expected = reference(pages);
            Map<String, String> files = new ConcurrentHashMap<>();
            try (SearchIndexer next = new SearchIndexer(urls, Long.MAX_VALUE)) {
                assertTrue(next.resume(state, replaced), "round " + round);
                List<Integer> order = new ArrayList<>(IntStream.range(0, pages.size()).boxed().toList());
                Collections.shuffle(order, random);
                order.parallelStream().forEach(p -> {
                    if (changed.contains(p)) {
                        next.add(pages.get(p));
                    } else {
                        // a kept page comes without its terms, as the cache reads it
                        IndexedPage whole = IndexedPage.of(pages.get(p));
                        next.keep(new IndexedPage(whole.url(), whole.sections().stream()
                                .map(s -> new IndexedPage.Terms(List.of(), new int[0])).toList(), whole.shown(),
                                whole.warnings()));
                    }
                });
                state = next.state(Long.MAX_VALUE).orElseThrow();
                List<Diagnostic> warnings = next.write("/base", (path, bytes) ->
                        files.put(path, new String(bytes, StandardCharsets.UTF_8)));
                files.put("warnings", warnings.toString());
            }
            assertEquals(expected, new TreeMap<>(files), "round " + round);
        }
    }

    @Test
    void aSavedStateThatCannotGiveTheExactIndexIsNotTakenUp() {
        List<PageText> pages = new ArrayList<>(pages());
        // one page holds 1,300 of the heaviest sections of "common": taking them out leaves too few of its best
        List<PageText.Section> heavy = new ArrayList<>();
        for (int s = 0; s < 1300; s++) {
            heavy.add(new PageText.Section("H" + s, "h" + s, "text", List.of("common"), new int[] {PageText.MAX_WEIGHT}));
        }
        pages.set(3, new PageText(pages.get(3).url(), "Heavy", heavy, List.of()));
        List<String> urls = pages.stream().map(PageText::url).toList();
        byte[] state;
        try (SearchIndexer first = new SearchIndexer(urls, Long.MAX_VALUE)) {
            pages.forEach(first::add);
            state = first.state(Long.MAX_VALUE).orElseThrow();
        }
        List<IndexedPage> heavyOut = List.of(IndexedPage.of(pages.get(3)));
        assertFalse(new SearchIndexer(urls, Long.MAX_VALUE).resume(state, heavyOut));
        // other pages (the ranks differ), a state cut short or too large, an entry the state never held
        List<String> fewer = urls.subList(1, urls.size());
        assertFalse(new SearchIndexer(fewer, Long.MAX_VALUE).resume(state, List.of()));
        assertFalse(new SearchIndexer(urls, Long.MAX_VALUE).resume(java.util.Arrays.copyOf(state, state.length - 9), List.of()));
        PageText stranger = new PageText(pages.get(8).url(), "Stranger", List.of(new PageText.Section("", "", "x",
                List.of("neverindexed"), new int[] {1})), List.of());
        assertFalse(new SearchIndexer(urls, Long.MAX_VALUE).resume(state, List.of(IndexedPage.of(stranger))));
        try (SearchIndexer small = new SearchIndexer(urls, Long.MAX_VALUE)) {
            pages.forEach(small::add);
            assertTrue(small.state(1000).isEmpty(), "a state larger than allowed is not made");
        }
        // not taken up, the indexer is as new: every page added gives the whole index
        SearchIndexer after = new SearchIndexer(urls, Long.MAX_VALUE);
        assertFalse(after.resume(state, heavyOut));
        // written from several threads at once
        Map<String, String> files = new ConcurrentHashMap<>();
        pages.forEach(after::add);
        List<Diagnostic> warnings = after.write("/base", (path, bytes) -> files.put(path, new String(bytes, StandardCharsets.UTF_8)));
        files.put("warnings", warnings.toString());
        after.close();
        assertEquals(reference(pages), new TreeMap<>(files));
    }

    @Test
    void aTermLeftWithAllItsPostingsTakesLaterOnesOfAnyWeight() {
        // "fleeting" is in 2,100 sections of one page (so its postings were pruned) and 10 heavier ones of another
        List<PageText> pages = new ArrayList<>(pages());
        pages.set(4, withTerm(pages.get(4), "fleeting", 2100, 30));
        pages.set(9, withTerm(pages.get(9), "fleeting", 10, 40));
        List<String> urls = pages.stream().map(PageText::url).toList();
        byte[] state;
        try (SearchIndexer first = new SearchIndexer(urls, Long.MAX_VALUE)) {
            pages.forEach(first::add);
            state = first.state(Long.MAX_VALUE).orElseThrow();
        }
        // the first page now has 50 lighter ones, which the pruning of before would have left out
        IndexedPage before = IndexedPage.of(pages.get(4));
        pages.set(4, withTerm(pages.get(4), "fleeting", 50, 1));
        // written from several threads at once
        Map<String, String> files = new ConcurrentHashMap<>();
        try (SearchIndexer next = new SearchIndexer(urls, Long.MAX_VALUE)) {
            assertTrue(next.resume(state, List.of(before)));
            for (int p = 0; p < pages.size(); p++) {
                if (p == 4) {
                    next.add(pages.get(p));
                } else {
                    next.keep(IndexedPage.of(pages.get(p)));
                }
            }
            List<Diagnostic> warnings = next.write("/base", (path, bytes) -> files.put(path, new String(bytes, StandardCharsets.UTF_8)));
            files.put("warnings", warnings.toString());
        }
        assertEquals(reference(pages), new TreeMap<>(files));
    }

    /** A page of {@code count} sections, each holding {@code term} at {@code weight}. */
    private static PageText withTerm(PageText page, String term, int count, int weight) {
        List<PageText.Section> sections = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            sections.add(new PageText.Section("S" + s, "s" + s, "text", List.of(term), new int[] {weight}));
        }
        return new PageText(page.url(), page.title(), sections, List.of());
    }

    /** Another version of a page at the same URL: other sections, some terms new, some heavy. */
    private static PageText rewritten(PageText page, Random random, int round) {
        List<PageText.Section> sections = new ArrayList<>();
        for (int s = random.nextInt(14); s > 0; s--) {
            List<String> terms = new ArrayList<>(List.of("common", "word" + random.nextInt(60), "new" + round + "x" + s));
            if (random.nextBoolean()) {
                terms.add("often");
            }
            int[] weights = terms.stream().mapToInt(t -> random.nextInt(3) == 0
                    ? 1 + random.nextInt(PageText.MAX_WEIGHT) : 1).toArray();
            sections.add(new PageText.Section("Heading " + s, "h" + s, "Rewritten " + round, terms, weights));
        }
        return new PageText(page.url(), page.title() + " r" + round, sections, page.warnings());
    }

    /** The files of the indexer fed these pages (from the common pool's threads when asked), with its warnings. */
    private static Map<String, String> indexed(List<PageText> pages, List<String> urls, long memory, boolean parallel) {
        Map<String, String> files = new ConcurrentHashMap<>();
        try (SearchIndexer indexer = new SearchIndexer(urls, memory)) {
            (parallel ? pages.parallelStream() : pages.stream()).forEach(indexer::add);
            List<Diagnostic> warnings = indexer.write("/base", (path, bytes) ->
                    files.put(path, new String(bytes, StandardCharsets.UTF_8)));
            files.put("warnings", warnings.toString());
        }
        return new TreeMap<>(files);
    }

    /** The index of all the pages at once: every posting held, the best of each term kept. */
    private static Map<String, String> reference(List<PageText> texts) {
        List<PageText> pages = new ArrayList<>(texts);
        pages.sort(Comparator.comparing(PageText::url));
        List<String> docs = new ArrayList<>();
        Map<String, List<int[]>> postings = new HashMap<>();
        List<Diagnostic> warnings = new ArrayList<>();
        for (PageText page : pages) {
            warnings.addAll(page.warnings());
            for (PageText.Section section : page.sections()) {
                int id = docs.size();
                StringBuilder doc = new StringBuilder("[");
                Json.string(doc, page.url()).append(',');
                Json.string(doc, page.title()).append(',');
                Json.string(doc, section.heading()).append(',');
                Json.string(doc, section.anchor()).append(',');
                Json.string(doc, section.snippet()).append(']');
                docs.add(doc.toString());
                for (int i = 0; i < section.terms().size(); i++) {
                    postings.computeIfAbsent(section.terms().get(i), t -> new ArrayList<>())
                            .add(new int[] {id, section.weights()[i]});
                }
            }
        }
        Map<String, String> files = new TreeMap<>();
        Map<String, Map<String, List<int[]>>> shards = new TreeMap<>();
        postings.forEach((term, list) -> shards.computeIfAbsent(SearchIndex.shardKey(term), k -> new TreeMap<>())
                .put(term, list));
        shards.forEach((key, terms) -> {
            StringBuilder json = new StringBuilder("{");
            terms.forEach((term, list) -> {
                if (json.length() > 1) {
                    json.append(',');
                }
                Json.string(json, term).append(':');
                List<int[]> best = new ArrayList<>(list);
                best.sort(Comparator.<int[]>comparingInt(p -> -p[1]).thenComparingInt(p -> p[0]));
                best = new ArrayList<>(best.subList(0, Math.min(SearchIndex.POSTINGS, best.size())));
                best.sort(Comparator.comparingInt(p -> p[0]));
                json.append('[').append(list.size());
                int last = 0;
                for (int[] p : best) {
                    json.append(',').append(p[0] - last).append(',').append(p[1]);
                    last = p[0];
                }
                json.append(']');
            });
            files.put(SearchIndex.FOLDER + "t/" + SearchIndex.fileName(key) + ".json", json.append('}').toString());
        });
        for (int chunk = 0; chunk * SearchIndex.CHUNK < docs.size(); chunk++) {
            files.put(SearchIndex.FOLDER + "d/" + chunk + ".json", "[" + String.join(",",
                    docs.subList(chunk * SearchIndex.CHUNK, Math.min(docs.size(), (chunk + 1) * SearchIndex.CHUNK))) + "]");
        }
        StringBuilder manifest = new StringBuilder("{\"version\":1,\"sections\":").append(docs.size())
                .append(",\"chunk\":").append(SearchIndex.CHUNK).append(",\"postings\":").append(SearchIndex.POSTINGS)
                .append(",\"base\":");
        Json.string(manifest, "/base").append(",\"stop\":");
        Json.strings(manifest, Words.STOP.stream().sorted().toList()).append(",\"shards\":");
        Json.strings(manifest, List.copyOf(shards.keySet())).append('}');
        files.put(SearchIndex.MANIFEST, manifest.toString());
        files.put("warnings", warnings.toString());
        return files;
    }
}
