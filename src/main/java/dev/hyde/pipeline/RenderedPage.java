package dev.hyde.pipeline;

import dev.hyde.deps.PageDependencies;
import dev.hyde.model.Page;
import dev.hyde.post.FinishedPage;
import dev.hyde.search.PageText;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A page after rendering, with what its rendering depended on.
 *
 * @param page         the source page
 * @param finished     the output and its links and ids
 * @param layoutFiles  the project-relative template files its layouts read: the chain, innermost
 *                     first, then the partials they include
 * @param dependencies the includes, data and site-wide lists it read
 * @param searchText   what the search index takes from the page; empty when search is off or
 *                     the page is not one to find (a redirect, a feed, the 404 page)
 */
public record RenderedPage(Page page, FinishedPage finished, List<String> layoutFiles,
                           PageDependencies dependencies, Optional<PageText> searchText) {

    public RenderedPage {
        layoutFiles = List.copyOf(layoutFiles);
    }

    /** A page search does not index. */
    public RenderedPage(Page page, FinishedPage finished, List<String> layoutFiles, PageDependencies dependencies) {
        this(page, finished, layoutFiles, dependencies, Optional.empty());
    }

    /** This page once written as {@code written}, which it keeps instead of its text (see {@link FinishedPage#keptAs}). */
    public RenderedPage keptAs(byte[] written) {
        return new RenderedPage(page, finished.keptAs(written), layoutFiles, dependencies, searchText);
    }

    /** The bytes written for this page. */
    public byte[] bytes() {
        return finished.html().getBytes(StandardCharsets.UTF_8);
    }
}
