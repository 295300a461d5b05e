package dev.hyde.html;

import java.util.ArrayList;
import java.util.List;

/**
 * The scan of a body after an anchor link was put before the closing tag of some of its headings:
 * the old scan moved along, with each anchor's link added, without parsing the body again.
 */
public final class AnchoredScan {

    private AnchoredScan() {
    }

    /**
     * @param body       the body as scanned
     * @param scan       its scan
     * @param headings   the headings given an anchor, in order
     * @param anchors    the markup put before each one's closing tag, without line breaks
     * @param hrefOffset where the {@code href} value starts in each anchor's markup
     */
    public static ScannedHtml of(String body, ScannedHtml scan, List<HtmlHeading> headings, List<String> anchors,
                                 int hrefOffset) {
        if (headings.isEmpty()) {
            return scan;
        }
        LineIndex lines = new LineIndex(body);
        int[] offsets = new int[headings.size()];
        int[] lineOf = new int[headings.size()];
        int[] lengths = new int[headings.size()];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = headings.get(i).closeTag();
            lineOf[i] = lines.line(offsets[i]);
            lengths[i] = anchors.get(i).length();
        }
        Insertions shift = Insertions.of(offsets, lineOf, lengths);
        List<HtmlLink> links = new ArrayList<>(scan.links().size() + offsets.length);
        int next = 0;
        for (HtmlLink link : scan.links()) {
            // Each anchor comes after every link written before its heading closes.
            while (next < offsets.length && link.offset() >= offsets[next]) {
                links.add(anchorLink(headings.get(next), anchors.get(next), hrefOffset, shift, lines, offsets[next]));
                next++;
            }
            links.add(shift.moved(link));
        }
        for (; next < offsets.length; next++) {
            links.add(anchorLink(headings.get(next), anchors.get(next), hrefOffset, shift, lines, offsets[next]));
        }
        List<HtmlId> ids = scan.ids().stream().map(shift::moved).toList();
        return new ScannedHtml(links, ids, List.of(), scan.base());
    }

    private static HtmlLink anchorLink(HtmlHeading heading, String anchor, int hrefOffset, Insertions shift,
                                       LineIndex lines, int at) {
        int end = anchor.indexOf('"', hrefOffset);
        String written = anchor.substring(hrefOffset, end);
        int line = lines.line(at);
        return new HtmlLink("a", "href", "#" + heading.id(), written, shift.offset(at) + hrefOffset, line,
                shift.column(at, line, lines.column(at)) + hrefOffset);
    }
}
