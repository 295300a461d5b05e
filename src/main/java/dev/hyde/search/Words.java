package dev.hyde.search;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Splits text into search terms. {@code search.js} splits a query by the same rules, so a word
 * typed finds the word written:
 * <ul>
 *   <li>a term is a run of letters, digits and combining marks of a script that puts spaces
 *       between words (Latin, Greek, Cyrillic, Armenian, Georgian, Hebrew, Arabic), NFKC-normalised
 *       and lower-cased; terms of one character, longer than {@value #MAX_TERM} characters (hashes,
 *       base64) and the {@link #STOP} words are left out;
 *   <li>Chinese, Japanese and Korean text has no spaces between words, so a run of Han, Hiragana,
 *       Katakana or Hangul characters is indexed as its overlapping character bigrams (a run of one
 *       character as that character): a query's bigrams then find the words they spell;
 *   <li>letters of any other script (Thai, Khmer, Devanagari ...) are not indexed: this class has
 *       no rule for where their words end. Their scripts are reported so the page is warned about.
 * </ul>
 */
public final class Words {
    static final int MAX_TERM = 40;

    /** Words too common to tell pages apart; left out of the index and out of queries. */
    static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from",
            "if", "in", "into", "is", "it", "its", "of", "on", "or", "so", "such", "that", "the", "their", "then",
            "there", "these", "this", "to", "was", "were", "will", "with");

    private static final int SEPARATOR = 0;
    private static final int WORD = 1;
    private static final int CJK = 2;
    private static final int UNKNOWN = 3;
    /** Characters shared by scripts (prolonged sound marks, combining marks): they join the run they are in. */
    private static final int SHARED = 4;
    /** The Unicode block of spaces, dashes, quotes and other punctuation (U+2000 to U+206F). */
    static final char GENERAL_PUNCTUATION = '\u2000';
    static final char GENERAL_PUNCTUATION_END = '\u206f';

    private Words() {
    }

    /**
     * Calls {@code terms} with each term of {@code text}, in order, and {@code unknown} with the
     * script of each letter it cannot split into words.
     */
    public static void split(CharSequence text, Consumer<String> terms, Consumer<UnicodeScript> unknown) {
        split(text, 0, text.length(), terms, unknown);
    }

    /** As {@link #split(CharSequence, Consumer, Consumer)}, for the characters {@code from} to {@code to} of {@code text}. */
    public static void split(CharSequence text, int from, int to, Consumer<String> terms, Consumer<UnicodeScript> unknown) {
        split(text, from, to, null, terms, unknown);
    }

    /**
     * As {@link #split(CharSequence, int, int, Consumer, Consumer)}, each term the shared copy of
     * {@code table} (null for none); an ASCII term met before is not made again.
     */
    static void split(CharSequence text, int from, int to, SearchTerms.Table table, Consumer<String> terms,
                      Consumer<UnicodeScript> unknown) {
        // Read from a copy: a character read through CharSequence is a call or three each (the
        // build's compiler does not inline them), which made splitting most of the search stage.
        int n = to - from;
        char[] chars = new char[n];
        if (text instanceof String string) {
            string.getChars(from, to, chars, 0);
        } else {
            for (int i = 0; i < n; i++) {
                chars[i] = text.charAt(from + i);
            }
        }
        int wordStart = -1;
        boolean wordAscii = true;
        int previousCjk = -1;
        int cjkRun = 0;
        int run = SEPARATOR;
        for (int i = 0; i < n; ) {
            char c = chars[i];
            int kind;
            int cp;
            if (c < 0x80) {
                // Most text is ASCII: no code point or script lookup for it.
                cp = c;
                kind = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ? WORD : SEPARATOR;
            } else if (c >= GENERAL_PUNCTUATION && c <= GENERAL_PUNCTUATION_END) {
                // Typographic quotes and dashes, in most pages' every other sentence: none is a
                // letter, digit or mark, so kind() would say the same after three lookups.
                cp = c;
                kind = SEPARATOR;
            } else {
                cp = Character.codePointAt(chars, i, n);
                kind = kind(cp);
                if (kind == SHARED) {
                    kind = run == SEPARATOR || run == UNKNOWN ? WORD : run;
                }
            }
            if (kind == WORD) {
                if (run == CJK) {
                    endCjk(previousCjk, cjkRun, table, terms);
                    previousCjk = -1;
                    cjkRun = 0;
                }
                if (wordStart < 0) {
                    wordStart = i;
                    wordAscii = true;
                }
                wordAscii &= c < 0x80;
            } else if (kind == CJK) {
                endWord(chars, wordStart, i, wordAscii, table, terms);
                wordStart = -1;
                if (previousCjk >= 0) {
                    String pair = normalise(new StringBuilder(4).appendCodePoint(previousCjk).appendCodePoint(cp)
                            .toString(), false);
                    terms.accept(shared(table, pair));
                }
                previousCjk = cp;
                cjkRun++;
            } else {
                endWord(chars, wordStart, i, wordAscii, table, terms);
                wordStart = -1;
                endCjk(previousCjk, cjkRun, table, terms);
                previousCjk = -1;
                cjkRun = 0;
                if (kind == UNKNOWN) {
                    unknown.accept(UnicodeScript.of(cp));
                }
            }
            run = kind;
            i += Character.charCount(cp);
        }
        endWord(chars, wordStart, n, wordAscii, table, terms);
        endCjk(previousCjk, cjkRun, table, terms);
    }

    private static void endWord(char[] chars, int start, int end, boolean ascii, SearchTerms.Table table,
                                Consumer<String> terms) {
        if (start < 0 || end - start < 2 && ascii) {
            return;
        }
        if (ascii && end - start > MAX_TERM) {
            return;
        }
        if (ascii) {
            // lower-cased in the copy: one string made (or none, from the table), where toLowerCase would make a second
            int hash = 0;
            for (int i = start; i < end; i++) {
                char c = chars[i];
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + ('a' - 'A'));
                    chars[i] = c;
                }
                hash = 31 * hash + c;
            }
            String term = table != null ? table.term(chars, start, end, hash) : new String(chars, start, end - start);
            if (term != null && (table != null || end - start > 5 || !STOP.contains(term))) {
                terms.accept(term);
            }
            return;
        }
        String term = normalise(new String(chars, start, end - start), false);
        int length = term.codePointCount(0, term.length());
        if (length >= 2 && length <= MAX_TERM && (length > 5 || !STOP.contains(term))) {
            terms.accept(shared(table, term));
        }
    }

    /** The table's copy of a term not looked up by its characters, or the term itself without a table. */
    private static String shared(SearchTerms.Table table, String term) {
        return table != null ? table.copy(term) : term;
    }

    private static void endCjk(int previous, int run, SearchTerms.Table table, Consumer<String> terms) {
        if (run == 1) {
            String term = normalise(new String(Character.toChars(previous)), false);
            terms.accept(shared(table, term));
        }
    }

    private static String normalise(String term, boolean ascii) {
        String composed = ascii ? term : Normalizer.normalize(term, Normalizer.Form.NFKC);
        return composed.toLowerCase(Locale.ROOT);
    }

    static boolean isCjk(int cp) {
        return switch (UnicodeScript.of(cp)) {
            case HAN, HIRAGANA, KATAKANA, HANGUL -> true;
            default -> false;
        };
    }

    static int kind(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') ? WORD : SEPARATOR;
        }
        int type = Character.getType(cp);
        boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
        if (!mark && !Character.isLetterOrDigit(cp)) {
            return SEPARATOR;
        }
        if (Character.isDigit(cp)) {
            return WORD;
        }
        return switch (UnicodeScript.of(cp)) {
            case HAN, HIRAGANA, KATAKANA, HANGUL -> CJK;
            case LATIN, GREEK, CYRILLIC, ARMENIAN, GEORGIAN, HEBREW, ARABIC -> WORD;
            case COMMON, INHERITED -> SHARED;
            default -> UNKNOWN;
        };
    }
}
