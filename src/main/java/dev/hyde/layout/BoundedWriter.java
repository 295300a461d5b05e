package dev.hyde.layout;

import java.io.IOException;
import java.io.Writer;

import dev.hyde.text.TextBuffers;

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

    /**
     * @param like the text most of the output will be (the page's content): the buffer stores
     *             characters as it does, so that writing it copies its bytes at once
     *             ({@link TextBuffers})
     */
    BoundedWriter(int initialCapacity, long limit, String like) {
        this.out = TextBuffers.like(like, (int) Math.min(initialCapacity, limit));
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
