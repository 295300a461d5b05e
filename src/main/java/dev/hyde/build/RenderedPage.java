package dev.hyde.build;

import dev.hyde.deps.PageDependencies;
import dev.hyde.model.Page;
import dev.hyde.post.FinishedPage;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A page after rendering, with what its rendering depended on.
 *
 * @param page         the source page
 * @param finished     the output and its links and ids
 * @param layoutFiles  the project-relative template files its layouts read: the chain, innermost
 *                     first, then the partials they include
 * @param dependencies the includes, data and site-wide lists it read
 */
public record RenderedPage(Page page, FinishedPage finished, List<String> layoutFiles,
                           PageDependencies dependencies) {

    public RenderedPage {
        layoutFiles = List.copyOf(layoutFiles);
    }

    /** The bytes written for this page. */
    public byte[] bytes() {
        return finished.html().getBytes(StandardCharsets.UTF_8);
    }
}
