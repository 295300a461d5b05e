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
        int[] lengths = new int[offsets.length];
        Arrays.fill(lengths, prefix.length());
        StringBuilder out = new StringBuilder(html.length() + offsets.length * prefix.length());
        int copied = 0;
        for (int offset : offsets) {
            out.append(html, copied, offset).append(prefix);
            copied = offset;
        }
        out.append(html, copied, html.length());
        Insertions shift = Insertions.of(offsets, lines, lengths);

        List<HtmlLink> links = new ArrayList<>(scan.links().size());
        for (HtmlLink link : scan.links()) {
            HtmlLink moved = shift.moved(link);
            // The link's own insertion goes before its text: its offset stays where the prefix now starts.
            boolean prefixed = link.offset() >= 0 && isRootRelative(link.value());
            links.add(prefixed ? moved.shifted(prefix + link.value(), prefix + link.written(), moved.offset(),
                    moved.column()) : moved);
        }
        List<HtmlId> ids = scan.ids().stream().map(shift::moved).toList();
        // Headings' closing tags are used in the body pass, before any prefixing: not carried over.
        return new Result(out.toString(), new ScannedHtml(links, ids, List.of(), scan.base()));
    }

    private static boolean isRootRelative(String url) {
        return url.startsWith("/") && !url.startsWith("//");
    }
}
