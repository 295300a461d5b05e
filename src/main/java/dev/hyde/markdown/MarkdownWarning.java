package dev.hyde.markdown;

import dev.hyde.diag.Diagnostic;

/**
 * A problem in the Markdown that does not stop the page from rendering (an unknown alert type,
 * a line range a code block does not have). {@link MarkdownRenderer#renderPage} does not know
 * the page, so, as with {@link MarkdownTooDeep}, the caller places it with {@link #in}.
 *
 * @param line   1-based line in the Markdown text, 0 if unknown
 * @param title  one line saying what is wrong
 * @param detail more about it
 * @param hint   what to do about it
 */
public record MarkdownWarning(int line, String title, String detail, String hint) {

    /**
     * @param file      project-relative page the Markdown came from
     * @param firstLine the file line the Markdown text starts on
     */
    public Diagnostic in(String file, int firstLine) {
        return Diagnostic.warning(title)
                .at(file, line > 0 ? firstLine + line - 1 : firstLine)
                .detail(detail)
                .hint(hint)
                .build();
    }
}
