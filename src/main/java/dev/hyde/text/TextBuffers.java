package dev.hyde.text;

/**
 * Buffers for building a page's text out of another's. A Java string holds Latin-1 text one byte a
 * character and other text two; a {@link StringBuilder} starts with one byte a character. Copying
 * text with a typographic quote into such a builder makes it allocate its whole buffer again at
 * twice the size, and then copy character by character (which, compiled by the quick JIT alone,
 * costs more than the rest of the copying); a builder that stores two bytes a character from the
 * start copies the bytes at once.
 */
public final class TextBuffers {
    /**
     * How far into the text a character beyond Latin-1 is looked for. Looking at all of a page
     * costs more than it saves; pages with typographic quotes have one near the start.
     */
    private static final int PROBE = 2048;

    private TextBuffers() {
    }

    /**
     * An empty builder for at least {@code capacity} characters, storing two bytes a character
     * when the start of {@code like} (the text to be copied into it) holds a character beyond
     * Latin-1. It holds the same text either way; only the copying is faster.
     */
    public static StringBuilder like(String like, int capacity) {
        if (!startsWide(like)) {
            return new StringBuilder(capacity);
        }
        StringBuilder builder = new StringBuilder(0);
        // widened while empty, and never narrowed again: one buffer of the full size is allocated
        builder.append('\u0100').setLength(0);
        builder.ensureCapacity(capacity);
        return builder;
    }

    private static boolean startsWide(String text) {
        for (int i = 0, n = Math.min(text.length(), PROBE); i < n; i++) {
            if (text.charAt(i) > 0xFF) {
                return true;
            }
        }
        return false;
    }
}
