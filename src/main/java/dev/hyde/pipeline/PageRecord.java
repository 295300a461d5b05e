package dev.hyde.pipeline;

import dev.hyde.deps.PageDependencies;
import dev.hyde.html.ScannedHtml;
import dev.hyde.model.Page;
import dev.hyde.search.IndexedPage;

import java.util.List;
import java.util.Optional;

/**
 * What a build keeps of one page's rendering so that a later build can use it instead of
 * rendering the page again: where it was written, what it read, and what the search index and
 * the link check took from it. What they took is the bulk of a record and is needed only for the
 * pages kept, once each: a record read from the cache decodes it when asked.
 *
 * @param contentPath  the page's path below the content folder
 * @param outputPath   the file it was written to
 * @param layoutFiles  the template files its layouts read
 * @param dependencies the includes, data and site-wide lists it read
 * @param scanned      a digest of the page as read (front matter, text, URL) where reading it
 *                     depends on more than its file (GitHub Pages' generators), else empty
 * @param findings     what the search index and the link check took from it, given when asked
 */
public record PageRecord(String contentPath, String outputPath, List<String> layoutFiles,
                         PageDependencies dependencies, String scanned, FindingsReader findings) {

    public PageRecord {
        layoutFiles = List.copyOf(layoutFiles);
    }

    /** Gives a record's findings, decoding them if they were read from the cache. */
    @FunctionalInterface
    public interface FindingsReader {
        /**
         * @param terms whether the search entry's sections come with their terms: a build that
         *              took up the last build's index needs only how many sections a kept page
         *              has (their terms are in the index already), and leaves them undecoded
         * @param scan  whether to read the links and ids: without, the findings have none (the
         *              search index needs only its entry)
         */
        Findings read(boolean terms, boolean scan);

        /** The findings, whole. */
        default Findings get() {
            return read(true, true);
        }
    }

    /**
     * @param indexed what the search index took from the page, if anything
     * @param scan    its links and ids, for an HTML page
     */
    public record Findings(Optional<IndexedPage> indexed, Optional<ScannedHtml> scan) {
    }

    /**
     * @param indexed what the search index took from the page
     * @param digest  whether to digest the page as read (see {@link #scanned})
     */
    static PageRecord of(RenderedPage rendered, Optional<IndexedPage> indexed, boolean digest) {
        Page page = rendered.page();
        Findings findings = new Findings(indexed,
                page.isHtmlOutput() ? Optional.of(rendered.finished().scan()) : Optional.empty());
        return new PageRecord(page.contentPath(), page.outputPath(), rendered.layoutFiles(),
                rendered.dependencies(), digest ? digest(page) : "", (terms, scan) -> findings);
    }

    /** A digest of what reading a page gave: its front matter, text and URL. */
    public static String digest(Page page) {
        dev.hyde.text.TextHash hash = new dev.hyde.text.TextHash();
        for (String part : List.of(page.frontMatter().values().toString(), page.body(), page.url(), page.outputPath(),
                String.valueOf(page.date()))) {
            hash.text(part);
        }
        return hash.hex();
    }
}
