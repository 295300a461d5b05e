package dev.hyde.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of the reference next to the page at the same path in our site, criterion by
 * criterion. Keeps only what the report shows, not the whole pages, so that a large site's
 * comparison fits in memory.
 *
 * @param path               the page's path under both folders, with forward slashes
 * @param text               the difference in visible text
 * @param referenceTitle     the reference page's title
 * @param ourTitle           our page's title
 * @param referenceHeadingIds the reference page's heading ids, in order
 * @param ourHeadingIds      our page's heading ids, in order
 * @param linksRemoved       link targets the reference has and we lack (counted: twice there, once here is one removed)
 * @param linksAdded         link targets we have and the reference lacks
 */
public record PageComparison(String path, TextDifference text,
                             String referenceTitle, String ourTitle,
                             List<String> referenceHeadingIds, List<String> ourHeadingIds,
                             List<String> linksRemoved, List<String> linksAdded) {

    public PageComparison {
        referenceHeadingIds = List.copyOf(referenceHeadingIds);
        ourHeadingIds = List.copyOf(ourHeadingIds);
        linksRemoved = List.copyOf(linksRemoved);
        linksAdded = List.copyOf(linksAdded);
    }

    public static PageComparison of(String path, ReaderView reference, ReaderView ours) {
        return new PageComparison(path, TextDifference.between(reference.words(), ours.words()),
                reference.title(), ours.title(), reference.headingIds(), ours.headingIds(),
                minus(reference.links(), ours.links()), minus(ours.links(), reference.links()));
    }

    public boolean sameText() {
        return text.same();
    }

    public boolean sameTitle() {
        return referenceTitle.equals(ourTitle);
    }

    public boolean sameHeadingIds() {
        return referenceHeadingIds.equals(ourHeadingIds);
    }

    /** Links compare as a multiset: a menu moved from the top to the bottom is not a difference. */
    public boolean sameLinks() {
        return linksRemoved.isEmpty() && linksAdded.isEmpty();
    }

    public boolean identical() {
        return sameText() && sameTitle() && sameHeadingIds() && sameLinks();
    }

    /** {@code from} less {@code taken}, counting repeats, in the order of {@code from}. */
    private static List<String> minus(List<String> from, List<String> taken) {
        Map<String, Integer> left = new HashMap<>();
        for (String s : taken) {
            left.merge(s, 1, Integer::sum);
        }
        List<String> rest = new ArrayList<>();
        for (String s : from) {
            Integer n = left.get(s);
            if (n == null || n == 0) {
                rest.add(s);
            } else {
                left.put(s, n - 1);
            }
        }
        return rest;
    }
}
