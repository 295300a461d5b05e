package dev.hyde.post;

import java.util.List;
import java.util.function.Supplier;

/**
 * A page as it is written, with what later checks need to know about it: its links and ids.
 * Those are worked out when first asked for, so a build that checks nothing does not pay for them.
 */
public final class FinishedPage {
    private final String html;
    private final Supplier<List<String>> findLinks;
    private final Supplier<List<String>> findIds;
    private volatile List<String> links;
    private volatile List<String> ids;

    /**
     * @param findLinks every {@code href} and {@code src} in the page, in document order
     * @param findIds   every element id in the page, in document order
     */
    public FinishedPage(String html, Supplier<List<String>> findLinks, Supplier<List<String>> findIds) {
        this.html = html;
        this.findLinks = findLinks;
        this.findIds = findIds;
    }

    /** A page whose links and ids are already known (or that has none, like a feed). */
    public FinishedPage(String html, List<String> links, List<String> ids) {
        this(html, () -> links, () -> ids);
    }

    /** The final document. */
    public String html() {
        return html;
    }

    public List<String> links() {
        List<String> found = links;
        if (found == null) {
            found = List.copyOf(findLinks.get());
            links = found;
        }
        return found;
    }

    public List<String> ids() {
        List<String> found = ids;
        if (found == null) {
            found = List.copyOf(findIds.get());
            ids = found;
        }
        return found;
    }
}
