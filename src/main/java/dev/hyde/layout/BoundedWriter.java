package dev.hyde.layout;

import java.io.IOException;
import java.io.Writer;

/**
 * Collects a layout's output up to a limit. A template that loops over a huge range would
 * otherwise fill the heap and stop the whole build with an OutOfMemoryError.
 */
final class BoundedWriter extends Writer {
    /** Thrown through FreeMarker (which passes a writer's IOException on) when the limit is hit. */
    static final class LimitReached extends IOException {
        private static final long serialVersionUID = 1L;

        LimitReached() {
            super("output limit reached", null);
        }
    }

    private final StringBuilder out;
    private final long limit;

    BoundedWriter(int initialCapacity, long limit) {
        this(initialCapacity, limit, false);
    }

    /**
     * @param wide whether the output will hold a character beyond Latin-1 (a typographic quote
     *             in the content): the buffer then takes two bytes a character from the start.
     *             Otherwise it starts with one, and the first such character makes it allocate
     *             the whole buffer again at twice the size and copy it. Either way it holds the
     *             same text.
     */
    BoundedWriter(int initialCapacity, long limit, boolean wide) {
        int capacity = (int) Math.min(initialCapacity, limit);
        if (wide) {
            this.out = new StringBuilder(0);
            out.append('\u0100').setLength(0); // a StringBuilder never goes back to one byte a character
            out.ensureCapacity(capacity);
        } else {
            this.out = new StringBuilder(capacity);
        }
        this.limit = limit;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        check(length);
        out.append(chars, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        check(length);
        out.append(text, offset, offset + length);
    }

    @Override
    public void write(int c) throws IOException {
        check(1);
        out.append((char) c);
    }

    private void check(int more) throws LimitReached {
        if (out.length() + (long) more > limit) {
            throw new LimitReached();
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
