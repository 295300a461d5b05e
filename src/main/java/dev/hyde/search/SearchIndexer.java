package dev.hyde.search;

import dev.hyde.diag.Diagnostic;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;

/**
 * Builds a site's search index from its pages as they render (from any thread), keeping only
 * what the index files need, so that a large site's index does not hold every page's text until
 * the end of the build:
 * <ul>
 *   <li>per term, how many sections hold it and its best sections so far: at most
 *       2 &times; {@value SearchIndex#POSTINGS}, as one {@code long} each, because a section
 *       that {@value SearchIndex#POSTINGS} others beat (by weight, then by place) can never be
 *       among the best later;
 *   <li>per page, the JSON that shows its sections as results, in a {@link SectionStore}.
 * </ul>
 * Section ids follow the pages' URLs, so the order of the pages is needed before they arrive:
 * the indexer is given the URLs it will see. A page with another URL (or a second page with
 * one URL) is kept whole and put in its place when the index is written; the files are the same
 * as {@link SearchIndex#write} writes for all the pages at once.
 */
public final class SearchIndexer implements AutoCloseable {
    /** The parts of a posting's key: 6 bits of weight (inverted), 33 of page rank, 24 of section. */
    private static final int SECTION_BITS = 24;
    private static final int RANK_BITS = 33;
    private static final int WEIGHT_SHIFT = SECTION_BITS + RANK_BITS;
    private static final int STRIPE_BITS = 6;
    private static final int STRIPES = 1 << STRIPE_BITS;

    private final Map<String, Integer> ranks;
    /** Set when a rank's page has arrived: a second page with its URL is kept whole. */
    private final java.util.concurrent.atomic.AtomicIntegerArray claimed;
    @SuppressWarnings("unchecked")
    private final Map<String, Postings>[] stripes = new Map[STRIPES];
    private final List<Arrived> pages = new ArrayList<>();
    private final SectionStore store;
    /** A digest of the URLs the pages' ranks come from: a saved state is taken up only with the same ranks. */
    private final byte[] ranksDigest;
    /** Whether the postings of the kept pages came with the last build's state (see {@link #resume}). */
    private volatile boolean resumed;
    /** Set when a page came out of order: its postings are added at the end, and no state can be saved. */
    private volatile boolean outOfOrder;

    /** A page that has arrived: where it sorts, how many sections it has, where their JSON is. */
    private record Arrived(String url, int rank, int sections, SectionStore.Stored shown, IndexedPage whole,
                           List<Diagnostic> warnings) {
    }

    /**
     * @param urls        the URLs of the pages that will be indexed (others may come, at a cost)
     * @param memoryBytes how much of the pages' result text to hold in memory before it goes to a
     *                    temporary file
     */
    public SearchIndexer(Collection<String> urls, long memoryBytes) {
        String[] sorted = urls.stream().distinct().sorted().toArray(String[]::new);
        ranks = new HashMap<>(sorted.length * 2);
        for (int i = 0; i < sorted.length; i++) {
            ranks.put(sorted[i], i);
        }
        claimed = new java.util.concurrent.atomic.AtomicIntegerArray(sorted.length);
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new HashMap<>();
        }
        store = new SectionStore(memoryBytes);
        ranksDigest = IndexState.digest(sorted);
    }

    /** Indexes one page; safe to call from several threads at once. */
    public void add(PageText page) {
        add(IndexedPage.of(page));
    }

    /** Indexes one page as the index takes it; safe to call from several threads at once. */
    public void add(IndexedPage page) {
        Integer rank = ranks.get(page.url());
        List<IndexedPage.Terms> sections = page.sections();
        boolean inOrder = rank != null && sections.size() < 1 << SECTION_BITS && claimed.compareAndSet(rank, 0, 1);
        SectionStore.Stored shown = store.put(page.shown());
        synchronized (pages) {
            pages.add(new Arrived(page.url(), inOrder ? rank : -1, sections.size(), shown, inOrder ? null : page,
                    page.warnings()));
        }
        if (!inOrder) {
            outOfOrder = true;
            return; // its postings are added when the index is written, once its place is known
        }
        // The page's postings, grouped by stripe, so each stripe is locked once per page.
        int count = 0;
        for (IndexedPage.Terms section : sections) {
            count += section.terms().size();
        }
        String[] terms = new String[count];
        long[] keys = new long[count];
        int[] stripeOf = new int[count];
        int[] perStripe = new int[STRIPES + 1];
        int n = 0;
        for (int s = 0; s < sections.size(); s++) {
            IndexedPage.Terms section = sections.get(s);
            List<String> sectionTerms = section.terms();
            int[] weights = section.weights();
            for (int i = 0; i < weights.length; i++) {
                String term = sectionTerms.get(i);
                terms[n] = term;
                keys[n] = key(weights[i], rank, s);
                stripeOf[n] = stripe(term);
                perStripe[stripeOf[n] + 1]++;
                n++;
            }
        }
        for (int i = 0; i < STRIPES; i++) {
            perStripe[i + 1] += perStripe[i];
        }
        int[] order = new int[count];
        int[] next = Arrays.copyOf(perStripe, STRIPES);
        for (int i = 0; i < count; i++) {
            order[next[stripeOf[i]]++] = i;
        }
        for (int stripe = 0; stripe < STRIPES; stripe++) {
            if (perStripe[stripe] == perStripe[stripe + 1]) {
                continue;
            }
            Map<String, Postings> postings = stripes[stripe];
            synchronized (postings) {
                for (int j = perStripe[stripe]; j < perStripe[stripe + 1]; j++) {
                    int i = order[j];
                    postings.computeIfAbsent(terms[i], t -> new Postings()).add(keys[i]);
                }
            }
        }
    }

    /**
     * Takes up the postings the last build's index held ({@link #state}), so that the pages this
     * build keeps from it need not be read for their terms again ({@link #keep}): the postings of
     * the pages it replaces (renders again) are taken out here, and come back as they render.
     * Exact because each term holds the best of all its postings and at least
     * {@value SearchIndex#POSTINGS} of them or all: taking one out leaves the best of the rest.
     * When the state cannot give exactly what indexing every page would (other pages, a damaged
     * state, a term left with too few of its best postings), nothing is taken up and every page is
     * added in full.
     *
     * @param state    what {@link #state} gave the last build
     * @param replaced the last build's entries of the pages in that state that this build does
     *                 not keep: every one of them, or the result is wrong
     * @return whether the state was taken up; call before any page is added
     */
    public boolean resume(byte[] state, Collection<IndexedPage> replaced) {
        synchronized (pages) {
            if (!pages.isEmpty() || resumed) {
                throw new IllegalStateException("an index is taken up before any page is added");
            }
        }
        Map<String, Postings> loaded = IndexState.read(state, ranksDigest, SearchIndex.POSTINGS);
        if (loaded == null) {
                        return false;
        }
        java.util.Set<Postings> touched = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (IndexedPage page : replaced) {
            Integer rank = ranks.get(page.url());
            if (rank == null) {
                return false;
            }
            for (int s = 0; s < page.sections().size(); s++) {
                IndexedPage.Terms section = page.sections().get(s);
                for (int i = 0; i < section.weights().length; i++) {
                    String term = section.terms().get(i);
                    Postings postings = loaded.get(term);
                    if (postings == null || !postings.remove(key(section.weights()[i], rank, s))) {
                                                return false;
                    }
                    if (postings.count == 0) {
                        loaded.remove(term);
                    }
                    touched.add(postings);
                }
            }
        }
        for (Postings postings : touched) {
            if (!postings.stillExact()) {
                                return false;
            }
        }
        loaded.forEach((term, postings) -> stripes[stripe(term)].put(term, postings));
        resumed = true;
        return true;
    }

    /**
     * A page whose postings came with the state taken up by {@link #resume}: only its place and
     * what its results show are added.
     */
    public void keep(IndexedPage page) {
        if (!resumed) {
            throw new IllegalStateException("a page is kept only in an index taken up from a saved state");
        }
        Integer rank = ranks.get(page.url());
        if (rank == null || !claimed.compareAndSet(rank, 0, 1)) {
            // its postings are in the state under its rank, which only it can claim
            throw new IllegalStateException("a kept page without a place of its own: " + page.url());
        }
        SectionStore.Stored shown = store.put(page.shown());
        synchronized (pages) {
            pages.add(new Arrived(page.url(), rank, page.sections().size(), shown, null, page.warnings()));
        }
    }

    /**
     * The postings as they are now, for the next build to take up with {@link #resume}; call once
     * every page is added and before {@link #write}. Empty when there are pages out of order,
     * or when the state would take more than {@code maxBytes}.
     */
    public java.util.Optional<byte[]> state(long maxBytes) {
        if (outOfOrder) {
            return java.util.Optional.empty();
        }
        return IndexState.write(stripes, ranksDigest, SearchIndex.POSTINGS, maxBytes);
    }

    /**
     * Writes the index files, each to {@code out} as soon as it is made (from several threads at
     * once), so that the index is never held in memory whole.
     *
     * @param baseurl the site's base path, which result links start with
     * @return what could not be indexed, per page
     */
    public List<Diagnostic> write(String baseurl, BiConsumer<String, byte[]> out) {
        List<Arrived> all;
        synchronized (pages) {
            all = new ArrayList<>(pages);
        }
        // Page order is URL order; pages of one URL stay in the order they came (a stable sort).
        List<Arrived> ordered = new ArrayList<>(all);
        ordered.sort(Comparator.comparing(Arrived::url));
        int[] firstSection = new int[ordered.size() + 1];
        int[] pageOfRank = new int[claimed.length()];
        for (int p = 0; p < ordered.size(); p++) {
            firstSection[p + 1] = firstSection[p] + ordered.get(p).sections();
            if (ordered.get(p).rank() >= 0) {
                pageOfRank[ordered.get(p).rank()] = p;
            }
        }
        int sections = firstSection[ordered.size()];
        Map<String, Postings> byTerm = new HashMap<>();
        for (Map<String, Postings> stripe : stripes) {
            byTerm.putAll(stripe);
            stripe.clear();
        }
        // The kept postings as (section id, weight); then the pages kept whole add theirs.
        byTerm.values().parallelStream().forEach(postings -> postings.toIds(firstSection, pageOfRank));
        for (int p = 0; p < ordered.size(); p++) {
            IndexedPage whole = ordered.get(p).whole();
            if (whole == null) {
                continue;
            }
            for (int s = 0; s < whole.sections().size(); s++) {
                IndexedPage.Terms section = whole.sections().get(s);
                for (int i = 0; i < section.weights().length; i++) {
                    byTerm.computeIfAbsent(section.terms().get(i), t -> Postings.ofIds())
                            .addId(firstSection[p] + s, section.weights()[i]);
                }
            }
        }
        Map<String, Map<String, Postings>> shards = new TreeMap<>();
        byTerm.forEach((term, postings) ->
                shards.computeIfAbsent(SearchIndex.shardKey(term), k -> new TreeMap<>()).put(term, postings));
        byTerm = null;
        shards.entrySet().parallelStream().forEach(shard -> {
            StringBuilder json = new StringBuilder("{");
            shard.getValue().forEach((term, postings) -> {
                if (json.length() > 1) {
                    json.append(',');
                }
                Json.string(json, term).append(':');
                postings.best(SearchIndex.POSTINGS, json);
            });
            out.accept(SearchIndex.FOLDER + "t/" + SearchIndex.fileName(shard.getKey()) + ".json", bytes(json.append('}')));
        });
        int chunk = SearchIndex.CHUNK;
        int chunks = (sections + chunk - 1) / chunk;
        IntStream.range(0, chunks).parallel().forEach(c -> {
            int from = c * chunk;
            int to = Math.min(sections, from + chunk);
            // the first page with a section at or after from
            int p = Arrays.binarySearch(firstSection, from);
            p = p >= 0 ? p : -p - 2;
            while (firstSection[p + 1] <= from) {
                p++;
            }
            java.io.ByteArrayOutputStream json = new java.io.ByteArrayOutputStream(chunk * 400);
            json.write('[');
            int id = firstSection[p];
            for (; id < to; p++) {
                byte[] page = store.get(ordered.get(p).shown());
                int start = 0;
                for (int s = 0; s < ordered.get(p).sections(); s++, id++) {
                    int end = start;
                    while (end < page.length && page[end] != '\n') {
                        end++;
                    }
                    if (id >= from && id < to) {
                        if (id > from) {
                            json.write(',');
                        }
                        json.write(page, start, end - start);
                    }
                    start = end + 1;
                }
            }
            json.write(']');
            out.accept(SearchIndex.FOLDER + "d/" + c + ".json", json.toByteArray());
        });
        StringBuilder manifest = new StringBuilder("{\"version\":1,\"sections\":").append(sections)
                .append(",\"chunk\":").append(chunk).append(",\"postings\":").append(SearchIndex.POSTINGS)
                .append(",\"base\":");
        Json.string(manifest, baseurl).append(",\"stop\":");
        Json.strings(manifest, Words.STOP.stream().sorted().toList()).append(",\"shards\":");
        Json.strings(manifest, List.copyOf(shards.keySet())).append('}');
        out.accept(SearchIndex.MANIFEST, bytes(manifest));
        List<Diagnostic> warnings = new ArrayList<>();
        ordered.forEach(page -> warnings.addAll(page.warnings()));
        return warnings;
    }

    @Override
    public void close() {
        store.close();
    }

    private static byte[] bytes(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A term's stripe, from the top bits of its mixed hash: each stripe's hash map places terms by
     * the low bits, which would all be equal in one stripe if the stripe were picked by them.
     */
    private static int stripe(String term) {
        return (term.hashCode() * 0x9E3779B9) >>> (Integer.SIZE - STRIPE_BITS);
    }

    /** Sorts heaviest first, then by page, then by section: the order in which sections are kept. */
    private static long key(int weight, long rank, int section) {
        return ((long) (PageText.MAX_WEIGHT - weight) << WEIGHT_SHIFT) | (rank << SECTION_BITS) | section;
    }

    /**
     * The sections holding one term. While pages arrive: the keys of the best so far (pruned to
     * the best {@link #PRUNED_TO} when twice {@value SearchIndex#POSTINGS}), always better than
     * every key not kept, and how many there were in all. When the index is written: (section id, weight) pairs.
     */
    static final class Postings {
        /**
         * How many keys a pruning keeps: a quarter more than the index shows, so that a later
         * build can take a page's postings out of a saved state ({@link #remove}) and still hold
         * the best {@value SearchIndex#POSTINGS}.
         */
        static final int PRUNED_TO = SearchIndex.POSTINGS + SearchIndex.POSTINGS / 4;
        private long[] keys = new long[2];
        private int size;
        private int count;
        /** The key of the last section kept by the latest pruning: one after it is never among the best. */
        private long worstKept = Long.MAX_VALUE;
        private int[] pairs;

        /** Postings as a saved state held them (see {@link IndexState}). */
        static Postings of(int count, long worstKept, long[] keys, int size) {
            Postings postings = new Postings();
            postings.count = count;
            postings.worstKept = worstKept;
            postings.keys = keys;
            postings.size = size;
            return postings;
        }

        int count() {
            return count;
        }

        int size() {
            return size;
        }

        long worstKept() {
            return worstKept;
        }

        /** The kept keys, sorted: the array itself, valid until the next change. */
        long[] sortedKeys() {
            Arrays.sort(keys, 0, size);
            return keys;
        }

        /**
         * Takes one posting out. One that was kept is removed; one that was not (pruned, so worse
         * than all kept) only leaves the count.
         *
         * @return false when there is nothing to take out
         */
        boolean remove(long key) {
            if (count == 0) {
                return false;
            }
            count--;
            for (int i = 0; i < size; i++) {
                if (keys[i] == key) {
                    keys[i] = keys[--size];
                    return true;
                }
            }
            return key > worstKept;
        }

        /**
         * Whether the kept keys still hold the best {@value SearchIndex#POSTINGS} of the term's
         * postings (or all of them): true unless postings taken out left fewer than that of the
         * best while others were pruned.
         */
        boolean stillExact() {
            if (size == count) {
                // nothing pruned is left: a later posting of any weight is kept
                worstKept = Long.MAX_VALUE;
                return true;
            }
            return size >= SearchIndex.POSTINGS;
        }

        static Postings ofIds() {
            Postings postings = new Postings();
            postings.keys = null;
            postings.pairs = new int[8];
            return postings;
        }

        void add(long key) {
            count++;
            if (key > worstKept) {
                return;
            }
            if (size == keys.length) {
                if (size == 2 * SearchIndex.POSTINGS) {
                    size = PRUNED_TO;
                    worstKept = selectSmallest(keys, 2 * SearchIndex.POSTINGS, size);
                    if (key > worstKept) {
                        return;
                    }
                } else {
                    keys = Arrays.copyOf(keys, Math.min(2 * SearchIndex.POSTINGS, size * 2));
                }
            }
            keys[size++] = key;
        }

        /**
         * Moves the {@code k} smallest of the first {@code size} keys (all different) to the front,
         * in no order, and gives the largest of them: a quickselect, as a term pruned this way
         * thousands of times needs no full sort.
         */
        static long selectSmallest(long[] keys, int size, int k) {
            int target = k - 1;
            int lo = 0;
            int hi = size - 1;
            while (lo < hi) {
                long a = keys[lo];
                long b = keys[(lo + hi) >>> 1];
                long c = keys[hi];
                long pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
                int i = lo;
                int j = hi;
                while (i <= j) {
                    while (keys[i] < pivot) {
                        i++;
                    }
                    while (keys[j] > pivot) {
                        j--;
                    }
                    if (i <= j) {
                        long swap = keys[i];
                        keys[i++] = keys[j];
                        keys[j--] = swap;
                    }
                }
                if (target <= j) {
                    hi = j;
                } else if (target >= i) {
                    lo = i;
                } else {
                    break;
                }
            }
            return keys[target];
        }

        /** Turns the kept keys into (section id, weight) pairs, in id order. */
        void toIds(int[] firstSection, int[] pageOfRank) {
            long[] ids = new long[size];
            for (int i = 0; i < size; i++) {
                long key = keys[i];
                int weight = PageText.MAX_WEIGHT - (int) (key >>> WEIGHT_SHIFT);
                int rank = (int) ((key >>> SECTION_BITS) & ((1L << RANK_BITS) - 1));
                int section = (int) (key & ((1 << SECTION_BITS) - 1));
                ids[i] = (long) (firstSection[pageOfRank[rank]] + section) << 8 | weight;
            }
            Arrays.sort(ids);
            pairs = new int[Math.max(8, size * 2)];
            for (int i = 0; i < size; i++) {
                pairs[2 * i] = (int) (ids[i] >>> 8);
                pairs[2 * i + 1] = (int) (ids[i] & 0xFF);
            }
            keys = null;
        }

        /** A section of a page that was kept whole; its id may come before ones already here. */
        void addId(int id, int weight) {
            count++;
            if (2 * size + 2 > pairs.length) {
                pairs = Arrays.copyOf(pairs, pairs.length * 2);
            }
            int at = size;
            // pages kept whole are few: keep the pairs in id order by insertion
            while (at > 0 && pairs[2 * (at - 1)] > id) {
                at--;
            }
            System.arraycopy(pairs, 2 * at, pairs, 2 * at + 2, 2 * (size - at));
            pairs[2 * at] = id;
            pairs[2 * at + 1] = weight;
            size++;
        }

        /**
         * Appends {@code [df, id, weight, id-delta, weight, ...]}, keeping the {@code limit}
         * heaviest sections (the earliest of equal weight), still in id order.
         */
        void best(int limit, StringBuilder out) {
            int threshold = 0;
            int atThreshold = Integer.MAX_VALUE;
            if (size > limit) {
                int[] byWeight = new int[PageText.MAX_WEIGHT + 2];
                for (int i = 1; i < 2 * size; i += 2) {
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
            for (int i = 0; i < 2 * size; i += 2) {
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
