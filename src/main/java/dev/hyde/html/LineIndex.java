package dev.hyde.html;

import java.util.Arrays;

/** Where the lines of a text start: the line and column of any offset, counted as the scanner counts them. */
final class LineIndex {
    /** The offset each line starts at; line 1 starts at 0. */
    private final int[] starts;

    LineIndex(String text) {
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        starts = new int[count];
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts[line++] = i + 1;
        }
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
