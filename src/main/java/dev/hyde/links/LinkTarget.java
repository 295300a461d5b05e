package dev.hyde.links;

import java.net.URI;

/** What a URL written in a page points at. */
public sealed interface LinkTarget {

    /**
     * A file of this site.
     *
     * @param path     decoded path below the site's root, no leading slash ({@code guide/install/})
     * @param fragment the decoded fragment, or null when there is none
     * @param rawFragment the fragment as written, or null
     */
    record Internal(String path, String fragment, String rawFragment) implements LinkTarget {
    }

    /** A page elsewhere on the web, for the external check. */
    record External(URI uri) implements LinkTarget {
    }

    /**
     * A path on the same host but outside the site's base URL: nothing this build writes.
     *
     * @param path the absolute path
     */
    record OutsideSite(String path) implements LinkTarget {
    }

    /** Something not to check: {@code mailto:}, {@code tel:}, {@code javascript:}, a template placeholder ... */
    record Ignored() implements LinkTarget {
    }
}
