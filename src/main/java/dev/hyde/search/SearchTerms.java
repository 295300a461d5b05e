package dev.hyde.search;

import dev.hyde.links.Canonical;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The one copy of each search term of a site's pages. The same words recur on every page: the
 * preview server keeps every page's search text, and with each term a string of its own that was
 * ten times the size (50 KB a page); {@code String.intern} cost a fifth of the search stage.
 *
 * <p>Each rendering thread also has a small table of the terms it met last, looked up by their
 * characters ({@link Table}), so that a word met again (most of a page's words) is neither made
 * into a new string nor looked up in the shared map. Every term a table gives is the shared copy,
 * so a page's sections take their terms as they are.
 */
public final class SearchTerms {
    private final ConcurrentMap<String, String> copies = new ConcurrentHashMap<>();
    // Not static: a build's tables go with it. A table refers to the shared map, never to this
    // object, so a pool thread's table does not keep its ThreadLocal (weakly held) alive.
    private final ThreadLocal<Table> tables = ThreadLocal.withInitial(() -> new Table(copies));

    /** The calling thread's table. */
    Table table() {
        return tables.get();
    }

    /**
     * A thread's cache of lower-case ASCII terms, keyed by their characters: open addressing over
     * a fixed number of slots, a term pushed out when its slot is wanted. What it returns is always
     * the shared copy, so a term is the same string whichever thread met it.
     */
    static final class Table {
        private static final int SLOTS = 1 << 13;
        private static final int PROBES = 4;
        private final ConcurrentMap<String, String> copies;
        private final char[][] keys = new char[SLOTS][];
        private final String[] terms = new String[SLOTS];
        private final boolean[] stop = new boolean[SLOTS];
        private int evict;

        private Table(ConcurrentMap<String, String> copies) {
            this.copies = copies;
        }

        /**
         * The term spelled by {@code chars[start, end)} (lower-case ASCII, whose {@link String#hashCode}
         * is {@code hash}), or null when it is a {@link Words#STOP} word.
         */
        String term(char[] chars, int start, int end, int hash) {
            int length = end - start;
            int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
            for (int probe = 0; probe < PROBES; probe++) {
                int at = (slot + probe) & (SLOTS - 1);
                char[] key = keys[at];
                if (key == null) {
                    return put(at, chars, start, length);
                }
                if (key.length == length && same(key, chars, start)) {
                    return stop[at] ? null : terms[at];
                }
            }
            // every slot of the run is taken: push one out, a different one each time
            evict = (evict + 1) % PROBES;
            return put((slot + evict) & (SLOTS - 1), chars, start, length);
        }

        /** The shared copy of a term not looked up by its characters (one that is not ASCII). */
        String copy(String term) {
            return Canonical.of(copies, term);
        }

        private String put(int at, char[] chars, int start, int length) {
            char[] key = new char[length];
            System.arraycopy(chars, start, key, 0, length);
            String term = Canonical.of(copies, new String(key));
            keys[at] = key;
            terms[at] = term;
            stop[at] = length <= 5 && Words.STOP.contains(term);
            return stop[at] ? null : term;
        }

        private static boolean same(char[] key, char[] chars, int start) {
            return Arrays.equals(key, 0, key.length, chars, start, start + key.length);
        }
    }
}
