package dev.hyde.post;

import dev.hyde.model.TocEntry;

import java.util.List;
import java.util.Optional;

import dev.hyde.html.ScannedHtml;

/**
 * A page's body after post-processing, ready for its layout.
 *
 * @param html the body HTML, with anchor links on its headings
 * @param toc  its h2 and h3 headings in order
 * @param scan the links and ids of {@code html}, when it was read and is closed (see
 *             {@link dev.hyde.html.SplicedScan}): the finished page's scan is then made from it
 */
public record ProcessedContent(String html, List<TocEntry> toc, Optional<ScannedHtml> scan) {

    public ProcessedContent {
        toc = List.copyOf(toc);
    }

    /** A body that was not read. */
    public ProcessedContent(String html, List<TocEntry> toc) {
        this(html, toc, Optional.empty());
    }
}
