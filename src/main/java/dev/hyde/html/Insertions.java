package dev.hyde.html;

import java.util.Arrays;

/**
 * Text inserted into a scanned page at known offsets, none of it holding a line break: where each
 * position of the old scan is in the new text. Lines stay as they were; offsets move by what was
 * inserted before them, columns by what was inserted before them on their own line.
 *
 * @param offsets where each insertion goes in the old text, ascending
 * @param lines   the line of each insertion
 * @param after   the total length inserted up to and including each insertion
 */
record Insertions(int[] offsets, int[] lines, int[] after) {

    static Insertions of(int[] offsets, int[] lines, int[] lengths) {
        int[] after = new int[lengths.length];
        int total = 0;
        for (int i = 0; i < lengths.length; i++) {
            total += lengths[i];
            after[i] = total;
        }
        return new Insertions(offsets, lines, after);
    }

    /** Insertions strictly before {@code offset}: one made at a link's own offset goes in front of it. */
    private int before(int offset) {
        int at = Arrays.binarySearch(offsets, offset);
        if (at >= 0) {
            while (at > 0 && offsets[at - 1] == offset) {
                at--;
            }
            return at;
        }
        return -at - 1;
    }

    private int lengthBefore(int count) {
        return count == 0 ? 0 : after[count - 1];
    }

    int offset(int offset) {
        return offset + lengthBefore(before(offset));
    }

    int column(int offset, int line, int column) {
        int before = before(offset);
        int firstOnLine = before;
        while (firstOnLine > 0 && lines[firstOnLine - 1] == line) {
            firstOnLine--;
        }
        return column + lengthBefore(before) - lengthBefore(firstOnLine);
    }

    HtmlLink moved(HtmlLink link) {
        return link.offset() < 0 ? link : link.shifted(link.value(), link.written(), offset(link.offset()),
                column(link.offset(), link.line(), link.column()));
    }

    HtmlId moved(HtmlId id) {
        return id.offset() < 0 ? id : id.shifted(offset(id.offset()), column(id.offset(), id.line(), id.column()));
    }
}
