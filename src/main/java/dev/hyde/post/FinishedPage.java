package dev.hyde.post;

import java.util.List;

/**
 * A page as it is written, with what later checks need to know about it.
 *
 * @param html  the final document
 * @param links every {@code href} and {@code src} in it, in document order
 * @param ids   every element id in it, in document order
 */
public record FinishedPage(String html, List<String> links, List<String> ids) {

    public FinishedPage {
        links = List.copyOf(links);
        ids = List.copyOf(ids);
    }
}
