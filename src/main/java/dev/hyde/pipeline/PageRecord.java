package dev.hyde.pipeline;

import dev.hyde.deps.PageDependencies;
import dev.hyde.html.ScannedHtml;
import dev.hyde.search.PageText;

import java.util.List;
import java.util.Optional;

/**
 * What a build keeps of one page's rendering so that a later build can use it instead of
 * rendering the page again: where it was written, what it read, and what the search index and
 * the link check took from it.
 *
 * @param contentPath  the page's path below the content folder
 * @param outputPath   the file it was written to
 * @param layoutFiles  the template files its layouts read
 * @param dependencies the includes, data and site-wide lists it read
 * @param searchText   what the search index took from it, if anything
 * @param scan         its links and ids, for an HTML page
 */
public record PageRecord(String contentPath, String outputPath, List<String> layoutFiles,
                         PageDependencies dependencies, Optional<PageText> searchText, Optional<ScannedHtml> scan) {

    public PageRecord {
        layoutFiles = List.copyOf(layoutFiles);
    }

    static PageRecord of(RenderedPage rendered) {
        return new PageRecord(rendered.page().contentPath(), rendered.page().outputPath(), rendered.layoutFiles(),
                rendered.dependencies(), rendered.searchText(),
                rendered.page().isHtmlOutput() ? Optional.of(rendered.finished().scan()) : Optional.empty());
    }
}
