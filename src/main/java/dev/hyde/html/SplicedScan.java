package dev.hyde.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The scan of a finished page made from the scan of its body, already read for the table of
 * contents, and a scan of the rest of the page: the body is most of a page, so the page is
 * not parsed twice over.
 *
 * <p>The two are put together only where that is exactly what scanning the whole page gives:
 * the body occurs once in the page, it is {@linkplain HtmlScanner.Fragment#closed() closed}
 * (so it leaves the parser as it found it), and the layout puts it where the parser reads
 * markup (a mark put in its place comes out as an element there). Otherwise the caller scans
 * the whole page.
 */
public final class SplicedScan {

    private SplicedScan() {
    }

    /**
     * @param page     the finished page
     * @param body     the body as the layout received it
     * @param bodyScan the body's scan, positions within the body
     */
    public static Optional<ScannedHtml> of(String page, String body, ScannedHtml bodyScan) {
        if (body.isEmpty()) {
            return Optional.empty();
        }
        int at = page.indexOf(body);
        if (at < 0 || page.indexOf(body, at + 1) >= 0) {
            return Optional.empty();
        }
        String mark = HtmlScanner.mark();
        String rest = page.substring(0, at) + mark + page.substring(at + body.length());
        Optional<ScannedHtml> layout = HtmlScanner.scanAround(rest, at);
        if (layout.isEmpty()) {
            return Optional.empty();
        }
        LineIndex pageLines = new LineIndex(page.substring(0, at));
        int startLine = pageLines.breaks() + 1;
        int startColumn = pageLines.column(at);
        LineIndex bodyLines = new LineIndex(body);
        Place place = new Place(at, startLine, startColumn, mark.length(), body.length(), bodyLines);

        // The layout's part before the body, the body, then the layout's part after it.
        List<HtmlLink> links = new ArrayList<>(layout.get().links().size() + bodyScan.links().size());
        List<HtmlLink> linksAfter = new ArrayList<>();
        for (HtmlLink link : layout.get().links()) {
            if (link.offset() >= 0 && link.offset() < at) {
                links.add(link);
            } else {
                linksAfter.add(place.afterBody(link));
            }
        }
        bodyScan.links().forEach(link -> links.add(place.inBody(link)));
        links.addAll(linksAfter);
        List<HtmlId> ids = new ArrayList<>(layout.get().ids().size() + bodyScan.ids().size());
        List<HtmlId> idsAfter = new ArrayList<>();
        for (HtmlId id : layout.get().ids()) {
            if (id.offset() >= 0 && id.offset() < at) {
                ids.add(id);
            } else {
                idsAfter.add(place.afterBody(id));
            }
        }
        bodyScan.ids().forEach(id -> ids.add(place.inBody(id)));
        ids.addAll(idsAfter);
        Optional<String> base = layout.get().base().isPresent() ? layout.get().base() : bodyScan.base();
        return Optional.of(new ScannedHtml(links, ids, List.of(), base));
    }

    /** Where the body sits in the page, and how positions move in and after it. */
    private record Place(int at, int line, int column, int markLength, int bodyLength, LineIndex bodyLines) {

        int offsetInBody(int offset) {
            return offset < 0 ? offset : at + offset;
        }

        int lineInBody(int bodyLine) {
            return bodyLine == 0 ? 0 : line + bodyLine - 1;
        }

        int columnInBody(int bodyLine, int bodyColumn) {
            return bodyLine == 1 ? column + bodyColumn - 1 : bodyColumn;
        }

        /** The page's column where the body ends. */
        int endColumn() {
            return bodyLines.breaks() == 0 ? column + bodyLength : bodyLines.column(bodyLength);
        }

        int offsetAfter(int offset) {
            return offset < 0 ? offset : offset - markLength + bodyLength;
        }

        int lineAfter(int restLine) {
            return restLine == 0 ? 0 : restLine + bodyLines.breaks();
        }

        /** On the mark's line, a column moves by the body's width there; on later lines it stays. */
        int columnAfter(int restLine, int restColumn) {
            return restLine == line ? restColumn - (column + markLength) + endColumn() : restColumn;
        }

        HtmlLink inBody(HtmlLink link) {
            return new HtmlLink(link.element(), link.attribute(), link.value(), link.written(),
                    offsetInBody(link.offset()), lineInBody(link.line()), columnInBody(link.line(), link.column()));
        }

        HtmlLink afterBody(HtmlLink link) {
            return new HtmlLink(link.element(), link.attribute(), link.value(), link.written(),
                    offsetAfter(link.offset()), lineAfter(link.line()), columnAfter(link.line(), link.column()));
        }

        HtmlId inBody(HtmlId id) {
            return new HtmlId(id.id(), offsetInBody(id.offset()), lineInBody(id.line()),
                    columnInBody(id.line(), id.column()), id.named());
        }

        HtmlId afterBody(HtmlId id) {
            return new HtmlId(id.id(), offsetAfter(id.offset()), lineAfter(id.line()),
                    columnAfter(id.line(), id.column()), id.named());
        }
    }
}
