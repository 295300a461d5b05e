package dev.hyde.html;

import java.util.List;
import java.util.Optional;

/**
 * What a page holds that links depend on, in document order.
 *
 * @param links    every URL in a linking attribute
 * @param ids      every fragment target
 * @param headings every heading with an id
 * @param base     the page's {@code <base href>}, which relative links resolve against, if it has one
 */
public record ScannedHtml(List<HtmlLink> links, List<HtmlId> ids, List<HtmlHeading> headings, Optional<String> base) {

    public static final ScannedHtml EMPTY = new ScannedHtml(List.of(), List.of(), List.of(), Optional.empty());

    public ScannedHtml {
        links = List.copyOf(links);
        ids = List.copyOf(ids);
        headings = List.copyOf(headings);
    }
}
