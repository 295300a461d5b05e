package dev.hyde.post;

import dev.hyde.model.TocEntry;

import java.util.List;

/**
 * A page's body after post-processing, ready for its layout.
 *
 * @param html the body HTML, with anchor links on its headings
 * @param toc  its h2 and h3 headings in order
 */
public record ProcessedContent(String html, List<TocEntry> toc) {

    public ProcessedContent {
        toc = List.copyOf(toc);
    }
}
