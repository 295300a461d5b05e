package dev.hyde.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Puts a base path in front of every root-relative URL of a page ({@code /guide/} becomes
 * {@code /docs/guide/}), editing only the URLs' text: everything else stays byte for byte as
 * rendered, and the scan is moved along with the text rather than made again.
 */
public final class PrefixedLinks {

    /** The page with its links prefixed, and its scan to match. */
    public record Result(String html, ScannedHtml scan) {
    }

    private PrefixedLinks() {
    }

    public static Result prefix(String html, ScannedHtml scan, String prefix) {
        List<HtmlLink> rooted = scan.links().stream()
                .filter(link -> link.offset() >= 0 && isRootRelative(link.value())).toList();
        if (rooted.isEmpty()) {
            return new Result(html, scan);
        }
        // Offsets and lines only grow through a page, so both arrays are sorted.
        int[] offsets = rooted.stream().mapToInt(HtmlLink::offset).toArray();
        int[] lines = rooted.stream().mapToInt(HtmlLink::line).toArray();
        StringBuilder out = new StringBuilder(html.length() + offsets.length * prefix.length());
        int copied = 0;
        for (int offset : offsets) {
            out.append(html, copied, offset).append(prefix);
            copied = offset;
        }
        out.append(html, copied, html.length());
        Shift shift = new Shift(offsets, lines, prefix.length());

        List<HtmlLink> links = new ArrayList<>(scan.links().size());
        for (HtmlLink link : scan.links()) {
            boolean prefixed = link.offset() >= 0 && isRootRelative(link.value());
            // The link's own insertion goes before its text: its offset stays where the prefix now starts.
            links.add(link.offset() < 0 ? link : link.shifted(prefixed ? prefix + link.value() : link.value(),
                    prefixed ? prefix + link.written() : link.written(), shift.offset(link.offset()),
                    shift.column(link.offset(), link.line(), link.column())));
        }
        List<HtmlId> ids = scan.ids().stream().map(id -> id.offset() < 0 ? id
                : id.shifted(shift.offset(id.offset()), shift.column(id.offset(), id.line(), id.column()))).toList();
        // Headings' closing tags are used in the body pass, before any prefixing: not carried over.
        return new Result(out.toString(), new ScannedHtml(links, ids, List.of(), scan.base()));
    }

    /** Where a position moves to once the prefixes are in. */
    private record Shift(int[] offsets, int[] lines, int length) {

        /** Insertions strictly before {@code offset}. */
        private int before(int offset) {
            int at = Arrays.binarySearch(offsets, offset);
            return at >= 0 ? at : -at - 1;
        }

        int offset(int offset) {
            return offset + before(offset) * length;
        }

        int column(int offset, int line, int column) {
            int before = before(offset);
            int firstOnLine = before;
            while (firstOnLine > 0 && lines[firstOnLine - 1] == line) {
                firstOnLine--;
            }
            return column + (before - firstOnLine) * length;
        }
    }

    private static boolean isRootRelative(String url) {
        return url.startsWith("/") && !url.startsWith("//");
    }
}
