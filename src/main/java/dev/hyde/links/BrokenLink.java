package dev.hyde.links;

import dev.hyde.html.HtmlLink;

import java.util.Optional;

/**
 * A link whose target is not there.
 *
 * @param page       the page it is on
 * @param link       the link as the page has it
 * @param problem    what is missing
 * @param suggestion the nearest existing target, written as the page would write it, if one is close
 * @param caseOnly   true when the suggestion differs only in letter case
 */
public record BrokenLink(PageLinks page, HtmlLink link, Problem problem, Optional<String> suggestion,
                         boolean caseOnly) {

    public enum Problem {
        /** No file at the link's path. */
        TARGET_NOT_FOUND("Link target not found"),
        /** The page is there, the fragment's id is not. */
        ANCHOR_NOT_FOUND("Anchor not found"),
        /** A path on this host that the site's base URL does not cover. */
        OUTSIDE_SITE("Link outside the site");

        private final String title;

        Problem(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** One line saying what is wrong: {@code Link target not found: /guide/instal/}. */
    public String title() {
        return problem.title() + ": " + link.value();
    }
}
