package dev.hyde.html;

import java.util.Arrays;

/** Where the lines of a text start: the line and column of any offset, counted as the scanner counts them. */
final class LineIndex {
    /** The offset each line starts at; line 1 starts at 0. */
    private final int[] starts;

    LineIndex(String text) {
        this(lineStarts(text));
    }

    private LineIndex(int[] starts) {
        this.starts = starts;
    }

    /**
     * The lines of {@code text}, or null when it holds a {@code '\r'} or a {@code '\0'} (which the
     * HTML parser's input stream changes).
     */
    static LineIndex unlessCrOrNul(String text) {
        return text.indexOf('\r') >= 0 || text.indexOf('\0') >= 0 ? null : new LineIndex(text);
    }

    /** One pass of indexOf (not one to count the lines and one to note them), the array grown as lines are found. */
    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        return Arrays.copyOf(starts, count);
    }

    /** 1-based line of an offset. */
    int line(int offset) {
        int at = Arrays.binarySearch(starts, offset);
        return at >= 0 ? at + 1 : -at - 1;
    }

    /** 1-based column of an offset. */
    int column(int offset) {
        return offset - starts[line(offset) - 1] + 1;
    }

    /** How many line breaks the text holds. */
    int breaks() {
        return starts.length - 1;
    }
}
