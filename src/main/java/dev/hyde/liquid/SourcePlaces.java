package dev.hyde.liquid;

import java.util.Arrays;

/**
 * Turns offsets in the parsed template into the file line and column the author sees: the
 * template is the source with long text runs swapped for markers ({@link TextRuns}), and the
 * source itself starts on {@code firstLine} of its file (below front matter).
 */
final class SourcePlaces {
    private final TextRuns runs;
    private final int firstLine;
    private final int[] lineStarts;

    /** A place in the file: 1-based line of the file, 1-based column. */
    record Place(int line, int column) {
    }

    SourcePlaces(String source, TextRuns runs, int firstLine) {
        this.runs = runs;
        this.firstLine = firstLine;
        int[] starts = new int[16];
        int count = 1;
        // indexOf, not a loop over every character: it runs over the whole of every page
        for (int nl = source.indexOf('\n'); nl >= 0; nl = source.indexOf('\n', nl + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = nl + 1;
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    Place at(int templateOffset) {
        int offset = runs.sourceOffset(Math.max(0, templateOffset));
        int index = Arrays.binarySearch(lineStarts, offset);
        int line = index >= 0 ? index : -index - 2;
        return new Place(firstLine + line, offset - lineStarts[line] + 1);
    }
}
