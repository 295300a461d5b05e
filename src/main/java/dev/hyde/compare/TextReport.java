package dev.hyde.compare;

import java.util.List;

/**
 * The report for people: a block per page that differs, the worst first, then the missing and
 * extra pages, then one summary line.
 *
 * <pre>
 * docs/setup/index.html
 *   text: 2 words differ in 1 place: ... install the [-sidecar-] {+proxy+} in every ...
 *   title: "Setup" -&gt; "Set-up"
 *   heading ids: #2 "before-you-begin" -&gt; "before-you-start" (4 ids -&gt; 4)
 *   links: removed /docs/old/; added /docs/new/
 *
 * 96 pages: 96 present, 94 same text, 96 same titles and heading ids, 95 same links, 0 missing, 0 extra
 * </pre>
 */
public final class TextReport {

    /** Links listed per page and direction; more would hide the other pages. */
    static final int MAX_LINKS = 5;

    private TextReport() {
    }

    /**
     * @param worst how many differing pages to show, and how many missing and extra pages to
     *              list; the summary always counts them all
     */
    public static String format(ComparisonReport report, int worst) {
        StringBuilder out = new StringBuilder();
        out.append("Compared ").append(report.reference()).append(" (reference) with ").append(report.site())
                .append('\n');
        List<PageComparison> differing = report.differing();
        if (differing.stream().anyMatch(p -> !p.sameText())) {
            out.append("Text differences show reference words as [-removed-] and ours as {+added+}.\n");
        }
        for (PageComparison page : differing.subList(0, Math.min(worst, differing.size()))) {
            out.append('\n');
            page(out, page);
        }
        if (differing.size() > worst) {
            out.append("\n... and ").append(differing.size() - worst)
                    .append(" more pages with differences, with less changed text\n");
        }
        list(out, "Missing from " + report.site() + " (in the reference only):", report.missing(), worst);
        list(out, "Extra in " + report.site() + " (not in the reference):", report.extra(), worst);
        out.append('\n').append(report.summary()).append('\n');
        return out.toString();
    }

    private static void page(StringBuilder out, PageComparison page) {
        out.append(page.path()).append('\n');
        TextDifference text = page.text();
        if (!text.same()) {
            out.append("  text: ").append(plural(text.wordsChanged(), "word")).append(" differ");
            if (text.places() > 1) {
                out.append(" in ").append(plural(text.places(), "place")).append(", first");
            }
            out.append(": ").append(text.first()).append('\n');
        }
        if (!page.sameTitle()) {
            out.append("  title: ").append(quote(page.referenceTitle())).append(" -> ")
                    .append(quote(page.ourTitle())).append('\n');
        }
        if (!page.sameHeadingIds()) {
            out.append("  heading ids: ").append(firstDifference(page.referenceHeadingIds(), page.ourHeadingIds()))
                    .append('\n');
        }
        if (!page.sameLinks()) {
            out.append("  links: ");
            if (!page.linksRemoved().isEmpty()) {
                out.append("removed ").append(some(page.linksRemoved()));
            }
            if (!page.linksAdded().isEmpty()) {
                out.append(page.linksRemoved().isEmpty() ? "" : "; ").append("added ").append(some(page.linksAdded()));
            }
            out.append('\n');
        }
    }

    /** Ids are an ordered list: after the first difference the rest usually shifts, so only it is worth showing. */
    private static String firstDifference(List<String> reference, List<String> ours) {
        int i = 0;
        while (i < reference.size() && i < ours.size() && reference.get(i).equals(ours.get(i))) {
            i++;
        }
        return "#" + (i + 1) + " " + (i < reference.size() ? quote(reference.get(i)) : "(none)")
                + " -> " + (i < ours.size() ? quote(ours.get(i)) : "(none)")
                + " (" + plural(reference.size(), "id") + " -> " + ours.size() + ")";
    }

    private static String some(List<String> links) {
        String shown = String.join(", ", links.subList(0, Math.min(MAX_LINKS, links.size())));
        return links.size() > MAX_LINKS ? shown + " and " + (links.size() - MAX_LINKS) + " more" : shown;
    }

    private static void list(StringBuilder out, String heading, List<String> paths, int max) {
        if (paths.isEmpty()) {
            return;
        }
        out.append('\n').append(heading).append('\n');
        for (String path : paths.subList(0, Math.min(max, paths.size()))) {
            out.append("  ").append(path).append('\n');
        }
        if (paths.size() > max) {
            out.append("  ... and ").append(paths.size() - max).append(" more\n");
        }
    }

    private static String quote(String s) {
        return '"' + s + '"';
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
