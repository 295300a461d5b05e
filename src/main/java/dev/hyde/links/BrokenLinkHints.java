package dev.hyde.links;

/**
 * What to do about a broken link or a duplicate id: the one wording shared by the build's link
 * check and {@code hyde check}, so that both say the same thing about the same mistake.
 */
public final class BrokenLinkHints {
    private BrokenLinkHints() {
    }

    /**
     * @param baseurl the path the site is served below ({@code /docs}), empty for the host's root
     */
    public static String hint(BrokenLink link, String baseurl) {
        return switch (link.problem()) {
            case TARGET_NOT_FOUND -> link.suggestion()
                    .map(s -> link.caseOnly() ? "Did you mean " + s + "? Letter case matters on most web servers."
                            : "Did you mean " + s + "?")
                    .orElse("No page or file of the site is at that path: check the spelling, or add the page.");
            case ANCHOR_NOT_FOUND -> link.suggestion().map(s -> "Did you mean " + s + "?")
                    .orElse("The target page has no element with that id: link to one of its headings' ids, "
                            + "or give the element an id ({#id} after a Markdown heading).");
            case OUTSIDE_SITE -> "The site is served below " + baseurl
                    + ", so this path is outside it. Write it as " + link.suggestion().orElse("")
                    + ", or with the relative_url filter, or as a relative link.";
        };
    }

    /** For the second and later uses of one id on a page. */
    public static String duplicateId(String id) {
        return "Links to #" + id + " reach only the first element with it: give each its own id.";
    }
}
