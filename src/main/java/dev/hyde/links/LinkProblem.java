package dev.hyde.links;

import dev.hyde.diag.Diagnostic;

/**
 * One problem {@code hyde check} found, as a diagnostic and with the facts a tool reading the
 * JSON report wants on their own.
 *
 * @param diagnostic what is shown: file, line, column, severity, title, detail, hint
 * @param problem    what kind of problem, a stable name for tools ({@link Kind})
 * @param url        the URL as written in the page (entities decoded), or the id for a duplicate
 *                   id; empty for a problem with a file itself
 * @param element    the element holding the URL ({@code a}, {@code img} ...), empty when none
 * @param attribute  its attribute ({@code href}, {@code srcset} ...), empty when none
 * @param suggestion the nearest existing target, empty when none is close
 */
public record LinkProblem(Diagnostic diagnostic, Kind problem, String url, String element, String attribute,
                          String suggestion) {

    /** What kind of problem: the JSON report writes it in lower case with dashes. */
    public enum Kind {
        TARGET_NOT_FOUND, ANCHOR_NOT_FOUND, OUTSIDE_SITE, EXTERNAL_BROKEN, EXTERNAL_UNREACHABLE, DUPLICATE_ID,
        SYMBOLIC_LINK, FILE_PROBLEM, CACHE_PROBLEM;

        /** {@code target-not-found} */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        /** A link that leads nowhere, as opposed to a duplicate id or a problem with a file. */
        public boolean brokenLink() {
            return switch (this) {
                case TARGET_NOT_FOUND, ANCHOR_NOT_FOUND, OUTSIDE_SITE, EXTERNAL_BROKEN, EXTERNAL_UNREACHABLE -> true;
                case DUPLICATE_ID, SYMBOLIC_LINK, FILE_PROBLEM, CACHE_PROBLEM -> false;
            };
        }
    }

    public LinkProblem {
        url = url == null ? "" : url;
        element = element == null ? "" : element;
        attribute = attribute == null ? "" : attribute;
        suggestion = suggestion == null ? "" : suggestion;
    }
}
