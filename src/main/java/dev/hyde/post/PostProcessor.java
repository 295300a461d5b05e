package dev.hyde.post;

import java.util.List;

/**
 * The post-processing stage. A Hyde project gets {@link HtmlPostProcessing}; a Jekyll site gets
 * {@link #none()}, because Jekyll writes pages exactly as its templates produce them and
 * re-serialising the HTML would change what readers and tools see.
 */
public interface PostProcessor {

    /** The page body before its layout: what the layout needs to know about it (its TOC). */
    ProcessedContent content(String bodyHtml);

    /** The finished document; {@code body} is what {@link #content} made of its body. */
    FinishedPage page(String documentHtml, ProcessedContent body);

    /** Leaves pages exactly as rendered. */
    static PostProcessor none() {
        return new PostProcessor() {
            @Override
            public ProcessedContent content(String bodyHtml) {
                return new ProcessedContent(bodyHtml, List.of());
            }

            @Override
            public FinishedPage page(String documentHtml, ProcessedContent body) {
                return FinishedPage.html(documentHtml);
            }
        };
    }
}
