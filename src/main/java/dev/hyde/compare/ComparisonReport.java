package dev.hyde.compare;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * The outcome of comparing two sites.
 *
 * @param reference the folder of the site we compare against
 * @param site      the folder of our site
 * @param pages     every reference page that our site also has, by path
 * @param missing   paths of reference pages our site lacks, sorted
 * @param extra     paths of our pages the reference lacks, sorted
 */
public record ComparisonReport(Path reference, Path site, List<PageComparison> pages,
                               List<String> missing, List<String> extra) {

    /** Most changed text first: the pages worth a look. Ties by path, for a stable report. */
    static final Comparator<PageComparison> WORST_FIRST = Comparator
            .comparingInt((PageComparison p) -> p.text().wordsChanged()).reversed()
            .thenComparing(PageComparison::path);

    public ComparisonReport {
        pages = List.copyOf(pages);
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
    }

    public int referencePages() {
        return pages.size() + missing.size();
    }

    public int present() {
        return pages.size();
    }

    public int sameText() {
        return (int) pages.stream().filter(PageComparison::sameText).count();
    }

    public int sameTitlesAndHeadingIds() {
        return (int) pages.stream().filter(p -> p.sameTitle() && p.sameHeadingIds()).count();
    }

    public int sameLinks() {
        return (int) pages.stream().filter(PageComparison::sameLinks).count();
    }

    /** Pages present in both sites that differ in any criterion, most changed text first. */
    public List<PageComparison> differing() {
        return pages.stream().filter(p -> !p.identical()).sorted(WORST_FIRST).toList();
    }

    /**
     * Whether a reader of the reference would notice the migration. Extra pages do not count:
     * nobody following the old site's links reaches them.
     */
    public boolean hasDifferences() {
        return !missing.isEmpty() || pages.stream().anyMatch(p -> !p.identical());
    }

    /** {@code 96 pages: 96 present, 94 same text, 96 same titles and heading ids, 95 same links, 0 missing, 0 extra}. */
    public String summary() {
        return String.format("%s: %d present, %d same text, %d same titles and heading ids, %d same links,"
                        + " %d missing, %d extra", dev.hyde.pipeline.Plural.of(referencePages(), "page"), present(), sameText(), sameTitlesAndHeadingIds(),
                sameLinks(), missing.size(), extra.size());
    }
}
